/**
 * Every string the page shell and the shared components show, per interface language: `nb`
 * here, the other languages in src/i18n/<lang>.ts (the list of languages: src/i18n/languages.ts). Each language is a full `UiStrings`: a missing
 * key is a type error (astro check), and `assertComplete` below makes it a build error too.
 * Facts (names, URLs, the deadline) are not here: they come from content/registry.yaml.
 */

import { DEFAULT_LANG, isLang, type Lang } from './languages';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';

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
  /** Opening hours on weekdays: "hverdager kl. 08.00–15.30". */
  openingHours: (opens: string, closes: string) => string;
  /** aria-label of the language switcher in the header. */
  languageNavLabel: string;
  /** On a page shown in bokmål because it has no translation yet: a heading and one sentence. */
  fallbackNotice: { title: string; text: string };
  /** After a link to a page that exists only in bokmål ("in Norwegian"). */
  inBokmal: string;
  /** Prefix of a warning callout's title. */
  warningPrefix: string;
  /**
   * The search page (SearchPage.astro and src/scripts/search-page.ts). The script's strings reach
   * it through data attributes, so it stays language-free: `{n}` is the number of results and
   * `{q}` the query, both filled in by the script.
   */
  search: {
    /** The field's label: "Hva leter du etter?" */
    label: string;
    /** The hint under the label, with example words. */
    help: string;
    button: string;
    /** Accessible name of the results list. */
    resultsLabel: string;
    /** "{n} treff for «{q}»" */
    count: string;
    /** "Ingen treff for «{q}»." */
    noResults: string;
    /** When Pagefind cannot be loaded. */
    failed: string;
    /** After no results: "Prøv et annet ord, eller se" + the site-map link + "." */
    tryAgain: string;
    siteMapLink: string;
  };
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
    langNames: { nb: string; nn: string; en: string };
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
  /** <GuideIllustration>: the caption of the drawing of helsenorge.no. */
  guideIllustration: { caption: string };
}

export const UI = { nb, nn, en } as const satisfies Record<Lang, UiStrings>;
export type UiLang = Lang;
export { DEFAULT_LANG };

/** The strings for one interface language. */
export function ui(lang: UiLang = DEFAULT_LANG): UiStrings {
  return UI[lang];
}

/** The language of a locale string such as `Astro.currentLocale`: the default when unknown. */
export function langOf(locale: string | undefined): UiLang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/**
 * The language of the text a component renders: the page's text language, which is bokmål on a
 * page shown in bokmål because it has no translation yet (set by src/pages/[...slug].astro in
 * `Astro.locals`), otherwise the language of the URL. Components call `textLang(Astro)`.
 */
export function textLang(astro: { locals: App.Locals; currentLocale: string | undefined }): UiLang {
  return astro.locals.textLang ?? langOf(astro.currentLocale);
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
