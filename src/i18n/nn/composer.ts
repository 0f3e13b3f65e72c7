/** The PID e-mail composer in nynorsk: its interface, its script's sentences and the e-mail. */
import type { ComposerWords } from '../schema/index.ts';

export default {
  templateHeading: 'Mal for e-posten',
  templateIntro:
    'Kopier malen, og byt ut det som står i hakeparentesane. Skriv berre PID, aldri namn, fødselsnummer, adresse eller telefonnummer.',
  pidIs: 'PID er ID-en til pasienten i {shortName}, ikkje fødselsnummeret.',
  subject: 'Emne',
  body: 'Tekst',
  sendTo: 'Send e-posten til registersekretariatet:',
  pidPlaceholder: '[PID]',
  datePlaceholder: '[dato då du ringde]',
  errorHeading: 'Rett opp dette før du lagar e-posten',
  formHeading: 'Lag e-posten',
  dateLabel: 'Datoen då du ringde registersekretariatet',
  dateHint: 'Vanlegvis i dag. Datoen kan ikkje vere meir enn {days} dagar tilbake.',
  submit: 'Lag e-posten',
  resultHeading: 'E-posten er klar',
  // «E-posten», not «han»: «han» reads as a person.
  resultIntro:
    'Les over teksten før du sender e-posten. E-posten skal berre ha PID og datoen, ingen personopplysningar.',
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
    copied: '{what} er kopiert. Lim inn i e-posten.',
    copyFailed: 'Kopieringa verka ikkje. {what} er merkt: trykk Ctrl+C (Cmd+C på Mac) for å kopiere.',
    subjectWhat: 'Emnet',
    bodyWhat: 'Teksten',
    unexplained: 'E-posten kunne ikkje lagast. Sjekk PID og datoen, og prøv igjen.',
  },
  email: {
    subject: 'Reservasjon mot registrering i {shortName} – PID {pid}',
    body: [
      'Til registersekretariatet i {shortName}',
      '',
      'Ein pasient har sagt frå til meg at hen vil reservere seg mot registrering i {shortName}.',
      '',
      'PID-en til pasienten: {pid}',
      '',
      'Eg ringde registersekretariatet om dette {date}.',
      '',
      'Eg har med vilje ikkje teke med personopplysningar om pasienten, berre PID.',
      '',
      'Venleg helsing',
    ],
  },
} satisfies ComposerWords;
