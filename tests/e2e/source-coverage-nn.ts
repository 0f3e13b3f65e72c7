/**
 * The statements of tests/e2e/source-coverage.spec.ts (the same `source` strings and links), as
 * the nynorsk pages must say them: every statement of the registry's source document
 * (../shared/seed/000_062cd5c93183d09a.txt) must be on the /nn/ site too. Typed from the source
 * document and the nynorsk wording on purpose, not read from content/: an independent check that
 * content/pages/nn and content/words/nn still say what the registry said.
 */

export interface StatementNn {
  source: string;
  page: string;
  text?: RegExp[];
  links?: string[];
}

const SMERTEREG =
  'https://helse-bergen.no/nasjonalt-kvalitetsregister-for-smertebehandling/pasientinformasjon-ved-smertereg';
const EDIALOG = 'https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten';

export const STATEMENTS_NN: StatementNn[] = [
  {
    source: 'SmerteReg = Nasjonalt kvalitetsregister for smertebehandling',
    page: '/nn/om-smertereg/',
    text: [/SmerteReg er Nasjonalt kvalitetsregister for smertebehandling/],
  },
  {
    source: 'går over fra å være et samtykkebasert register til et register basert på reservasjonsrett',
    page: '/nn/om-smertereg/',
    text: [/samtykkebasert register/, /reservasjonsrett/],
  },
  {
    source: 'går over … (the clinicians are told too)',
    page: '/nn/helsepersonell/',
    text: [/frå samtykke til reservasjonsrett/],
  },
  {
    source:
      'behandler i smerteteam kan gi pasienten informasjon både om SmerteReg og hvordan pasienten kan reservere seg',
    page: '/nn/helsepersonell/',
    text: [
      /behandlar i smerteteam skal du kunne fortelje pasienten om SmerteReg og om korleis pasienten kan reservere seg/,
    ],
  },
  {
    source:
      'behandler skal kjenne til hvor pasienten kan henvende seg for å få mer informasjon om reservasjon og hvordan reservasjon kan gjennomføres',
    page: '/nn/helsepersonell/',
    text: [/kvar pasienten kan få meir informasjon om reservasjon/, /Korleis pasienten kan reservere seg/],
  },
  {
    source:
      'Informasjon 1) Pasienten henvender seg til behandler i smerteteam. Ved behov tar behandler kontakt med registersekretariatet på vegne av pasient',
    page: '/nn/informasjon/',
    text: [
      /Spør behandlaren din i smerteteamet/,
      /Om det trengst, tek behandlaren kontakt med registersekretariatet for deg/,
    ],
  },
  {
    source: 'Informasjon 2) Pasient henvender seg direkte til registersekretariatet på enten telefon eller mail',
    page: '/nn/informasjon/',
    text: [/Kontakt registersekretariatet/, /ringje eller sende e-post/],
  },
  {
    source: 'Informasjon 3) www.helsenorge.no',
    page: '/nn/informasjon/',
    text: [/Les på helsenorge\.no/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Informasjon 4) nettsidene til SmerteReg',
    page: '/nn/informasjon/',
    text: [/Les på nettsidene til SmerteReg/],
    links: [SMERTEREG],
  },
  { source: 'Det er fire måter å reservere seg', page: '/nn/reservasjon/', text: [/reservere deg på fire måtar/] },
  {
    source: 'Reservasjon 1) Pasienten logger selv inn på www.helsenorge.no og reserverer seg der',
    page: '/nn/reservasjon/helsenorge/',
    text: [/loggar inn på helsenorge\.no og reserverer deg der/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Brukerveiledningen vil være tilgjengelig',
    page: '/nn/helsenorge-veiledning/',
    // helsenorge.no's menu name is known only in bokmål, so the nynorsk steps keep it in «…».
    text: [/steg for steg/, /Personverninnstillinger/],
  },
  {
    source:
      'Reservasjon 2) Pasient gir muntlig beskjed til behandler. Behandler kontakter registersekretariatet på telefon, sender i tillegg mail',
    page: '/nn/reservasjon/behandler/',
    text: [
      /seie frå til behandlaren din/,
      /treng ikkje skrive noko/,
      /Behandlaren ringjer registersekretariatet/,
      /sender i tillegg ein e-post/,
    ],
  },
  {
    source: 'NB: Personopplysninger til pasienten skal aldri sendes i mailen. PID skal oppgis.',
    page: '/nn/helsepersonell/',
    text: [
      /Ring registersekretariatet/,
      /Send i tillegg ein e-post/,
      /Skriv PID i e-posten/,
      /Skriv aldri personopplysningar i e-posten/,
    ],
  },
  {
    source: 'Reservasjon 3) Pasienten fyller ut reservasjonsskjema … og sender det til registersekretariatet',
    page: '/nn/reservasjon/skjema/',
    text: [/fyller ut reservasjonsskjemaet og sender det til registersekretariatet/],
  },
  { source: 'reservasjonsskjema som ligger på nettsiden', page: '/nn/skjema/', text: [/Reservasjonsskjema/] },
  {
    source: 'Reservasjon 4) sikker meldingsutveksling som brukes i Helse Bergen (eDialog)',
    page: '/nn/reservasjon/edialog/',
    text: [/sikker melding til registersekretariatet gjennom eDialog/],
    links: [EDIALOG],
  },
  {
    source: 'registreres uten ugrunnet opphold og senest 30 dager etter mottak av reservasjonsskjema',
    page: '/nn/reservasjon/etterpa/',
    text: [
      /utan ugrunna opphald/,
      /seinast 30 dagar etter at (registersekretariatet|dei) har motteke (reservasjons)?skjemaet/,
    ],
  },
  {
    source: 'Dersom pasienten henvender seg direkte til SmerteReg',
    page: '/nn/reservasjon/etterpa/',
    text: [/Når du kontaktar SmerteReg direkte/],
  },
  {
    source:
      'All korrespondanse mellom pasient/behandler og SmerteReg arkiveres i Helse Bergen sitt arkivsystem Elements',
    page: '/nn/reservasjon/etterpa/',
    text: [
      /All korrespondanse mellom deg eller behandlaren din og SmerteReg blir arkivert/,
      /arkivsystemet til Helse Bergen/,
      /Elements/,
    ],
  },
  { source: 'frist og arkiv (for clinicians)', page: '/nn/helsepersonell/', text: [/seinast 30 dagar/, /Elements/] },
];
