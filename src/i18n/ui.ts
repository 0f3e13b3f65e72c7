/**
 * Every string the page shell and the shared components show, per interface language.
 * Only `nb` today; `nn` and `en` go beside it. Each language is a full `UiStrings`: a missing
 * key is a type error (astro check), and `assertComplete` below makes it a build error too.
 * Facts (names, URLs, the deadline) are not here: they come from content/registry.yaml.
 */

export interface UiStrings {
  /** The site's name in the header, the title and Open Graph: "Reservasjon mot SmerteReg". */
  siteName: (shortName: string) => string;
  /** BCP 47 tag for <html lang> and JSON-LD, and the Open Graph locale. */
  htmlLang: string;
  ogLocale: string;
  skipLink: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  mainNavLabel: string;
  breadcrumbsLabel: string;
  footerContactHeading: string;
  footerAboutHeading: string;
  footerLinks: { accessibility: string; privacy: string; siteMap: string; changes: string };
  /** "SmerteReg drives av Helse Bergen HF." */
  footerOwner: (shortName: string, owner: string) => string;
  lastChanged: string;
  lastReviewed: string;
  nextReview: string;
  /** Prefix of a warning callout's title. */
  warningPrefix: string;
  contact: {
    phone: string;
    email: string;
    postalAddress: string;
    /**
     * Where contact details that are not configured can be found, without promising what the
     * official page lists: "Kontaktinformasjon til SmerteReg finner du hos Helse Bergen:"
     * (`some`: other details are shown, so "Annen kontaktinformasjon …").
     */
    fallback: (shortName: string, ownerShort: string, some: boolean) => string;
    /** The link text: "SmerteReg på helse-bergen.no". */
    fallbackLink: (shortName: string, host: string) => string;
  };
  /** Intl locale for dates in running text and review dates: "27. november 2026". */
  dateLocale: string;
  /** <Deadline> (src/components/Deadline.astro): the deadline in words, the number from the registry. */
  deadline: {
    /** For patients: "så snart som mulig". */
    soon: string;
    /** The source's own legal phrase, for clinicians: "uten ugrunnet opphold". */
    legal: string;
    /** `<Deadline days />`: "30 dager". */
    days: (days: number) => string;
    /** "så snart som mulig, og senest 30 dager etter at de har mottatt reservasjonsskjemaet". */
    full: (soon: string, days: number) => string;
  };
  /** <MethodDetail> (one method's page) and <MethodList> (the method cards). */
  method: {
    suitsHeading: string;
    /** "Denne måten passer for deg som …", followed by the method's `suits` text. */
    suits: (who: string) => string;
    needsHeading: string;
    stepsHeading: string;
    durationHeading: string;
    confirmationHeading: string;
    /** Labels on a method card: "Passer for deg som", "Du trenger". */
    cardSuits: string;
    cardNeeds: string;
  };
  /** <FeedbackContact>: where feedback on the website goes (the accessibility statement). */
  feedback: {
    intro: string;
    /** "Nettstedet drives av …", with the configured name. */
    runBy: (name: string) => string;
    email: string;
    phone: string;
    website: string;
    /** While no feedback channel is configured. */
    missing: string;
  };
  /** <Download>: the details in a download link's brackets, «(PDF, bokmål, 46 kB)». */
  download: {
    /** The file's language as written in the link. */
    langNames: { nb: string; nn: string };
    pdf: string;
    /** In sizes: "9,4 kB". */
    decimalSeparator: string;
    /** Unit of sizes under 1 kB: "850 byte". */
    byteUnit: string;
    details: (type: string, langName: string, size: string) => string;
  };
  /** <Changelog> (/endringer/): the labels of each entry. */
  changelog: { why: string; pages: string };
  /** <PageList> (the site map): "Og 12 sider til under", followed by a link to the section. */
  pageList: { more: (count: number) => string };
  /** <HandwrittenForm>: writing the reservation form by hand. */
  handwritten: {
    intro: string;
    /** "Denne setningen: «…»", with the form's statement. */
    statement: (statement: string) => string;
    /** "Fyller du ut på vegne av pasienten, skriver du også … og …." (field names in lower case). */
    behalf: (fields: string[]) => string;
  };
  /** <GuideIllustration>: the caption of the drawing of helsenorge.no. */
  guideIllustration: { caption: string };
}

