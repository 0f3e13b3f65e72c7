/**
 * The statements of tests/e2e/source-coverage.spec.ts that concern patients (the same `source`
 * strings and links), as the English pages must say them: the 16 statements of the registry's
 * source document (../shared/seed/000_062cd5c93183d09a.txt) that are not about the clinicians'
 * pages, which stay Norwegian. Typed from the source document and the English wording on purpose,
 * not read from content/: an independent check that content/pages/en and content/words/en still
 * say what the registry said. Text on the page runs through typographic quotes (’), so an
 * apostrophe is matched by any character.
 */

export interface StatementEn {
  source: string;
  page: string;
  text?: RegExp[];
  links?: string[];
}

const SMERTEREG =
  'https://helse-bergen.no/nasjonalt-kvalitetsregister-for-smertebehandling/pasientinformasjon-ved-smertereg';
const EDIALOG = 'https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten';

export const STATEMENTS_EN: StatementEn[] = [
  {
    source: 'SmerteReg = Nasjonalt kvalitetsregister for smertebehandling',
    page: '/en/om-smertereg/',
    text: [/SmerteReg is Nasjonalt kvalitetsregister for smertebehandling/],
  },
  {
    source: 'går over fra å være et samtykkebasert register til et register basert på reservasjonsrett',
    page: '/en/om-smertereg/',
    text: [/consent-based registry/, /based on a right to opt out/],
  },
  {
    source:
      'Informasjon 1) Pasienten henvender seg til behandler i smerteteam. Ved behov tar behandler kontakt med registersekretariatet på vegne av pasient',
    page: '/en/informasjon/',
    text: [
      /Ask your clinician in the pain team/,
      /If needed, your clinician contacts the registry secretariat for you/,
    ],
  },
  {
    source: 'Informasjon 2) Pasient henvender seg direkte til registersekretariatet på enten telefon eller mail',
    page: '/en/informasjon/',
    text: [/Contact the registry secretariat/, /phone or email them/],
  },
  {
    source: 'Informasjon 3) www.helsenorge.no',
    page: '/en/informasjon/',
    text: [/Read on helsenorge\.no/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Informasjon 4) nettsidene til SmerteReg',
    page: '/en/informasjon/',
    text: [/Read SmerteReg.s web pages/],
    links: [SMERTEREG],
  },
  { source: 'Det er fire måter å reservere seg', page: '/en/reservasjon/', text: [/opt out in four ways/] },
  {
    source: 'Reservasjon 1) Pasienten logger selv inn på www.helsenorge.no og reserverer seg der',
    page: '/en/reservasjon/helsenorge/',
    text: [/log in on helsenorge\.no and opt out there/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Brukerveiledningen vil være tilgjengelig',
    page: '/en/helsenorge-veiledning/',
    // helsenorge.no's menu names are known only in bokmål: the English steps keep them in «…».
    text: [/step by step/, /Personverninnstillinger/],
  },
  {
    source:
      'Reservasjon 2) Pasient gir muntlig beskjed til behandler. Behandler kontakter registersekretariatet på telefon, sender i tillegg mail',
    page: '/en/reservasjon/behandler/',
    text: [
      /tell your clinician/,
      /do not have to write anything/,
      /Your clinician phones the registry secretariat/,
      /also sends an email/,
    ],
  },
  {
    source: 'Reservasjon 3) Pasienten fyller ut reservasjonsskjema … og sender det til registersekretariatet',
    page: '/en/reservasjon/skjema/',
    text: [/fill in the opt-out form and send it to the registry secretariat/],
  },
  { source: 'reservasjonsskjema som ligger på nettsiden', page: '/en/skjema/', text: [/Opt-out form/] },
  {
    source: 'Reservasjon 4) sikker meldingsutveksling som brukes i Helse Bergen (eDialog)',
    page: '/en/reservasjon/edialog/',
    text: [/secure message to the registry secretariat through eDialog/, /Helse Bergen uses for secure messages/],
    links: [EDIALOG],
  },
  {
    source: 'registreres uten ugrunnet opphold og senest 30 dager etter mottak av reservasjonsskjema',
    page: '/en/reservasjon/etterpa/',
    text: [
      /as soon as possible/,
      /uten ugrunnet opphold/,
      /no later than 30 days after (the registry secretariat|they) (have|has) received your form/,
    ],
  },
  {
    source: 'Dersom pasienten henvender seg direkte til SmerteReg',
    page: '/en/reservasjon/etterpa/',
    text: [/When you contact SmerteReg directly/],
  },
  {
    source:
      'All korrespondanse mellom pasient/behandler og SmerteReg arkiveres i Helse Bergen sitt arkivsystem Elements',
    page: '/en/reservasjon/etterpa/',
    text: [
      /All letters and messages between SmerteReg and you or your clinician are archived/,
      /Helse Bergen.s archive system/,
      /Elements/,
    ],
  },
];
