/**
 * The fixed texts of the reservation form, one table per language (bokmål, nynorsk, English),
 * with the registry's facts filled in. The fields themselves are in ./fields.ts. Norwegian names
 * of services (eDialog, ID-porten) and of the registry stay Norwegian in every language.
 */
import type { Registry } from '../content/schemas';
import type { FormSection, Lang } from './fields';

/** How to send the form by post: the configured address, or where to find it. */
export type PostInstruction =
  | { kind: 'address'; text: string; addressLines: string[] }
  | { kind: 'link'; text: string; findAddress: string; url: string };

export interface FormTexts {
  /** Document title, also the PDF metadata title. */
  title: string;
  /** PDF metadata subject. */
  subject: string;
  intro: string;
  /** The opt-out statement the patient signs. */
  statement: string;
  sections: Record<FormSection, { heading: string; intro?: string }>;
  send: {
    heading: string;
    post: PostInstruction;
    edialog: { text: string; url: string };
    emailWarning: string;
  };
  next: { heading: string; paragraphs: string[] };
  footer: string;
}

/** Splits the configured postal address ("\n"-separated lines) into trimmed, non-empty lines. */
export function postalAddressLines(registry: Registry): string[] {
  return (registry.secretariat.postalAddress ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

type Words = Omit<FormTexts, 'send' | 'footer'> & {
  send: { heading: string; post: string; findAddress: string; edialog: string; emailWarning: string };
};

const WORDS: Record<Lang, (r: Registry) => Words> = {
  nb: ({ name, shortName, ownerShort, deadlineDays, archiveSystem }) => ({
    title: `Reservasjon mot registrering i ${shortName}`,
    subject: `Skjema for å reservere seg mot registrering i ${name} (${shortName})`,
    intro: 'Du kan reservere deg når som helst og uten å oppgi grunn. Det påvirker ikke behandlingen du får.',
    statement: `Jeg reserverer meg mot registrering i ${name} (${shortName}).`,
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
      post: `Send skjemaet i posten til registersekretariatet i ${shortName}`,
      // No source says what SmerteReg's page lists: point to it, promise nothing about it.
      findAddress: `Kontaktinformasjon til ${shortName} finner du hos ${ownerShort}:`,
      edialog: `Du kan også sende skjemaet sikkert med eDialog. ${ownerShort} bruker eDialog til sikre meldinger. Du logger inn med ID-porten:`,
      emailWarning: 'Send ikke skjemaet med vanlig e-post. Det inneholder fødselsnummer.',
    },
    next: {
      heading: 'Hva skjer etterpå?',
      paragraphs: [
        `Registersekretariatet skal registrere reservasjonen så snart som mulig, og senest ${deadlineDays} dager etter at skjemaet er mottatt. ` +
          `Opplysningene om pasienten i ${shortName} blir slettet. Bare det som trengs for at pasienten ikke skal bli registrert på nytt, blir tatt vare på.`,
        `All korrespondanse mellom deg og ${shortName} blir arkivert i ${archiveSystem}, arkivsystemet til ${ownerShort}.`,
      ],
    },
  }),
  nn: ({ name, shortName, ownerShort, deadlineDays, archiveSystem }) => ({
    title: `Reservasjon mot registrering i ${shortName}`,
    subject: `Skjema for å reservere seg mot registrering i ${name} (${shortName})`,
    intro: 'Du kan reservere deg når som helst og utan å oppgi grunn. Det påverkar ikkje behandlinga du får.',
    statement: `Eg reserverer meg mot registrering i ${name} (${shortName}).`,
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
      post: `Send skjemaet i posten til registersekretariatet i ${shortName}`,
      findAddress: `Kontaktinformasjon til ${shortName} finn du hos ${ownerShort}:`,
      edialog: `Du kan òg sende skjemaet sikkert med eDialog. ${ownerShort} bruker eDialog til sikre meldingar. Du loggar inn med ID-porten:`,
      emailWarning: 'Send ikkje skjemaet med vanleg e-post. Det inneheld fødselsnummer.',
    },
    next: {
      heading: 'Kva skjer etterpå?',
      paragraphs: [
        `Registersekretariatet skal registrere reservasjonen så snart som mogleg, og seinast ${deadlineDays} dagar etter at skjemaet er motteke. ` +
          `Opplysningane om pasienten i ${shortName} blir sletta. Berre det som trengst for at pasienten ikkje skal bli registrert på nytt, blir teke vare på.`,
        `All korrespondanse mellom deg og ${shortName} blir arkivert i ${archiveSystem}, arkivsystemet til ${ownerShort}.`,
      ],
    },
  }),
  en: ({ name, shortName, ownerShort, deadlineDays, archiveSystem }) => ({
    title: `Opt out of registration in ${shortName}`,
    subject: `Form to opt out of registration in ${name} (${shortName})`,
    intro: 'You can opt out at any time without giving a reason. It does not affect your treatment.',
    statement: `I opt out of registration in ${name} (${shortName}).`,
    sections: {
      pasient: { heading: 'About the patient' },
      fullmakt: {
        heading: 'Filled in on behalf of the patient',
        intro: 'Only fill this in if you fill in and sign the form on behalf of the patient.',
      },
      underskrift: { heading: 'Signature' },
    },
    send: {
      heading: 'How to send the form',
      post: `Post the form to the ${shortName} registry secretariat`,
      findAddress: `You can find contact details for ${shortName} at ${ownerShort}:`,
      edialog: `You can also send the form securely through eDialog. ${ownerShort} uses eDialog for secure messages. You log in with ID-porten:`,
      emailWarning: 'Do not send the form by ordinary email. It contains a national identity number.',
    },
    next: {
      heading: 'What happens next?',
      paragraphs: [
        `The registry secretariat must register the opt-out as soon as possible, and no later than ${deadlineDays} days after receiving the form. ` +
          `The patient’s information in ${shortName} is deleted. Only what is needed to stop the patient being registered again is kept.`,
        `All correspondence with ${shortName} is archived in ${archiveSystem}, ${ownerShort}’s archive system.`,
      ],
    },
  }),
};

