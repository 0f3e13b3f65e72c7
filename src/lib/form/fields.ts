/**
 * The reservation form (reservasjonsskjema) for SmerteReg: its fields and its fixed texts, in
 * bokmål, nynorsk and English. This is the ONE definition of the form: the fillable PDF
 * (src/lib/form/pdf.ts) and the printable HTML version both render from it.
 *
 * Registry facts (names, deadline, archive system, URLs, the secretariat's postal address) are
 * never typed here: `formTexts` (./texts.ts, one table per language) reads them from the `Registry` object (content/registry.yaml).
 */
import { within } from '../../i18n/languages.ts';

export type Lang = 'nb' | 'nn' | 'en';
export const formLangs: readonly Lang[] = ['nb', 'nn', 'en'];

/** A language code of the site's pages, or anything else (→ 'nb'), as a form language. */
export function formLang(locale: string | undefined): Lang {
  return within(locale, formLangs);
}

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
    label: { nb: 'Fullt navn', nn: 'Fullt namn', en: 'Full name' },
    maxLength: 100,
    autocomplete: 'name',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.fodselsnummer',
    type: 'text',
    required: true,
    label: { nb: 'Fødselsnummer', nn: 'Fødselsnummer', en: 'National identity number' },
    hint: { nb: '11 siffer', nn: '11 siffer', en: 'fødselsnummer, 11 digits' },
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
    label: { nb: 'Adresse', nn: 'Adresse', en: 'Address' },
    maxLength: 100,
    autocomplete: 'address-line1',
    section: 'pasient',
    width: 'full',
  },
  {
    name: 'pasient.postnummer',
    type: 'text',
    required: false,
    label: { nb: 'Postnummer', nn: 'Postnummer', en: 'Postcode' },
    maxLength: 10,
    autocomplete: 'postal-code',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.poststed',
    type: 'text',
    required: false,
    label: { nb: 'Poststed', nn: 'Poststad', en: 'Town or city' },
    maxLength: 60,
    autocomplete: 'address-level2',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.telefon',
    type: 'text',
    required: false,
    label: { nb: 'Telefonnummer', nn: 'Telefonnummer', en: 'Phone number' },
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
    label: {
      nb: 'Sykehuset som behandlet pasienten',
      nn: 'Sjukehuset som behandla pasienten',
      en: 'Hospital that treated the patient',
    },
    maxLength: 100,
    autocomplete: 'off',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'fullmakt.navn',
    type: 'text',
    required: false,
    label: { nb: 'Navn på den som fyller ut', nn: 'Namn på den som fyller ut', en: 'Name of the person filling in' },
    maxLength: 100,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'fullmakt.relasjon',
    type: 'text',
    required: false,
    label: { nb: 'Forhold til pasienten', nn: 'Forhold til pasienten', en: 'Relationship to the patient' },
    maxLength: 60,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'underskrift.stedDato',
    type: 'text',
    required: false,
    label: { nb: 'Sted og dato', nn: 'Stad og dato', en: 'Place and date' },
    maxLength: 60,
    autocomplete: 'off',
    section: 'underskrift',
    width: 'half',
  },
  {
    name: 'underskrift.signatur',
    type: 'signature',
    required: false,
    label: { nb: 'Underskrift', nn: 'Underskrift', en: 'Signature' },
    hint: {
      nb: 'pasienten eller den som fyller ut',
      nn: 'pasienten eller den som fyller ut',
      en: 'the patient or the person filling in',
    },
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

const optionalWord: Localized = { nb: 'valgfritt', nn: 'valfritt', en: 'optional' };

export {
  formTexts,
  postalAddressLines,
  screenTexts,
  type FormTexts,
  type PostInstruction,
  type ScreenTexts,
} from './texts';

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
