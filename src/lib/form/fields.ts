/**
 * The reservation form (reservasjonsskjema) for SmerteReg: its fields and its fixed texts, in
 * bokmål and nynorsk. This is the ONE definition of the form: the fillable PDF
 * (src/lib/form/pdf.ts) and the printable HTML version both render from it.
 *
 * Registry facts (names, deadline, archive system, URLs, the secretariat's postal address) are
 * never typed here: `formTexts` reads them from the `Registry` object (content/registry.yaml).
 */
import type { Registry } from '../content/schemas';

export type Lang = 'nb' | 'nn';
export const formLangs: readonly Lang[] = ['nb', 'nn'];

export type Localized = Readonly<Record<Lang, string>>;

/**
 * - text / multiline: a fillable text field (place and date are one text field).
 * - signature: a line to sign on paper. The PDF draws the line only and has NO form field for
 *   it, because a typed name is not a signature (see `isFillable`).
 */
export type FieldType = 'text' | 'multiline' | 'signature';

export type FormSection = 'pasient' | 'fullmakt' | 'underskrift';
export const formSections: readonly FormSection[] = ['pasient', 'fullmakt', 'underskrift'];

export interface FormField {
  /** Stable dotted id: the PDF field name and the HTML `name`. Never rename a published field. */
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly label: Localized;
  readonly hint?: Localized;
  readonly maxLength?: number;
  /** HTML autocomplete token for the HTML rendering. */
  readonly autocomplete?: string;
  /** HTML inputmode for the HTML rendering. */
  readonly inputmode?: 'numeric' | 'tel' | 'text';
  readonly section: FormSection;
  /** Layout hint: two consecutive 'half' fields share a row. */
  readonly width: 'full' | 'half';
}

/**
 * The fields in reading order. Only name and fødselsnummer are required: the secretariat needs
 * them to find the patient. No source makes anything else compulsory, so the rest is optional.
 */
export const formFields: readonly FormField[] = [
  {
    name: 'pasient.navn',
    type: 'text',
    required: true,
    label: { nb: 'Fullt navn', nn: 'Fullt namn' },
    maxLength: 100,
    autocomplete: 'name',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.fodselsnummer',
    type: 'text',
    required: true,
    label: { nb: 'Fødselsnummer', nn: 'Fødselsnummer' },
    hint: { nb: '11 siffer', nn: '11 siffer' },
    maxLength: 11,
    inputmode: 'numeric',
    autocomplete: 'off',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.adresse',
    type: 'text',
    required: false,
    label: { nb: 'Adresse', nn: 'Adresse' },
    maxLength: 100,
    autocomplete: 'address-line1',
    section: 'pasient',
    width: 'full',
  },
  {
    name: 'pasient.postnummer',
    type: 'text',
    required: false,
    label: { nb: 'Postnummer', nn: 'Postnummer' },
    maxLength: 10,
    autocomplete: 'postal-code',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.poststed',
    type: 'text',
    required: false,
    label: { nb: 'Poststed', nn: 'Poststad' },
    maxLength: 60,
    autocomplete: 'address-level2',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.telefon',
    type: 'text',
    required: false,
    label: { nb: 'Telefonnummer', nn: 'Telefonnummer' },
    maxLength: 20,
    autocomplete: 'tel',
    inputmode: 'tel',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.sykehus',
    type: 'text',
    required: false,
    label: { nb: 'Sykehuset som behandlet pasienten', nn: 'Sjukehuset som behandla pasienten' },
    maxLength: 100,
    autocomplete: 'off',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'fullmakt.navn',
    type: 'text',
    required: false,
    label: { nb: 'Navn på den som fyller ut', nn: 'Namn på den som fyller ut' },
    maxLength: 100,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'fullmakt.relasjon',
    type: 'text',
    required: false,
    label: { nb: 'Forhold til pasienten', nn: 'Forhold til pasienten' },
    maxLength: 60,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'underskrift.stedDato',
    type: 'text',
    required: false,
    label: { nb: 'Sted og dato', nn: 'Stad og dato' },
    maxLength: 60,
    autocomplete: 'off',
    section: 'underskrift',
    width: 'half',
  },
  {
    name: 'underskrift.signatur',
    type: 'signature',
    required: false,
    label: { nb: 'Underskrift', nn: 'Underskrift' },
    hint: { nb: 'pasienten eller den som fyller ut', nn: 'pasienten eller den som fyller ut' },
    section: 'underskrift',
    width: 'half',
  },
];

/** Fields that get a fillable form field in the PDF: all but the signature line. */
export function isFillable(field: FormField): boolean {
  return field.type !== 'signature';
}

/** The label as printed: optional fields get «(valgfritt)» / «(valfritt)». */
export function fieldLabel(field: FormField, lang: Lang): string {
  return field.required ? field.label[lang] : `${field.label[lang]} (${optionalWord[lang]})`;
}

/** Label and hint in one string, e.g. for a PDF field's tooltip or an accessible description. */
export function fieldDescription(field: FormField, lang: Lang): string {
  const label = fieldLabel(field, lang);
  return field.hint ? `${label} – ${field.hint[lang]}` : label;
}

const optionalWord: Localized = { nb: 'valgfritt', nn: 'valfritt' };

