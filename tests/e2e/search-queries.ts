/**
 * What patients and clinicians type into the search field, and the page that should come first.
 * Questions, single words, half-typed words, typos and spellings without æøå, as people write
 * them. Used by tests/e2e/search.spec.ts (relevance) and tests/bench/search.ts (speed).
 */
export interface RelevanceCase {
  query: string;
  /** The page that should be the first result. */
  expect: string;
}

export const RELEVANCE: RelevanceCase[] = [
  // Opting out in general
  { query: 'hvordan reserverer jeg meg', expect: '/reservasjon/' },
  { query: 'reservere', expect: '/reservasjon/' },
  { query: 'reservasjon', expect: '/reservasjon/' },
  { query: 'reservere meg', expect: '/reservasjon/' },
  { query: 'reserv', expect: '/reservasjon/' },
  { query: 'melde meg ut', expect: '/reservasjon/' },
  { query: 'melde seg ut av smertereg', expect: '/reservasjon/' },
  { query: 'trekke meg fra registeret', expect: '/reservasjon/' },
  { query: 'si nei', expect: '/reservasjon/' },
  { query: 'hvordan kan jeg si nei til smertereg', expect: '/reservasjon/' },
  { query: 'jeg vil ikke bli registrert', expect: '/reservasjon/' },
  { query: 'reservasjn', expect: '/reservasjon/' },
  { query: 'reservering', expect: '/reservasjon/' },

  // The form
  { query: 'skjema', expect: '/skjema/' },
  { query: 'reservasjonsskjema', expect: '/skjema/' },
  { query: 'reservasjonskjema', expect: '/skjema/' },
  { query: 'blankett', expect: '/skjema/' },
  { query: 'last ned skjema', expect: '/skjema/' },
  { query: 'skjema pdf', expect: '/skjema/' },
  { query: 'skrive ut skjemaet', expect: '/skjema/skriv-ut/' },
  { query: 'skjema på nynorsk', expect: '/skjema/' },

  // helsenorge.no
  { query: 'helsenorge', expect: '/reservasjon/helsenorge/' },
  { query: 'reservere på helsenorge', expect: '/reservasjon/helsenorge/' },
  { query: 'reservere pa helsenorge', expect: '/reservasjon/helsenorge/' },
  { query: 'bankid', expect: '/reservasjon/helsenorge/' },
  { query: 'logge inn med BankID', expect: '/reservasjon/helsenorge/' },
  { query: 'helsenorge steg for steg', expect: '/helsenorge-veiledning/' },
  { query: 'veiledning helsenorge', expect: '/helsenorge-veiledning/' },
  { query: 'personverninnstillinger', expect: '/helsenorge-veiledning/' },
  { query: 'finner ikke smertereg på helsenorge', expect: '/helsenorge-veiledning/' },

  // eDialog and telling the clinician
  { query: 'edialog', expect: '/reservasjon/edialog/' },
  { query: 'e-dialog', expect: '/reservasjon/edialog/' },
  { query: 'sikker melding', expect: '/reservasjon/edialog/' },
  { query: 'id-porten', expect: '/reservasjon/edialog/' },
  { query: 'si fra til legen', expect: '/reservasjon/behandler/' },
  { query: 'si ifra muntlig til behandler', expect: '/reservasjon/behandler/' },

  // Afterwards
  { query: '30 dager', expect: '/reservasjon/etterpa/' },
  { query: 'tretti dager', expect: '/reservasjon/etterpa/' },
  { query: 'hvor lang tid tar det', expect: '/reservasjon/etterpa/' },
  { query: 'hva skjer etterpa', expect: '/reservasjon/etterpa/' },
  { query: 'hva skjer med opplysningene mine', expect: '/reservasjon/etterpa/' },
  { query: 'angre reservasjon', expect: '/reservasjon/etterpa/' },
  { query: 'bekreftelse', expect: '/reservasjon/etterpa/' },

  // About the registry and your rights
  { query: 'hva er smertereg', expect: '/om-smertereg/' },
  { query: 'innsyn', expect: '/om-smertereg/' },
  { query: 'innsynsrett', expect: '/om-smertereg/' },
  { query: 'rettigheter', expect: '/om-smertereg/' },
  { query: 'rettighter', expect: '/om-smertereg/' },
  { query: 'slette', expect: '/om-smertereg/' },
  { query: 'samtykke', expect: '/om-smertereg/' },
  { query: 'samtyke', expect: '/om-smertereg/' },
  { query: 'hva blir registrert om meg', expect: '/om-smertereg/' },
  { query: 'lovgrunnlag', expect: '/om-smertereg/' },

  // Clinicians
  { query: 'helsepersonell', expect: '/helsepersonell/' },
  { query: 'pasienten sier fra muntlig', expect: '/helsepersonell/e-post/' },
  { query: 'pid', expect: '/helsepersonell/e-post/' },
  { query: 'PID e-post', expect: '/helsepersonell/e-post/' },
  { query: 'hva sier jeg til pasienten', expect: '/helsepersonell/' },
  { query: 'huskeliste', expect: '/helsepersonell/huskeliste/' },

  // The printed material for the ward
  { query: 'materiell', expect: '/helsepersonell/materiell/' },
  { query: 'plakat', expect: '/helsepersonell/materiell/' },
  { query: 'brosjyre', expect: '/helsepersonell/materiell/' },
  { query: 'brosjyre til pasienten', expect: '/helsepersonell/materiell/' },
  { query: 'oppslag på avdelingen', expect: '/helsepersonell/materiell/' },
  { query: 'lettlest brosjyre', expect: '/helsepersonell/materiell/' },
  { query: 'skrive ut plakat', expect: '/helsepersonell/materiell/' },
  { query: 'a3', expect: '/helsepersonell/materiell/' },

  // Contact and information
  { query: 'telefon', expect: '/kontakt/' },
  { query: 'e-post', expect: '/helsepersonell/e-post/' },
  { query: 'e-postadresse', expect: '/kontakt/' },
  { query: 'epost til registersekretariatet', expect: '/helsepersonell/e-post/' },
  { query: 'ringe registersekretariatet', expect: '/kontakt/' },
  { query: 'postadresse', expect: '/kontakt/' },
  { query: 'hvem kan jeg sporre', expect: '/informasjon/' },
  { query: 'mer informasjon om reservasjon', expect: '/informasjon/' },

  // The easy-read page
  { query: 'lettlest', expect: '/lettlest/' },
  { query: 'enkel tekst med bilder', expect: '/lettlest/' },

  // About the site
  { query: 'informasjonskapsler', expect: '/personvern/' },
  { query: 'cookies', expect: '/personvern/' },
  { query: 'skjermleser', expect: '/tilgjengelighet/' },
  { query: 'forstorre teksten', expect: '/tilgjengelighet/' },
  { query: 'tilgjengelighetserklaering', expect: '/tilgjengelighet/' },
  { query: 'oversikt over alle sidene', expect: '/nettstedskart/' },
  { query: 'ordliste', expect: '/ord-og-uttrykk/' },
  { query: 'hva betyr ordene', expect: '/ord-og-uttrykk/' },
];

/** Words that have nothing to do with the site. Each must give no results at all. */
export const JUNK: string[] = [
  'omsorg',
  'pizza',
  'fotball',
  'parkering',
  'kantine',
  'xyz',
  'tannlege',
  'vaksine',
  'qwerty',
  'ferie',
];
