/**
 * Every word of the PID e-mail composer's interface, per language (bokmål and nynorsk; English
 * pages show the bokmål clinician pages, see src/lib/privacy/pid-email-words.ts). The component
 * renders them, and hands the browser script the ones it needs as data-* attributes: the script
 * itself has no words.
 */
import type { ComposerLang } from '../../lib/privacy/pid-email-words';

export interface ComposerWords {
  templateHeading: string;
  templateIntro: string;
  /** "PID er pasientens ID i SmerteReg, ikke fødselsnummeret." (then the setting's description) */
  pidIs: (shortName: string) => string;
  subject: string;
  body: string;
  sendTo: string;
  /** The placeholders of the no-JavaScript template. */
  pidPlaceholder: string;
  datePlaceholder: string;
  errorHeading: string;
  formHeading: string;
  dateLabel: string;
  dateHint: (days: number) => string;
  submit: string;
  resultHeading: string;
  resultIntro: string;
  copySubject: string;
  copyBody: string;
  sendToAddress: string;
  openMail: string;
  openMailHint: string;
  pasteInto: string;
  /** For the script (data-say-*). */
  script: {
    errorPrefix: string;
    ready: string;
    hidden: string;
    /** "Emnet er kopiert. …" with {what}. */
    copied: string;
    copyFailed: string;
    subjectWhat: string;
    bodyWhat: string;
    /** Shown if composing ever fails without saying why, so that the tool never blocks silently. */
    unexplained: string;
  };
}

export const COMPOSER_WORDS: Readonly<Record<ComposerLang, ComposerWords>> = {
  nb: {
    templateHeading: 'Mal for e-posten',
    templateIntro:
      'Kopier malen, og bytt ut det som står i hakeparentesene. Skriv bare PID, aldri navn, fødselsnummer, adresse eller telefonnummer.',
    pidIs: (shortName) => `PID er pasientens ID i ${shortName}, ikke fødselsnummeret.`,
    subject: 'Emne',
    body: 'Tekst',
    sendTo: 'Send e-posten til registersekretariatet:',
    pidPlaceholder: '[PID]',
    datePlaceholder: '[dato da du ringte]',
    errorHeading: 'Rett opp dette før du lager e-posten',
    formHeading: 'Lag e-posten',
    dateLabel: 'Datoen da du ringte registersekretariatet',
    dateHint: (days) => `Vanligvis i dag. Datoen kan ikke være mer enn ${days} dager tilbake.`,
    submit: 'Lag e-posten',
    resultHeading: 'E-posten er klar',
    resultIntro: 'Les over teksten før du sender den. Den skal bare ha PID og datoen, ingen personopplysninger.',
    copySubject: 'Kopier emnet',
    copyBody: 'Kopier teksten',
    sendToAddress: 'Send e-posten til registersekretariatet:',
    openMail: 'Åpne e-posten i e-postprogrammet',
    openMailHint: 'Lenken åpner en ny e-post med emne og tekst. Ingenting blir sendt før du selv trykker «Send».',
    pasteInto: 'Lim inn emnet og teksten i en ny e-post til registersekretariatet.',
    script: {
      errorPrefix: 'Feil: ',
      ready: 'E-posten er klar. Emnet og teksten står under skjemaet.',
      hidden: 'E-posten er skjult til feilen er rettet.',
      copied: '{what} er kopiert. Lim det inn i e-posten.',
      copyFailed: 'Kopieringen virket ikke. {what} er merket: trykk Ctrl+C (Cmd+C på Mac) for å kopiere.',
      subjectWhat: 'Emnet',
      bodyWhat: 'Teksten',
      unexplained: 'E-posten kunne ikke lages. Sjekk PID og datoen, og prøv igjen.',
    },
  },
  nn: {
    templateHeading: 'Mal for e-posten',
    templateIntro:
      'Kopier malen, og byt ut det som står i hakeparentesane. Skriv berre PID, aldri namn, fødselsnummer, adresse eller telefonnummer.',
    pidIs: (shortName) => `PID er ID-en til pasienten i ${shortName}, ikkje fødselsnummeret.`,
    subject: 'Emne',
    body: 'Tekst',
    sendTo: 'Send e-posten til registersekretariatet:',
    pidPlaceholder: '[PID]',
    datePlaceholder: '[dato då du ringde]',
    errorHeading: 'Rett opp dette før du lagar e-posten',
    formHeading: 'Lag e-posten',
    dateLabel: 'Datoen då du ringde registersekretariatet',
    dateHint: (days) => `Vanlegvis i dag. Datoen kan ikkje vere meir enn ${days} dagar tilbake.`,
    submit: 'Lag e-posten',
    resultHeading: 'E-posten er klar',
    resultIntro: 'Les over teksten før du sender han. Han skal berre ha PID og datoen, ingen personopplysningar.',
    copySubject: 'Kopier emnet',
    copyBody: 'Kopier teksten',
    sendToAddress: 'Send e-posten til registersekretariatet:',
    openMail: 'Opne e-posten i e-postprogrammet',
    openMailHint: 'Lenkja opnar ein ny e-post med emne og tekst. Ingenting blir sendt før du sjølv trykkjer «Send».',
    pasteInto: 'Lim inn emnet og teksten i ein ny e-post til registersekretariatet.',
    script: {
      errorPrefix: 'Feil: ',
      ready: 'E-posten er klar. Emnet og teksten står under skjemaet.',
      hidden: 'E-posten er gøymd til feilen er retta.',
      copied: '{what} er kopiert. Lim det inn i e-posten.',
      copyFailed: 'Kopieringa verka ikkje. {what} er merkt: trykk Ctrl+C (Cmd+C på Mac) for å kopiere.',
      subjectWhat: 'Emnet',
      bodyWhat: 'Teksten',
      unexplained: 'E-posten kunne ikkje lagast. Sjekk PID og datoen, og prøv igjen.',
    },
  },
};
