/**
 * The words of the reservation form (the fillable PDF and the printable page), per language in
 * src/i18n/<lang>/form.ts. The form's fields themselves (names, types, lengths, layout) are
 * src/lib/form/fields.ts; their labels are here, one per field name. Registry facts are
 * `{placeholders}` filled from content/registry.yaml: {name}, {shortName}, {ownerShort},
 * {deadlineDays}, {archiveSystem}.
 */

/** Every field of the form, by its stable name (the PDF field name and the HTML `name`). */
export type FormFieldName =
  | 'pasient.navn'
  | 'pasient.fodselsnummer'
  | 'pasient.adresse'
  | 'pasient.postnummer'
  | 'pasient.poststed'
  | 'pasient.telefon'
  | 'pasient.sykehus'
  | 'fullmakt.navn'
  | 'fullmakt.relasjon'
  | 'underskrift.stedDato'
  | 'underskrift.signatur';

export type FormSectionName = 'pasient' | 'fullmakt' | 'underskrift';

export interface FormWords {
  /** Document title, also the PDF's title: "Reservasjon mot registrering i {shortName}". */
  title: string;
  /** The PDF's subject. */
  subject: string;
  /** The PDF's keywords besides the registry's names. */
  keywords: string[];
  intro: string;
  /** The opt-out statement the patient signs: "Jeg reserverer meg mot registrering i {name} ({shortName})." */
  statement: string;
  /** Each field's label, and a hint where the field has one ("11 siffer"). */
  fields: Record<FormFieldName, { label: string; hint?: string }>;
  /** After the label of an optional field: "valgfritt". */
  optional: string;
  sections: Record<FormSectionName, { heading: string; intro?: string }>;
  send: {
    heading: string;
    /** "Send skjemaet i posten til registersekretariatet i {shortName}", then the address or where to find it. */
    post: string;
    /** While no postal address is configured: "Kontaktinformasjon til {shortName} finner du hos {ownerShort}:". */
    findAddress: string;
    edialog: string;
    emailWarning: string;
  };
  next: { heading: string; paragraphs: string[] };
  /** What the printable page says around the form on screen (not printed). */
  screen: {
    intro: string;
    nothingSent: string;
    /** "{labels} må være med. Resten er valgfritt.", with the labels of the required fields. */
    required: string;
    /** Joins the last two labels: "og". */
    and: string;
    /** Around the key names: "Skriv ut siden med" Ctrl + P ("Cmd + P" "på Mac"), then "Skriv under på papiret." */
    print: [string, string, string];
    signOnPaper: string;
    /** Writing the form by hand on a plain sheet. */
    handwritten: { intro: string; statement: string; behalf: string };
  };
}
