/**
 * The helsenorge guide's own wording (headings and the few sentences around the method's steps),
 * per language, for the page and the PDF. A typed table rather than YAML: these are a dozen
 * short interface-like strings with facts put in by code, like src/i18n/ui.ts; a missing key or
 * language is a type error in astro check. The steps, what you need, the caveat and how you know
 * it worked are the `helsenorge` method's words (passed in), not here.
 */
import { within } from '../../i18n/languages.ts';

/** The languages the guide is written in: the page in all three, the PDF in nb and nn. */
export type GuideLang = 'nb' | 'nn' | 'en';
export const GUIDE_LANGS: readonly GuideLang[] = ['nb', 'nn', 'en'];

/** A page's locale as a guide language; undefined or unknown is bokmål. */
export function guideLang(locale: string | undefined): GuideLang {
  return within(locale, GUIDE_LANGS);
}

export interface GuideWords {
  /** After the method's summary: "Her er stegene." */
  stepsFollow: string;
  needs: string;
  steps: string;
  /** Used only when the method has no caveat of its own. */
  screensMayChange: string;
  confirmation: string;
  help: string;
  /** "Ring Veiledning Helsenorge på", the number, then ", {hours}." */
  call: (supportName: string) => string;
  notListed: (shortName: string) => string;
  notListedIntro: string;
  moreInfo: string;
  /** The link text of the registry's own pages. */
  registryPages: (shortName: string) => string;
  /** The PDF's footer: "Reservasjon mot SmerteReg · Sist gjennomgått 27. november 2026". */
  footer: (shortName: string, date: string) => string;
  /** The PDF's keywords besides the registry's name and helsenorge.no. */
  keywords: string[];
}

export const GUIDE_WORDS: Readonly<Record<GuideLang, GuideWords>> = {
  nb: {
    stepsFollow: 'Her er stegene.',
    needs: 'Dette trenger du først',
    steps: 'Slik gjør du det',
    screensMayChange:
      'Skjermbildene på helsenorge.no kan endre seg. Knappene og menyene kan se annerledes ut eller hete noe annet.',
    confirmation: 'Slik vet du at det er registrert',
    help: 'Trenger du hjelp med helsenorge.no?',
    call: (name) => `Ring ${name} på `,
    notListed: (shortName) => `Finner du ikke ${shortName}?`,
    notListedIntro: 'Da kan du reservere deg på en av de andre måtene:',
    moreInfo: 'Du kan også lese mer på ',
    registryPages: (shortName) => `nettsidene til ${shortName}`,
    footer: (shortName, date) => `Reservasjon mot ${shortName} · Sist gjennomgått ${date}`,
    keywords: ['reservasjon', 'brukerveiledning'],
  },
  nn: {
    stepsFollow: 'Her er stega.',
    needs: 'Dette treng du først',
    steps: 'Slik gjer du det',
    screensMayChange:
      'Skjermbileta på helsenorge.no kan endre seg. Knappane og menyane kan sjå annleis ut eller heite noko anna.',
    confirmation: 'Slik veit du at det er registrert',
    help: 'Treng du hjelp med helsenorge.no?',
    call: (name) => `Ring ${name} på `,
    notListed: (shortName) => `Finn du ikkje ${shortName}?`,
    notListedIntro: 'Då kan du reservere deg på ein av dei andre måtane:',
    moreInfo: 'Du kan òg lese meir på ',
    registryPages: (shortName) => `nettsidene til ${shortName}`,
    footer: (shortName, date) => `Reservasjon mot ${shortName} · Sist gjennomgått ${date}`,
    keywords: ['reservasjon', 'brukarrettleiing'],
  },
  en: {
    stepsFollow: 'Here are the steps.',
    needs: 'What you need first',
    steps: 'How to do it',
    screensMayChange:
      'The screens on helsenorge.no may change. The buttons and menus may look different or have other names.',
    confirmation: 'How to check it has been registered',
    help: 'Do you need help with helsenorge.no?',
    call: (name) => `Call ${name} on `,
    notListed: (shortName) => `Can’t find ${shortName}?`,
    notListedIntro: 'Then you can opt out in one of the other ways:',
    moreInfo: 'You can also read more on ',
    registryPages: (shortName) => `the ${shortName} web pages (in Norwegian)`,
    footer: (shortName, date) => `Opting out of ${shortName} · Last reviewed ${date}`,
    keywords: ['opt out', 'user guide'],
  },
};
