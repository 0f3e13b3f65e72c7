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
};

export const UI = { nb } as const satisfies Record<string, UiStrings>;
export type UiLang = keyof typeof UI;
export const DEFAULT_LANG: UiLang = 'nb';

/** A page's locale (Astro.currentLocale) as an interface language: 'nb' for undefined/unknown. */
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
