/** The reservation form in bokmål (the keys: src/i18n/schema/form.ts). */
import type { FormWords } from '../schema/index.ts';

export default {
  title: 'Reservasjon mot registrering i {shortName}',
  subject: 'Skjema for å reservere seg mot registrering i {name} ({shortName})',
  keywords: ['reservasjon', 'reservasjonsskjema'],
  intro: 'Du kan reservere deg når som helst og uten å oppgi grunn. Det påvirker ikke behandlingen du får.',
  statement: 'Jeg reserverer meg mot registrering i {name} ({shortName}).',
  fields: {
    'pasient.navn': { label: 'Fullt navn' },
    'pasient.fodselsnummer': { label: 'Fødselsnummer', hint: '11 siffer' },
    'pasient.adresse': { label: 'Adresse' },
    'pasient.postnummer': { label: 'Postnummer' },
    'pasient.poststed': { label: 'Poststed' },
    'pasient.telefon': { label: 'Telefonnummer' },
    'pasient.sykehus': { label: 'Sykehuset som behandlet pasienten' },
    'fullmakt.navn': { label: 'Navn på den som fyller ut' },
    'fullmakt.relasjon': { label: 'Forhold til pasienten' },
    'underskrift.stedDato': { label: 'Sted og dato' },
    'underskrift.signatur': { label: 'Underskrift', hint: 'pasienten eller den som fyller ut' },
  },
  optional: 'valgfritt',
  sections: {
    pasient: { heading: 'Opplysninger om pasienten' },
    fullmakt: {
      heading: 'Utfylt på vegne av pasienten',
      intro: 'Fyll ut dette bare hvis du fyller ut og skriver under skjemaet på vegne av pasienten.',
    },
    underskrift: { heading: 'Underskrift' },
  },
  send: {
    heading: 'Slik sender du skjemaet',
    post: 'Send skjemaet i posten til registersekretariatet i {shortName}',
    // No source says what SmerteReg's page lists: point to it, promise nothing about it.
    findAddress: 'Kontaktinformasjon til {shortName} finner du hos {ownerShort}:',
    edialog:
      'Du kan også sende skjemaet sikkert med eDialog. {ownerShort} bruker eDialog til sikre meldinger. Du logger inn med ID-porten:',
    emailWarning: 'Send ikke skjemaet med vanlig e-post. Det inneholder fødselsnummer.',
  },
  next: {
    heading: 'Hva skjer etterpå?',
    paragraphs: [
      'Registersekretariatet skal registrere reservasjonen så snart som mulig, og senest {deadlineDays} dager etter at skjemaet er mottatt. Opplysningene om pasienten i {shortName} blir slettet.',
      'All korrespondanse mellom deg og {shortName} blir arkivert i {archiveSystem}, arkivsystemet til {ownerShort}.',
    ],
  },
  screen: {
    intro: 'Du kan fylle ut skjemaet her og så skrive det ut. Du kan også skrive det ut tomt og fylle det ut for hånd.',
    nothingSent: 'Ingenting du skriver her blir sendt eller lagret. Det blir borte når du lukker siden.',
    required: '{labels} må være med. Resten er valgfritt.',
    and: 'og',
    print: ['Skriv ut siden med', 'på Mac', 'Skriv under på papiret.'],
    signOnPaper: 'Skriv under på papiret etter at du har skrevet ut skjemaet.',
    handwritten: {
      intro: 'Skriv det samme som står i skjemaet, for hånd på et vanlig ark:',
      statement: 'Denne setningen',
      behalf: 'Fyller du ut på vegne av pasienten, skriver du også {labels}.',
    },
  },
} satisfies FormWords;
