/**
 * The words of the PID e-mail composer (src/components/composer/): its interface, the few
 * sentences its browser script says, and the e-mail's fixed text. Plain strings with `{name}`
 * placeholders (src/i18n/format.ts). Only the languages with clinician pages have them
 * (`FullLang`); the refusal messages are src/i18n/schema/refusals.ts.
 */

/** The e-mail to the registry secretariat, in the clinician's own voice. */
export interface PidEmailWords {
  /** {shortName}, and {pid} at the end. */
  subject: string;
  /**
   * The body's lines. {shortName}; {pid} and {date} where the checked PID and the call date go.
   * {pid} ends its line, so that no word of the fixed text follows the PID.
   */
  body: readonly string[];
}

export interface ComposerWords {
  templateHeading: string;
  templateIntro: string;
  /** "PID er pasientens ID i {shortName}, ikke fødselsnummeret." (then the setting's description) */
  pidIs: string;
  subject: string;
  body: string;
  sendTo: string;
  /** The placeholders of the no-JavaScript template. */
  pidPlaceholder: string;
  datePlaceholder: string;
  errorHeading: string;
  formHeading: string;
  dateLabel: string;
  /** {days}: how many days back the date may be. */
  dateHint: string;
  submit: string;
  resultHeading: string;
  resultIntro: string;
  copySubject: string;
  copyBody: string;
  sendToAddress: string;
  openMail: string;
  openMailHint: string;
  pasteInto: string;
  /** For the browser script (data-say-*). */
  script: {
    errorPrefix: string;
    ready: string;
    hidden: string;
    /** "Emnet er kopiert. …": {what} is subjectWhat or bodyWhat. */
    copied: string;
    /** {what} as in `copied`. */
    copyFailed: string;
    subjectWhat: string;
    bodyWhat: string;
    /** Shown if composing ever fails without saying why, so that the tool never blocks silently. */
    unexplained: string;
  };
  /** The e-mail's fixed text (its date is written with the language's `dateLocales`). */
  email: PidEmailWords;
}
