/**
 * The refusal messages of the PID e-mail composer: why a value cannot go into the e-mail. One
 * plain string per message, with `{name}` placeholders (src/i18n/format.ts); the composer picks
 * the message for a finding (src/lib/composer/messages.ts) and fills in:
 *
 *   {match}        what was found, as the check saw it (digits as 0–9)
 *   {length}       how many characters were typed
 *   {max}          the most characters the PID setting allows
 *   {description}  the PID setting's own sentence in the reader's language ("Verktøyet godtar …")
 *   {days}         how many days back the call date may be
 *
 * The messages of personal data are keyed by what was found (src/lib/privacy/findings.ts); a
 * new kind of finding without a message fails `astro check`. The page hands the browser script
 * its language's table as data, so the script has no words.
 */
export interface RefusalWords {
  /** A fødselsnummer. {match} */
  fodselsnummer: string;
  /** A D-nummer. {match} */
  dnummer: string;
  /** An H-number. {match} */
  hnummer: string;
  /** A synthetic test number: said as a fødselsnummer. {match} */
  syntetiskNummer: string;
  /** 11 digits or more that are no valid number. {match} */
  elleveSiffer: string;
  /** The first 9 or 10 digits of an identity number. {match} */
  fodselsnummerStart: string;
  /** A date. {match} */
  dato: string;
  /** A date after a word for "born". {match} */
  fodselsdato: string;
  /** {match} */
  telefon: string;
  /** {match} */
  epost: string;
  /** A postcode and a place. {match} */
  postnummerSted: string;
  /** Letters: a name or initials. {match} */
  navn: string;
  /** The PID field holds more than it can take at all. {length} {description} */
  pidTooLongInput: string;
  /** The PID is longer than the setting allows. {max} {length} {description} */
  pidTooLong: string;
  pidEmpty: string;
  /** The PID does not match the setting. {match} {description} */
  pidFormat: string;
  /** The date field holds more than it can take at all. */
  dateTooLongInput: string;
  dateEmpty: string;
  /** Not a date of the form year-month-day. {match} */
  dateForm: string;
  /** A date that does not exist. {match} */
  dateInvalid: string;
  dateFuture: string;
  /** Older than the window: maybe a birth date. {days} */
  dateTooOld: string;
}
