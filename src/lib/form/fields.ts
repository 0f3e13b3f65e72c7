/**
 * The reservation form (reservasjonsskjema) for SmerteReg: its fields, in reading order. This is
 * the ONE definition of the form: the fillable PDF (src/lib/form/pdf.ts), the printable page and
 * the handwritten version all render from it. The words — labels, hints, the fixed texts — are
 * the language's form words (src/i18n/<lang>/form.ts), read through ./texts.ts; registry facts
 * come from content/registry.yaml, never typed here.
 */
import type { FormFieldName, FormSectionName } from '../../i18n/schema/index.ts';
/**
 * - text / multiline: a fillable text field (place and date are one text field).
 * - signature: a line to sign on paper. The PDF draws the line only and has NO form field for
 *   it, because a typed name is not a signature (see `isFillable`).
 */
type FieldType = 'text' | 'multiline' | 'signature';

export type FormSection = FormSectionName;
export const formSections: readonly FormSection[] = ['pasient', 'fullmakt', 'underskrift'];

export interface FormField {
  /** Stable dotted id: the PDF field name and the HTML `name`. Never rename a published field. */
  readonly name: FormFieldName;
  readonly type: FieldType;
  readonly required: boolean;
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
 * The fields in reading order. Only name and fødselsnummer are required: the form needs them to
 * say whose opt-out it is. No source makes anything else compulsory, so the rest is optional.
 */
export const formFields: readonly FormField[] = [
  {
    name: 'pasient.navn',
    type: 'text',
    required: true,
    maxLength: 100,
    autocomplete: 'name',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.fodselsnummer',
    type: 'text',
    required: true,
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
    maxLength: 100,
    autocomplete: 'address-line1',
    section: 'pasient',
    width: 'full',
  },
  {
    name: 'pasient.postnummer',
    type: 'text',
    required: false,
    maxLength: 10,
    autocomplete: 'postal-code',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.poststed',
    type: 'text',
    required: false,
    maxLength: 60,
    autocomplete: 'address-level2',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'pasient.telefon',
    type: 'text',
    required: false,
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
    maxLength: 100,
    autocomplete: 'off',
    section: 'pasient',
    width: 'half',
  },
  {
    name: 'fullmakt.navn',
    type: 'text',
    required: false,
    maxLength: 100,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'fullmakt.relasjon',
    type: 'text',
    required: false,
    maxLength: 60,
    autocomplete: 'off',
    section: 'fullmakt',
    width: 'half',
  },
  {
    name: 'underskrift.stedDato',
    type: 'text',
    required: false,
    maxLength: 60,
    autocomplete: 'off',
    section: 'underskrift',
    width: 'half',
  },
  {
    name: 'underskrift.signatur',
    type: 'signature',
    required: false,
    section: 'underskrift',
    width: 'half',
  },
];

/** Fields that get a fillable form field in the PDF: all but the signature line. */
export function isFillable(field: FormField): boolean {
  return field.type !== 'signature';
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
