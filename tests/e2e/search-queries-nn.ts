/**
 * What a nynorsk reader types into the search field on a /nn/ page, and the /nn/ page that
 * should come first. The same spread of topics as tests/e2e/search-queries.ts: questions, single
 * words, half-typed words, typos and spellings without æøå, and some queries in bokmål spelling
 * (many readers of nynorsk pages type bokmål), which the search maps onto nynorsk with
 * `spellings` in src/i18n/nn/search.ts.
 */
import type { RelevanceCase } from './search-queries';

export const RELEVANCE_NN: RelevanceCase[] = [
  // Opting out in general
  { query: 'korleis reserverer eg meg', expect: '/nn/reservasjon/' },
  { query: 'reservere', expect: '/nn/reservasjon/' },
  { query: 'reservasjon', expect: '/nn/reservasjon/' },
  { query: 'reservere meg', expect: '/nn/reservasjon/' },
  { query: 'reserv', expect: '/nn/reservasjon/' },
  { query: 'melde meg ut', expect: '/nn/reservasjon/' },
  { query: 'melde seg ut av smertereg', expect: '/nn/reservasjon/' },
  { query: 'trekkje meg ut', expect: '/nn/reservasjon/' },
  { query: 'seie nei', expect: '/nn/reservasjon/' },
  { query: 'korleis kan eg seie nei til smertereg', expect: '/nn/reservasjon/' },
  { query: 'eg vil ikkje bli registrert', expect: '/nn/reservasjon/' },
  { query: 'reservasjn', expect: '/nn/reservasjon/' },
  { query: 'reservering', expect: '/nn/reservasjon/' },
  // ... in bokmål spelling
  { query: 'hvordan reserverer jeg meg', expect: '/nn/reservasjon/' },
  { query: 'ikke registrert', expect: '/nn/reservasjon/' },
  { query: 'jeg vil ikke være med', expect: '/nn/reservasjon/' },

  // The form
  { query: 'skjema', expect: '/nn/skjema/' },
  { query: 'reservasjonsskjema', expect: '/nn/skjema/' },
  { query: 'reservasjonskjema', expect: '/nn/skjema/' },
  { query: 'blankett', expect: '/nn/skjema/' },
  { query: 'last ned skjema', expect: '/nn/skjema/' },
  { query: 'skjema pdf', expect: '/nn/skjema/' },
  { query: 'skrive ut skjemaet', expect: '/nn/skjema/skriv-ut/' },
  { query: 'skjema på bokmål', expect: '/nn/skjema/' },

  // helsenorge.no
  { query: 'helsenorge', expect: '/nn/reservasjon/helsenorge/' },
  { query: 'reservere på helsenorge', expect: '/nn/reservasjon/helsenorge/' },
  { query: 'reservere pa helsenorge', expect: '/nn/reservasjon/helsenorge/' },
  { query: 'bankid', expect: '/nn/reservasjon/helsenorge/' },
  { query: 'logge inn med BankID', expect: '/nn/reservasjon/helsenorge/' },
  { query: 'helsenorge steg for steg', expect: '/nn/helsenorge-veiledning/' },
  { query: 'rettleiing helsenorge', expect: '/nn/helsenorge-veiledning/' },
  { query: 'veiledning helsenorge', expect: '/nn/helsenorge-veiledning/' },
  { query: 'personverninnstillingar', expect: '/nn/helsenorge-veiledning/' },
  { query: 'finn ikkje smertereg på helsenorge', expect: '/nn/helsenorge-veiledning/' },

  // eDialog and telling the clinician
  { query: 'edialog', expect: '/nn/reservasjon/edialog/' },
  { query: 'e-dialog', expect: '/nn/reservasjon/edialog/' },
  { query: 'sikker melding', expect: '/nn/reservasjon/edialog/' },
  { query: 'id-porten', expect: '/nn/reservasjon/edialog/' },
  { query: 'sei frå til legen', expect: '/nn/reservasjon/behandler/' },
  { query: 'sei fra munnleg til behandlar', expect: '/nn/reservasjon/behandler/' },
  { query: 'pasienten seier frå munnleg', expect: '/nn/helsepersonell/e-post/' },
  { query: 'si fra til behandleren', expect: '/nn/reservasjon/behandler/' },

  // Afterwards
  { query: '30 dagar', expect: '/nn/reservasjon/etterpa/' },
  { query: 'tretti dagar', expect: '/nn/reservasjon/etterpa/' },
  { query: 'kor lang tid tek det', expect: '/nn/reservasjon/etterpa/' },
  { query: 'kva skjer etterpa', expect: '/nn/reservasjon/etterpa/' },
  { query: 'hva skjer etterpå', expect: '/nn/reservasjon/etterpa/' },
  { query: 'angre reservasjon', expect: '/nn/reservasjon/etterpa/' },
  { query: 'stadfesting', expect: '/nn/reservasjon/etterpa/' },

  // About the registry and your rights
  { query: 'kva er smertereg', expect: '/nn/om-smertereg/' },
  { query: 'innsyn', expect: '/nn/om-smertereg/' },
  { query: 'innsynsrett', expect: '/nn/om-smertereg/' },
  { query: 'rettane mine', expect: '/nn/om-smertereg/' },
  { query: 'rettigheter', expect: '/nn/om-smertereg/' },
  { query: 'slette', expect: '/nn/om-smertereg/' },
  { query: 'samtykke', expect: '/nn/om-smertereg/' },
  { query: 'samtyke', expect: '/nn/om-smertereg/' },
  { query: 'kva blir registrert om meg', expect: '/nn/om-smertereg/' },
  { query: 'lovgrunnlag', expect: '/nn/om-smertereg/' },

  // Clinicians
  { query: 'helsepersonell', expect: '/nn/helsepersonell/' },
  { query: 'pid', expect: '/nn/helsepersonell/e-post/' },
  { query: 'e-post med pid', expect: '/nn/helsepersonell/e-post/' },
  { query: 'kva seier eg til pasienten', expect: '/nn/helsepersonell/' },
  { query: 'hva sier jeg til pasienten', expect: '/nn/helsepersonell/' },
  { query: 'huskeliste', expect: '/nn/helsepersonell/huskeliste/' },

  // The printed material for the ward
  { query: 'materiell', expect: '/nn/helsepersonell/materiell/' },
  { query: 'plakat', expect: '/nn/helsepersonell/materiell/' },
  { query: 'brosjyre', expect: '/nn/helsepersonell/materiell/' },
  { query: 'oppslag på avdelinga', expect: '/nn/helsepersonell/materiell/' },
  { query: 'lettlesen brosjyre', expect: '/nn/helsepersonell/materiell/' },
  { query: 'skrive ut plakat', expect: '/nn/helsepersonell/materiell/' },

  // Contact and information
  { query: 'telefon', expect: '/nn/kontakt/' },
  { query: 'e-postadresse', expect: '/nn/kontakt/' },
  { query: 'ringje registersekretariatet', expect: '/nn/kontakt/' },
  { query: 'postadresse', expect: '/nn/kontakt/' },
  { query: 'kven kan eg spørje', expect: '/nn/informasjon/' },
  { query: 'hvem kan jeg spørre', expect: '/nn/informasjon/' },
  { query: 'meir informasjon om reservasjon', expect: '/nn/informasjon/' },

  // The easy-read page
  { query: 'lettlest', expect: '/nn/lettlest/' },
  { query: 'enkel tekst med bilete', expect: '/nn/lettlest/' },

  // About the site
  { query: 'informasjonskapslar', expect: '/nn/personvern/' },
  { query: 'cookies', expect: '/nn/personvern/' },
  { query: 'skjermlesar', expect: '/nn/tilgjengelighet/' },
  { query: 'forstorre teksten', expect: '/nn/tilgjengelighet/' },
  { query: 'tilgjengelegheitserklaering', expect: '/nn/tilgjengelighet/' },
  { query: 'oversikt over alle sidene', expect: '/nn/nettstedskart/' },
  { query: 'ordliste', expect: '/nn/ord-og-uttrykk/' },
];

/** Words that have nothing to do with the site. Each must give no results at all on /nn/. */
export const JUNK_NN: string[] = [
  'omsorg',
  'pizza',
  'fotball',
  'parkering',
  'kantine',
  'tannlege',
  'kveldsmat',
  'fjelltur',
];
