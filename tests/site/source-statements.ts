/**
 * Every statement of the registry's source document (../shared/seed/000_062cd5c93183d09a.txt),
 * one row each: the page that must carry it (its id, the same path in every language), the links
 * it must show, and what the page says in each language that carries it. Typed from the source
 * document and each language's wording on purpose, not read from content/: this is the independent
 * check that content/ still says what the registry said (tests/site/source-coverage.test.ts).
 * A language is added by adding its column; English has the rows of the pages it has (the patients').
 */
import type { Lang } from '../../src/i18n/languages.ts';

export interface Statement {
  /** The statement as the source document says it. */
  source: string;
  /** The page id ("reservasjon/etterpa"): /reservasjon/etterpa/, /nn/reservasjon/etterpa/, … */
  page: string;
  /** Links the page must show, the same in every language. */
  links?: string[];
  /** What the page's main text must say, per language. */
  says: Partial<Record<Lang, RegExp[]>>;
}

const SMERTEREG =
  'https://helse-bergen.no/nasjonalt-kvalitetsregister-for-smertebehandling/pasientinformasjon-ved-smertereg';
const EDIALOG = 'https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten';

export const STATEMENTS: Statement[] = [
  {
    source: 'SmerteReg = Nasjonalt kvalitetsregister for smertebehandling',
    page: 'om-smertereg',
    says: {
      nb: [/SmerteReg er Nasjonalt kvalitetsregister for smertebehandling/],
      nn: [/SmerteReg er Nasjonalt kvalitetsregister for smertebehandling/],
      en: [/SmerteReg is Nasjonalt kvalitetsregister for smertebehandling/],
    },
  },
  {
    source: 'går over fra å være et samtykkebasert register til et register basert på reservasjonsrett',
    page: 'om-smertereg',
    says: {
      nb: [/samtykkebasert register/, /reservasjonsrett/],
      nn: [/samtykkebasert register/, /reservasjonsrett/],
      en: [/consent-based registry/, /based on a right to opt out/],
    },
  },
  {
    source: 'går over … (the clinicians are told too)',
    page: 'helsepersonell',
    says: { nb: [/fra samtykke til reservasjonsrett/], nn: [/frå samtykke til reservasjonsrett/] },
  },
  {
    source:
      'behandler i smerteteam kan gi pasienten informasjon både om SmerteReg og hvordan pasienten kan reservere seg',
    page: 'helsepersonell',
    says: {
      nb: [
        /behandler i smerteteam skal du kunne fortelle pasienten om SmerteReg og om hvordan pasienten kan reservere seg/,
      ],
      nn: [
        /behandlar i smerteteam skal du kunne fortelje pasienten om SmerteReg og om korleis pasienten kan reservere seg/,
      ],
    },
  },
  {
    source:
      'behandler skal kjenne til hvor pasienten kan henvende seg for å få mer informasjon om reservasjon og hvordan reservasjon kan gjennomføres',
    page: 'helsepersonell',
    says: {
      nb: [/hvor pasienten kan få mer informasjon om reservasjon/, /Hvordan pasienten kan reservere seg/],
      nn: [/kvar pasienten kan få meir informasjon om reservasjon/, /Korleis pasienten kan reservere seg/],
    },
  },
  {
    source:
      'Informasjon 1) Pasienten henvender seg til behandler i smerteteam. Ved behov tar behandler kontakt med registersekretariatet på vegne av pasient',
    page: 'informasjon',
    says: {
      nb: [
        /Spør behandleren din i smerteteamet/,
        /Ved behov tar behandleren kontakt med registersekretariatet for deg/,
      ],
      nn: [
        /Spør behandlaren din i smerteteamet/,
        /Om det trengst, tek behandlaren kontakt med registersekretariatet for deg/,
      ],
      en: [
        /Ask your clinician in the pain team/,
        /If needed, your clinician contacts the registry secretariat for you/,
      ],
    },
  },
  {
    source: 'Informasjon 2) Pasient henvender seg direkte til registersekretariatet på enten telefon eller mail',
    page: 'informasjon',
    says: {
      nb: [/Kontakt registersekretariatet/, /ringe eller sende e-post/],
      nn: [/Kontakt registersekretariatet/, /ringje eller sende e-post/],
      en: [/Contact the registry secretariat/, /phone or email them/],
    },
  },
  {
    source: 'Informasjon 3) www.helsenorge.no',
    page: 'informasjon',
    links: ['https://www.helsenorge.no'],
    says: { nb: [/Les på helsenorge\.no/], nn: [/Les på helsenorge\.no/], en: [/Read on helsenorge\.no/] },
  },
  {
    source: 'Informasjon 4) nettsidene til SmerteReg',
    page: 'informasjon',
    links: [SMERTEREG],
    says: {
      nb: [/Les på nettsidene til SmerteReg/],
      nn: [/Les på nettsidene til SmerteReg/],
      en: [/Read SmerteReg.s web pages/],
    },
  },
  {
    source: 'Det er fire måter å reservere seg',
    page: 'reservasjon',
    says: { nb: [/reservere deg på fire måter/], nn: [/reservere deg på fire måtar/], en: [/opt out in four ways/] },
  },
  {
    source: 'Reservasjon 1) Pasienten logger selv inn på www.helsenorge.no og reserverer seg der',
    page: 'reservasjon/helsenorge',
    links: ['https://www.helsenorge.no'],
    says: {
      nb: [/logger inn på helsenorge\.no og reserverer deg der/],
      nn: [/loggar inn på helsenorge\.no og reserverer deg der/],
      en: [/log in on helsenorge\.no and opt out there/],
    },
  },
  {
    source: 'Brukerveiledningen vil være tilgjengelig',
    page: 'helsenorge-veiledning',
    // helsenorge.no's menu name is known only in bokmål, so the nynorsk steps keep it in «…».
    says: {
      nb: [/steg for steg/, /Personverninnstillinger/],
      nn: [/steg for steg/, /Personverninnstillinger/],
      en: [/step by step/, /Personverninnstillinger/],
    },
  },
  {
    source:
      'Reservasjon 2) Pasient gir muntlig beskjed til behandler. Behandler kontakter registersekretariatet på telefon, sender i tillegg mail',
    page: 'reservasjon/behandler',
    // "si fra" is oral already ("si fra muntlig" is a pleonasm); "trenger ikke skrive noe" makes it plain.
    says: {
      nb: [
        /si fra til behandleren din/,
        /trenger ikke skrive noe/,
        /Behandleren ringer registersekretariatet/,
        /sender i tillegg en e-post/,
      ],
      nn: [
        /seie frå til behandlaren din/,
        /treng ikkje skrive noko/,
        /Behandlaren ringjer registersekretariatet/,
        /sender i tillegg ein e-post/,
      ],
      en: [
        /tell your clinician/,
        /do not have to write anything/,
        /Your clinician phones the registry secretariat/,
        /also sends an email/,
      ],
    },
  },
  {
    source: 'NB: Personopplysninger til pasienten skal aldri sendes i mailen. PID skal oppgis.',
    page: 'helsepersonell',
    says: {
      nb: [
        /Ring registersekretariatet/,
        /Send i tillegg en e-post/,
        /Skriv PID i e-posten/,
        /Skriv aldri personopplysninger i e-posten/,
      ],
      nn: [
        /Ring registersekretariatet/,
        /Send i tillegg ein e-post/,
        /Skriv PID i e-posten/,
        /Skriv aldri personopplysningar i e-posten/,
      ],
    },
  },
  {
    source: 'Reservasjon 3) Pasienten fyller ut reservasjonsskjema … og sender det til registersekretariatet',
    page: 'reservasjon/skjema',
    says: {
      nb: [/fyller ut reservasjonsskjemaet og sender det til registersekretariatet/],
      nn: [/fyller ut reservasjonsskjemaet og sender det til registersekretariatet/],
      en: [/fill in the opt-out form and send it to the registry secretariat/],
    },
  },
  {
    source: 'reservasjonsskjema som ligger på nettsiden',
    page: 'skjema',
    says: { nb: [/Reservasjonsskjema/], nn: [/Reservasjonsskjema/], en: [/Opt-out form/] },
  },
  {
    source: 'Reservasjon 4) sikker meldingsutveksling som brukes i Helse Bergen (eDialog)',
    page: 'reservasjon/edialog',
    links: [EDIALOG],
    says: {
      nb: [/sikker melding til registersekretariatet gjennom eDialog/],
      nn: [/sikker melding til registersekretariatet gjennom eDialog/],
      en: [/secure message to the registry secretariat through eDialog/, /Helse Bergen uses for secure messages/],
    },
  },
  {
    source: 'registreres uten ugrunnet opphold og senest 30 dager etter mottak av reservasjonsskjema',
    page: 'reservasjon/etterpa',
    says: {
      nb: [
        /uten ugrunnet opphold/,
        /senest 30 dager etter at (registersekretariatet|de) har mottatt (reservasjons)?skjemaet/,
      ],
      nn: [
        /utan ugrunna opphald/,
        /seinast 30 dagar etter at (registersekretariatet|dei) har motteke (reservasjons)?skjemaet/,
      ],
      en: [
        /as soon as possible/,
        /uten ugrunnet opphold/,
        /no later than 30 days after (the registry secretariat|they) (have|has) received your form/,
      ],
    },
  },
  {
    source: 'Dersom pasienten henvender seg direkte til SmerteReg',
    page: 'reservasjon/etterpa',
    says: {
      nb: [/Når du kontakter SmerteReg direkte/],
      nn: [/Når du kontaktar SmerteReg direkte/],
      en: [/When you contact SmerteReg directly/],
    },
  },
  {
    source:
      'All korrespondanse mellom pasient/behandler og SmerteReg arkiveres i Helse Bergen sitt arkivsystem Elements',
    page: 'reservasjon/etterpa',
    says: {
      nb: [
        /All korrespondanse mellom deg eller behandleren din og SmerteReg blir arkivert/,
        /arkivsystemet til Helse Bergen/,
        /Elements/,
      ],
      nn: [
        /All korrespondanse mellom deg eller behandlaren din og SmerteReg blir arkivert/,
        /arkivsystemet til Helse Bergen/,
        /Elements/,
      ],
      en: [
        /All letters and messages between SmerteReg and you or your clinician are archived/,
        /Helse Bergen.s archive system/,
        /Elements/,
      ],
    },
  },
  {
    source: 'frist og arkiv (for clinicians)',
    page: 'helsepersonell',
    says: { nb: [/senest 30 dager/, /Elements/], nn: [/seinast 30 dagar/, /Elements/] },
  },
];
