/**
 * What English-speaking patients type into the search field on the English pages (/en/), and the
 * page that should come first. Questions, single words, half-typed words and spellings people use
 * ("e-mail", "optout", "helse norge"). Clinician pages are not translated, so every target is a
 * patient page under /en/. Modelled on search-queries.ts (bokmål); used the same way.
 */
import type { RelevanceCase } from './search-queries.ts';

export const RELEVANCE_EN: RelevanceCase[] = [
  // Opting out in general
  { query: 'opt out', expect: '/en/reservasjon/' },
  { query: 'how do i opt out', expect: '/en/reservasjon/' },
  { query: 'how to opt out of smertereg', expect: '/en/reservasjon/' },
  { query: 'opting out', expect: '/en/reservasjon/' },
  { query: 'withdraw', expect: '/en/reservasjon/' },
  { query: 'withdraw from the registry', expect: '/en/reservasjon/' },
  { query: 'unsubscribe', expect: '/en/reservasjon/' },
  { query: 'say no', expect: '/en/reservasjon/' },
  { query: 'four ways', expect: '/en/reservasjon/' },

  // The form
  { query: 'form', expect: '/en/skjema/' },
  { query: 'opt-out form', expect: '/en/skjema/' },
  { query: 'optout form', expect: '/en/skjema/' },
  { query: 'download the form', expect: '/en/skjema/' },
  { query: 'form pdf', expect: '/en/skjema/' },
  { query: 'print the form', expect: '/en/skjema/skriv-ut/' },

  // helsenorge.no
  { query: 'helsenorge', expect: '/en/reservasjon/helsenorge/' },
  { query: 'helse norge', expect: '/en/reservasjon/helsenorge/' },
  { query: 'bankid', expect: '/en/reservasjon/helsenorge/' },
  { query: 'log in with bankid', expect: '/en/reservasjon/helsenorge/' },
  { query: 'helsenorge step by step', expect: '/en/helsenorge-veiledning/' },
  { query: 'user guide', expect: '/en/helsenorge-veiledning/' },
  { query: 'personverninnstillinger', expect: '/en/helsenorge-veiledning/' },

  // eDialog and telling the clinician
  { query: 'edialog', expect: '/en/reservasjon/edialog/' },
  { query: 'e-dialog', expect: '/en/reservasjon/edialog/' },
  { query: 'secure message', expect: '/en/reservasjon/edialog/' },
  { query: 'id-porten', expect: '/en/reservasjon/edialog/' },
  { query: 'tell my doctor', expect: '/en/reservasjon/behandler/' },
  { query: 'nurse', expect: '/en/reservasjon/behandler/' },

  // Afterwards
  { query: 'what happens after', expect: '/en/reservasjon/etterpa/' },
  { query: 'what happens next', expect: '/en/reservasjon/etterpa/' },
  { query: 'how long does it take', expect: '/en/reservasjon/etterpa/' },
  { query: '30 days', expect: '/en/reservasjon/etterpa/' },
  { query: 'confirmation', expect: '/en/reservasjon/etterpa/' },

  // About the registry and your rights
  { query: 'what is smertereg', expect: '/en/om-smertereg/' },
  { query: 'my rights', expect: '/en/om-smertereg/' },
  { query: 'delete my data', expect: '/en/om-smertereg/' },
  { query: 'see my data', expect: '/en/om-smertereg/' },
  { query: 'consent', expect: '/en/om-smertereg/' },
  { query: 'what is registered', expect: '/en/om-smertereg/' },
  { query: 'legal basis', expect: '/en/om-smertereg/' },

  // Contact and information
  { query: 'contact', expect: '/en/kontakt/' },
  { query: 'phone number', expect: '/en/kontakt/' },
  { query: 'e-mail address', expect: '/en/kontakt/' },
  { query: 'postal address', expect: '/en/kontakt/' },
  { query: 'who can i ask', expect: '/en/informasjon/' },
  { query: 'more information', expect: '/en/informasjon/' },

  // The easy-read page
  { query: 'easy read', expect: '/en/lettlest/' },
  { query: 'simple words with pictures', expect: '/en/lettlest/' },

  // About the site
  { query: 'privacy', expect: '/en/personvern/' },
  { query: 'cookies', expect: '/en/personvern/' },
  { query: 'accessibility', expect: '/en/tilgjengelighet/' },
  { query: 'accessib', expect: '/en/tilgjengelighet/' },
  { query: 'screen reader', expect: '/en/tilgjengelighet/' },
  { query: 'site map', expect: '/en/nettstedskart/' },
  { query: 'glossary', expect: '/en/ord-og-uttrykk/' },
  { query: 'what does it mean', expect: '/en/ord-og-uttrykk/' },
  { query: 'change log', expect: '/en/endringer/' },
];

/** English words that have nothing to do with the site. Each must give no results at all. */
export const JUNK_EN: string[] = [
  'pizza',
  'football',
  'parking',
  'canteen',
  'dentist',
  'vaccine',
  'holiday',
  'weather',
];