/** How to send the form by post: the configured address, or where to find it. */
export type PostInstruction =
  | { kind: 'address'; text: string; addressLines: string[] }
  | { kind: 'link'; text: string; findAddress: string; url: string };

export interface FormTexts {
  /** Document title, also the PDF metadata title. */
  title: string;
  /** PDF metadata subject. */
  subject: string;
  intro: string;
  /** The opt-out statement the patient signs. */
  statement: string;
  sections: Record<FormSection, { heading: string; intro?: string }>;
  send: {
    heading: string;
    post: PostInstruction;
    edialog: { text: string; url: string };
    emailWarning: string;
  };
  next: { heading: string; paragraphs: string[] };
  footer: string;
}

/** Splits the configured postal address ("\n"-separated lines) into trimmed, non-empty lines. */
export function postalAddressLines(registry: Registry): string[] {
  return (registry.secretariat.postalAddress ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The fixed texts of the form in one language, with the registry's facts filled in. */
export function formTexts(registry: Registry, lang: Lang): FormTexts {
  const { name, shortName, owner, ownerShort, deadlineDays, archiveSystem } = registry;
  const address = postalAddressLines(registry);
  const nb = lang === 'nb';

  const postText = `Send skjemaet i posten til registersekretariatet i ${shortName}`;
  const post: PostInstruction =
    address.length > 0
      ? { kind: 'address', text: `${postText}:`, addressLines: address }
      : {
          kind: 'link',
          text: `${postText}.`,
          // No source says what SmerteReg's page lists: point to it, promise nothing about it.
          findAddress: nb
            ? `Kontaktinformasjon til ${shortName} finner du hos ${ownerShort}:`
            : `Kontaktinformasjon til ${shortName} finn du hos ${ownerShort}:`,
          url: registry.urls.smertereg,
        };

  return {
    title: `Reservasjon mot registrering i ${shortName}`,
    subject: `Skjema for å reservere seg mot registrering i ${name} (${shortName})`,
    intro: nb
      ? 'Du kan reservere deg når som helst og uten å oppgi grunn. Det påvirker ikke behandlingen du får.'
      : 'Du kan reservere deg når som helst og utan å oppgi grunn. Det påverkar ikkje behandlinga du får.',
    statement: nb
      ? `Jeg reserverer meg mot registrering i ${name} (${shortName}).`
      : `Eg reserverer meg mot registrering i ${name} (${shortName}).`,
    sections: {
      pasient: { heading: nb ? 'Opplysninger om pasienten' : 'Opplysningar om pasienten' },
      fullmakt: {
        heading: nb ? 'Utfylt på vegne av pasienten' : 'Utfylt på vegner av pasienten',
        intro: nb
          ? 'Fyll ut dette bare hvis du fyller ut og skriver under skjemaet på vegne av pasienten.'
          : 'Fyll ut dette berre dersom du fyller ut og skriv under skjemaet på vegner av pasienten.',
      },
      underskrift: { heading: 'Underskrift' },
    },
    send: {
      heading: 'Slik sender du skjemaet',
      post,
      edialog: {
        text: nb
          ? `Du kan også sende skjemaet sikkert med eDialog. ${ownerShort} bruker eDialog til sikre meldinger. Du logger inn med ID-porten:`
          : `Du kan òg sende skjemaet sikkert med eDialog. ${ownerShort} bruker eDialog til sikre meldingar. Du loggar inn med ID-porten:`,
        url: registry.urls.edialog,
      },
      emailWarning: nb
        ? 'Send ikke skjemaet med vanlig e-post. Det inneholder fødselsnummer.'
        : 'Send ikkje skjemaet med vanleg e-post. Det inneheld fødselsnummer.',
    },
    next: {
      heading: nb ? 'Hva skjer etterpå?' : 'Kva skjer etterpå?',
      paragraphs: nb
        ? [
            `Registersekretariatet skal registrere reservasjonen så snart som mulig, og senest ${deadlineDays} dager etter at skjemaet er mottatt. ` +
              `Opplysningene om pasienten i ${shortName} blir slettet. Bare det som trengs for at pasienten ikke skal bli registrert på nytt, blir tatt vare på.`,
            `All korrespondanse mellom deg og ${shortName} blir arkivert i ${archiveSystem}, arkivsystemet til ${ownerShort}.`,
          ]
        : [
            `Registersekretariatet skal registrere reservasjonen så snart som mogleg, og seinast ${deadlineDays} dagar etter at skjemaet er motteke. ` +
              `Opplysningane om pasienten i ${shortName} blir sletta. Berre det som trengst for at pasienten ikkje skal bli registrert på nytt, blir teke vare på.`,
            `All korrespondanse mellom deg og ${shortName} blir arkivert i ${archiveSystem}, arkivsystemet til ${ownerShort}.`,
          ],
    },
    footer: `${name} (${shortName}) · ${owner}`,
  };
}

/** The fields of one section in layout rows: two consecutive 'half' fields share a row (PDF and HTML alike). */
export function fieldRows(section: FormSection): FormField[][] {
  const rows: FormField[][] = [];
  for (const field of formFields.filter((f) => f.section === section)) {
    const last = rows.at(-1);
    if (field.width === 'half' && last?.length === 1 && last[0]?.width === 'half') last.push(field);
    else rows.push([field]);
  }
  return rows;
}