const nb: UiStrings = {
  siteName: (shortName) => `Reservasjon mot ${shortName}`,
  htmlLang: 'nb',
  ogLocale: 'nb_NO',
  skipLink: 'Hopp til hovedinnholdet',
  searchLabel: 'Søk på nettstedet',
  searchPlaceholder: 'Søk',
  searchButton: 'Søk',
  mainNavLabel: 'Hovedmeny',
  breadcrumbsLabel: 'Brødsmulesti',
  footerContactHeading: 'Kontakt registersekretariatet',
  footerAboutHeading: 'Om nettstedet',
  footerLinks: {
    accessibility: 'Tilgjengelighetserklæring',
    privacy: 'Personvern: ingen informasjonskapsler',
    siteMap: 'Oversikt over alle sidene',
    changes: 'Endringer på nettstedet',
  },
  footerOwner: (shortName, owner) => `${shortName} drives av ${owner}.`,
  lastChanged: 'Sist endret',
  lastReviewed: 'Sist gjennomgått',
  nextReview: 'Neste gjennomgang',
  warningPrefix: 'Viktig: ',
  contact: {
    phone: 'Telefon',
    email: 'E-post',
    postalAddress: 'Postadresse',
    fallback: (shortName, ownerShort, some) =>
      `${some ? 'Annen kontaktinformasjon' : 'Kontaktinformasjon'} til ${shortName} finner du hos ${ownerShort}:`,
    fallbackLink: (shortName, host) => `${shortName} på ${host}`,
  },
  dateLocale: 'nb-NO',
  deadline: {
    soon: 'så snart som mulig',
    legal: 'uten ugrunnet opphold',
    days: (days) => `${days} dager`,
    full: (soon, days) => `${soon}, og senest ${days} dager etter at de har mottatt reservasjonsskjemaet`,
  },
  method: {
    suitsHeading: 'Passer dette for deg?',
    suits: (who) => `Denne måten passer for deg som ${who}`,
    needsHeading: 'Dette trenger du',
    stepsHeading: 'Slik gjør du det',
    durationHeading: 'Hvor lang tid tar det?',
    confirmationHeading: 'Slik vet du at det er registrert',
    cardSuits: 'Passer for deg som',
    cardNeeds: 'Du trenger',
  },
  feedback: {
    intro: 'Gi beskjed, så kan det bli rettet.',
    runBy: (name) => `Nettstedet drives av ${name}.`,
    email: 'E-post',
    phone: 'Telefon',
    website: 'Nettside',
    missing: 'Det er ennå ikke satt opp en egen kontakt for tilbakemeldinger om nettstedet.',
  },
  download: {
    langNames: { nb: 'bokmål', nn: 'nynorsk' },
    pdf: 'PDF',
    decimalSeparator: ',',
    byteUnit: 'byte',
    details: (type, langName, size) => `${type}, ${langName}, ${size}`,
  },
  changelog: { why: 'Hvorfor:', pages: 'Sider:' },
  pageList: { more: (count) => `Og ${count} sider til under` },
  handwritten: {
    intro: 'Skriv det samme som står i skjemaet, for hånd på et vanlig ark:',
    statement: (statement) => `Denne setningen: «${statement}»`,
    behalf: (fields) => `Fyller du ut på vegne av pasienten, skriver du også ${fields.join(' og ')}.`,
  },
  guideIllustration: {
    caption:
      'Tegningen viser veien: navnet ditt øverst på siden, menyen som åpner seg, og valget der du reserverer deg. Den er forenklet og er ikke et bilde av helsenorge.no.',
  },
};

export const UI = { nb } as const satisfies Record<string, UiStrings>;
export type UiLang = keyof typeof UI;
export const DEFAULT_LANG: UiLang = 'nb';

/**
 * The interface language of a page from `Astro.currentLocale` (Astro i18n sets it from the URL).
 * Undefined or a locale without strings gives the default, bokmål. In a component:
 *   const t = ui(langOf(Astro.currentLocale));
 */
export function langOf(locale: string | undefined): UiLang {
  return locale !== undefined && Object.hasOwn(UI, locale) ? (locale as UiLang) : DEFAULT_LANG;
}

/** The strings for one interface language. */
export function ui(lang: UiLang = DEFAULT_LANG): UiStrings {
  return UI[lang];
}

/**
 * Every language has every key of `nb`, at every depth, and no empty string. Runs when the
 * module loads, so a gap fails the build as well as astro check.
 */
export function assertComplete(all: Record<string, unknown>, reference: unknown = nb): void {
  const walk = (ref: unknown, value: unknown, path: string) => {
    if (typeof ref === 'object' && ref !== null) {
      if (typeof value !== 'object' || value === null) throw new Error(`src/i18n/ui.ts: ${path} is missing`);
      for (const key of Object.keys(ref))
        walk((ref as Record<string, unknown>)[key], (value as Record<string, unknown>)[key], `${path}.${key}`);
    } else if (typeof value !== typeof ref || value === '') {
      throw new Error(`src/i18n/ui.ts: ${path} is missing or empty`);
    }
  };
  for (const [lang, strings] of Object.entries(all)) walk(reference, strings, lang);
}
assertComplete(UI);
