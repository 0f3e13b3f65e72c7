/**
 * Every statement of the registry's source document (../shared/seed/000_062cd5c93183d09a.txt)
 * must be on the built site. Each statement is written here as the source says it, with the
 * page that must carry it and what that page must say. The expectations are typed from the
 * source document on purpose, not read from content/: this test is the independent check
 * that content/ still says what the registry said.
 */
import { expect, test } from '@playwright/test';
import { STATEMENTS_NN } from './source-coverage-nn.ts';

interface Statement {
  source: string;
  page: string;
  text?: RegExp[];
  links?: string[];
}

const SMERTEREG =
  'https://helse-bergen.no/nasjonalt-kvalitetsregister-for-smertebehandling/pasientinformasjon-ved-smertereg';
const EDIALOG = 'https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten';

const statements: Statement[] = [
  {
    source: 'SmerteReg = Nasjonalt kvalitetsregister for smertebehandling',
    page: '/om-smertereg/',
    text: [/SmerteReg er Nasjonalt kvalitetsregister for smertebehandling/],
  },
  {
    source: 'går over fra å være et samtykkebasert register til et register basert på reservasjonsrett',
    page: '/om-smertereg/',
    text: [/samtykkebasert register/, /reservasjonsrett/],
  },
  {
    source: 'går over … (the clinicians are told too)',
    page: '/helsepersonell/',
    text: [/fra samtykke til reservasjonsrett/],
  },
  {
    source:
      'behandler i smerteteam kan gi pasienten informasjon både om SmerteReg og hvordan pasienten kan reservere seg',
    page: '/helsepersonell/',
    text: [
      /behandler i smerteteam skal du kunne fortelle pasienten om SmerteReg og om hvordan pasienten kan reservere seg/,
    ],
  },
  {
    source:
      'behandler skal kjenne til hvor pasienten kan henvende seg for å få mer informasjon om reservasjon og hvordan reservasjon kan gjennomføres',
    page: '/helsepersonell/',
    text: [/hvor pasienten kan få mer informasjon om reservasjon/, /Hvordan pasienten kan reservere seg/],
  },
  {
    source:
      'Informasjon 1) Pasienten henvender seg til behandler i smerteteam. Ved behov tar behandler kontakt med registersekretariatet på vegne av pasient',
    page: '/informasjon/',
    text: [
      /Spør behandleren din i smerteteamet/,
      /Ved behov tar behandleren kontakt med registersekretariatet for deg/,
    ],
  },
  {
    source: 'Informasjon 2) Pasient henvender seg direkte til registersekretariatet på enten telefon eller mail',
    page: '/informasjon/',
    text: [/Kontakt registersekretariatet/, /ringe eller sende e-post/],
  },
  {
    source: 'Informasjon 3) www.helsenorge.no',
    page: '/informasjon/',
    text: [/Les på helsenorge\.no/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Informasjon 4) nettsidene til SmerteReg',
    page: '/informasjon/',
    text: [/Les på nettsidene til SmerteReg/],
    links: [SMERTEREG],
  },
  { source: 'Det er fire måter å reservere seg', page: '/reservasjon/', text: [/reservere deg på fire måter/] },
  {
    source: 'Reservasjon 1) Pasienten logger selv inn på www.helsenorge.no og reserverer seg der',
    page: '/reservasjon/helsenorge/',
    text: [/logger inn på helsenorge\.no og reserverer deg der/],
    links: ['https://www.helsenorge.no'],
  },
  {
    source: 'Brukerveiledningen vil være tilgjengelig',
    page: '/helsenorge-veiledning/',
    text: [/steg for steg/, /Personverninnstillinger/],
  },
  {
    source:
      'Reservasjon 2) Pasient gir muntlig beskjed til behandler. Behandler kontakter registersekretariatet på telefon, sender i tillegg mail',
    page: '/reservasjon/behandler/',
    // "si fra" is oral already ("si fra muntlig" is a pleonasm); "trenger ikke skrive noe" makes it plain.
    text: [
      /si fra til behandleren din/,
      /trenger ikke skrive noe/,
      /Behandleren ringer registersekretariatet/,
      /sender i tillegg en e-post/,
    ],
  },
  {
    source: 'NB: Personopplysninger til pasienten skal aldri sendes i mailen. PID skal oppgis.',
    page: '/helsepersonell/',
    text: [
      /Ring registersekretariatet/,
      /Send i tillegg en e-post/,
      /Skriv PID i e-posten/,
      /Skriv aldri personopplysninger i e-posten/,
    ],
  },
  {
    source: 'Reservasjon 3) Pasienten fyller ut reservasjonsskjema … og sender det til registersekretariatet',
    page: '/reservasjon/skjema/',
    text: [/fyller ut reservasjonsskjemaet og sender det til registersekretariatet/],
  },
  { source: 'reservasjonsskjema som ligger på nettsiden', page: '/skjema/', text: [/Reservasjonsskjema/] },
  {
    source: 'Reservasjon 4) sikker meldingsutveksling som brukes i Helse Bergen (eDialog)',
    page: '/reservasjon/edialog/',
    text: [/sikker melding til registersekretariatet gjennom eDialog/],
    links: [EDIALOG],
  },
  {
    source: 'registreres uten ugrunnet opphold og senest 30 dager etter mottak av reservasjonsskjema',
    page: '/reservasjon/etterpa/',
    text: [
      /uten ugrunnet opphold/,
      /senest 30 dager etter at (registersekretariatet|de) har mottatt (reservasjons)?skjemaet/,
    ],
  },
  {
    source: 'Dersom pasienten henvender seg direkte til SmerteReg',
    page: '/reservasjon/etterpa/',
    text: [/Når du kontakter SmerteReg direkte/],
  },
  {
    source:
      'All korrespondanse mellom pasient/behandler og SmerteReg arkiveres i Helse Bergen sitt arkivsystem Elements',
    page: '/reservasjon/etterpa/',
    text: [
      /All korrespondanse mellom deg eller behandleren din og SmerteReg blir arkivert/,
      /arkivsystemet til Helse Bergen/,
      /Elements/,
    ],
  },
  { source: 'frist og arkiv (for clinicians)', page: '/helsepersonell/', text: [/senest 30 dager/, /Elements/] },
];

// The same statements on the nynorsk pages, in their nynorsk wording (source-coverage-nn.ts).
for (const s of [...statements, ...STATEMENTS_NN]) {
  test(`${s.page}: ${s.source}`, async ({ page }) => {
    await page.goto(s.page);
    const main = page.locator('main');
    const text = (await main.innerText()).replace(/\s+/g, ' ');
    for (const re of s.text ?? []) expect(text).toMatch(re);
    for (const href of s.links ?? []) await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
  });
}
