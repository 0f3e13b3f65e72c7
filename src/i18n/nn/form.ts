/** The reservation form in nynorsk (the keys: src/i18n/schema/form.ts). */
import type { FormWords } from '../schema/index.ts';

export default {
  title: 'Reservasjon mot registrering i {shortName}',
  subject: 'Skjema for å reservere seg mot registrering i {name} ({shortName})',
  keywords: ['reservasjon', 'reservasjonsskjema'],
  intro: 'Du kan reservere deg når som helst og utan å seie kvifor. Det påverkar ikkje behandlinga du får.',
  statement: 'Eg reserverer meg mot registrering i {name} ({shortName}).',
  fields: {
    'pasient.navn': { label: 'Fullt namn' },
    'pasient.fodselsnummer': { label: 'Fødselsnummer', hint: '11 siffer' },
    'pasient.adresse': { label: 'Adresse' },
    'pasient.postnummer': { label: 'Postnummer' },
    'pasient.poststed': { label: 'Poststad' },
    'pasient.telefon': { label: 'Telefonnummer' },
    'pasient.sykehus': { label: 'Sjukehuset som behandla pasienten' },
    'fullmakt.navn': { label: 'Namn på den som fyller ut' },
    'fullmakt.relasjon': { label: 'Forhold til pasienten' },
    'underskrift.stedDato': { label: 'Stad og dato' },
    'underskrift.signatur': { label: 'Underskrift', hint: 'pasienten eller den som fyller ut' },
  },
  optional: 'valfritt',
  sections: {
    pasient: { heading: 'Opplysningar om pasienten' },
    fullmakt: {
      heading: 'Utfylt på vegner av pasienten',
      intro: 'Fyll ut dette berre dersom du fyller ut og skriv under skjemaet på vegner av pasienten.',
    },
    underskrift: { heading: 'Underskrift' },
  },
  send: {
    heading: 'Slik sender du skjemaet',
    post: 'Send skjemaet i posten til registersekretariatet i {shortName}',
    findAddress: 'Kontaktinformasjon til {shortName} finn du hos {ownerShort}:',
    edialog:
      'Du kan òg sende skjemaet sikkert med eDialog. {ownerShort} bruker eDialog til sikre meldingar. Du loggar inn med ID-porten:',
    emailWarning: 'Send ikkje skjemaet med vanleg e-post. Det inneheld fødselsnummer.',
  },
  next: {
    heading: 'Kva skjer etterpå?',
    paragraphs: [
      'Registersekretariatet skal registrere reservasjonen så snart som mogleg, og seinast {deadlineDays} dagar etter at skjemaet er motteke. Opplysningane om pasienten i {shortName} blir sletta.',
      'All korrespondanse mellom deg og {shortName} blir arkivert i {archiveSystem}, arkivsystemet til {ownerShort}.',
    ],
  },
  screen: {
    intro: 'Du kan fylle ut skjemaet her og så skrive det ut. Du kan òg skrive det ut tomt og fylle det ut for hand.',
    nothingSent: 'Ingenting du skriv her, blir sendt eller lagra. Det blir borte når du lukkar sida.',
    required: '{labels} må vere med. Resten er valfritt.',
    and: 'og',
    print: ['Skriv ut sida med', 'på Mac', 'Skriv under på papiret.'],
    signOnPaper: 'Skriv under på papiret etter at du har skrive ut skjemaet.',
    handwritten: {
      intro: 'Skriv det same som står i skjemaet, for hand på eit vanleg ark:',
      statement: 'Denne setninga',
      behalf: 'Fyller du ut på vegner av pasienten, skriv du òg {labels}.',
    },
  },
} satisfies FormWords;