/** The fixed texts of the form in one language, with the registry's facts filled in. */
export function formTexts(registry: Registry, lang: Lang): FormTexts {
  const words = WORDS[lang](registry);
  const address = postalAddressLines(registry);
  const post: PostInstruction =
    address.length > 0
      ? { kind: 'address', text: `${words.send.post}:`, addressLines: address }
      : {
          kind: 'link',
          text: `${words.send.post}.`,
          findAddress: words.send.findAddress,
          url: registry.urls.smertereg,
        };
  return {
    ...words,
    send: {
      heading: words.send.heading,
      post,
      edialog: { text: words.send.edialog, url: registry.urls.edialog },
      emailWarning: words.send.emailWarning,
    },
    footer: `${registry.name} (${registry.shortName}) · ${registry.owner}`,
  };
}

/** What the printable HTML form says around the form on screen (not printed). */
export interface ScreenTexts {
  intro: string;
  nothingSent: string;
  /** "Fullt navn og fødselsnummer må være med …", from the labels of the required fields. */
  required: (labels: string) => string;
  /** "og" / "and" to join the labels. */
  and: string;
  /** Before and after the key names: "Skriv ut siden med" Ctrl + P "(Cmd + P på Mac)". */
  print: [string, string, string];
  signOnPaper: string;
  /** Writing the form by hand on a plain sheet (HandwrittenForm.astro). */
  handwritten: { intro: string; statement: string; behalf: (labels: string) => string };
}

export const screenTexts: Readonly<Record<Lang, ScreenTexts>> = {
  nb: {
    intro: 'Du kan fylle ut skjemaet her og så skrive det ut. Du kan også skrive det ut tomt og fylle det ut for hånd.',
    nothingSent: 'Ingenting du skriver her blir sendt eller lagret. Det blir borte når du lukker siden.',
    required: (labels) => `${labels} må være med, slik at registersekretariatet finner deg. Resten er valgfritt.`,
    and: 'og',
    print: ['Skriv ut siden med', 'på Mac', 'Skriv under på papiret.'],
    signOnPaper: 'Skriv under på papiret etter at du har skrevet ut skjemaet.',
    handwritten: {
      intro: 'Skriv det samme som står i skjemaet, for hånd på et vanlig ark:',
      statement: 'Denne setningen',
      behalf: (labels) => `Fyller du ut på vegne av pasienten, skriver du også ${labels}.`,
    },
  },
  nn: {
    intro: 'Du kan fylle ut skjemaet her og så skrive det ut. Du kan òg skrive det ut tomt og fylle det ut for hand.',
    nothingSent: 'Ingenting du skriv her, blir sendt eller lagra. Det blir borte når du lukkar sida.',
    required: (labels) => `${labels} må vere med, slik at registersekretariatet finn deg. Resten er valfritt.`,
    and: 'og',
    print: ['Skriv ut sida med', 'på Mac', 'Skriv under på papiret.'],
    signOnPaper: 'Skriv under på papiret etter at du har skrive ut skjemaet.',
    handwritten: {
      intro: 'Skriv det same som står i skjemaet, for hand på eit vanleg ark:',
      statement: 'Denne setninga',
      behalf: (labels) => `Fyller du ut på vegner av pasienten, skriv du òg ${labels}.`,
    },
  },
  en: {
    intro: 'You can fill in the form here and then print it. You can also print it blank and fill it in by hand.',
    nothingSent: 'Nothing you type here is sent or stored. It is gone when you close the page.',
    required: (labels) =>
      `${labels} must be filled in, so that the registry secretariat can find you. The rest is optional.`,
    and: 'and',
    print: ['Print the page with', 'on a Mac', 'Sign the printed form.'],
    signOnPaper: 'Print the form, then sign it on paper.',
    handwritten: {
      intro: 'Write the same things as on the form, by hand, on a plain sheet of paper:',
      statement: 'This sentence',
      behalf: (labels) => `If you are filling it in on behalf of the patient, also write: ${labels}.`,
    },
  },
};
