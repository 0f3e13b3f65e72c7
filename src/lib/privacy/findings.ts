/**
 * What the personal-data checks report. A finding says what was found, the text found and where
 * it is, and the numbers a message about it needs: never the message itself. The words are
 * looked up by language where the reader is (src/lib/composer/messages.ts, the tables in
 * src/i18n/<lang>/refusals.ts).
 */

/** Something that looks like personal data. */
export type PersonalDataType =
  | 'fodselsnummer'
  | 'dnummer'
  | 'hnummer'
  | 'syntetiskNummer'
  | 'elleveSiffer'
  | 'fodselsnummerStart'
  | 'dato'
  | 'fodselsdato'
  | 'telefon'
  | 'epost'
  | 'postnummerSted'
  | 'navn';

/** A field that is empty or has the wrong form (not personal data). */
export type FormatType = 'tom' | 'forLang' | 'ugyldigFormat' | 'ugyldigDato' | 'datoIFremtiden' | 'datoForGammel';

export type FindingType = PersonalDataType | FormatType;

export interface Finding {
  type: FindingType;
  /**
   * The text that was found, normalised (digits as 0–9, invisible characters removed); '' for an
   * empty field and for a value too long to be checked at all.
   */
  match: string;
  /**
   * Where `match` is in the normalised text that was checked (UTF-16 offsets, end exclusive).
   * A finding about a whole field value spans that value; an empty match is at 0–0.
   */
  start: number;
  end: number;
  /** 'forLang': how many characters were typed. */
  length?: number;
  /** 'forLang' of a PID that the setting finds too long: the most characters the setting allows. */
  max?: number;
  /** 'datoForGammel': how many days back the date may be. */
  days?: number;
}

/** Counts the steps of a scan (characters and tokens visited), for tests of linearity. */
export interface Counter {
  steps: number;
}
