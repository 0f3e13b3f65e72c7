/**
 * The site's languages, one row each, and what each has: the one place that says which languages
 * exist. astro.config.mjs reads it for Astro's i18n routing and the sitemap; everything else that
 * differs by language reads it from here (the tags for <html lang>, Open Graph, PDFs and dates) or
 * from the language's words in src/i18n/<code>/. The first row is the default language, served
 * without a prefix ("/"); the others under "/<code>/".
 *
 * - name: the language's name in itself, for the language switcher.
 * - htmlLang: BCP 47 tag for <html lang>, hreflang and JSON-LD.
 * - ogLocale: Open Graph locale.
 * - pdfLang: the PDFs' document language (/Lang).
 * - dateLocales: Intl locales for dates, first choice first (a browser may lack nn-NO).
 * - scope: which bokmål pages the language has. "all", or "patient": every page whose audience is
 *   not "helsepersonell" (clinician pages stay Norwegian, and the site says so). A language of
 *   scope "all" has the clinicians' tools and words too (src/i18n/dictionary.ts, by type).
 */
export const LANGUAGES = [
  {
    code: 'nb',
    name: 'Bokmål',
    htmlLang: 'nb',
    ogLocale: 'nb_NO',
    pdfLang: 'nb-NO',
    dateLocales: ['nb-NO'],
    scope: 'all',
  },
  {
    code: 'nn',
    name: 'Nynorsk',
    htmlLang: 'nn',
    ogLocale: 'nn_NO',
    pdfLang: 'nn-NO',
    dateLocales: ['nn-NO', 'nb-NO'],
    scope: 'all',
  },
  {
    code: 'en',
    name: 'English',
    htmlLang: 'en',
    ogLocale: 'en_GB',
    pdfLang: 'en',
    dateLocales: ['en-GB'],
    scope: 'patient',
  },
] as const satisfies readonly Language[];

export interface Language {
  code: string;
  name: string;
  htmlLang: string;
  ogLocale: string;
  pdfLang: string;
  dateLocales: readonly string[];
  scope: 'all' | 'patient';
}

type Row = (typeof LANGUAGES)[number];
/** A language of the site: 'nb' | 'nn' | 'en'. The one type that means "a language". */
export type Lang = Row['code'];
/** The languages that have every page, the clinicians' pages and tools among them. */
export type FullLang = Extract<Row, { scope: 'all' }>['code'];

export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);
export const DEFAULT_LANG = LANGUAGES[0].code satisfies Lang;
/** The languages with clinician pages and tools, in site order. */
export const FULL_LANGS: readonly FullLang[] = LANGUAGES.filter((l) => l.scope === 'all').map((l) => l.code);

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

export function isFullLang(value: string | undefined): value is FullLang {
  return value !== undefined && (FULL_LANGS as readonly string[]).includes(value);
}

/** What a language has (the row above). */
export function language(lang: Lang): Language {
  return LANGUAGES.find((l) => l.code === lang)!;
}

/** The language of a locale string such as `Astro.currentLocale`: the default when unknown. */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/**
 * `lang` if it is one of `available` (the languages a document or a tool exists in), else the
 * default language, which everything exists in: `within('en', FULL_LANGS)` is 'nb'. The one
 * "this language, else bokmål".
 */
export function within<L extends Lang>(lang: string | undefined, available: readonly L[]): L {
  return (available as readonly string[]).includes(lang ?? '') ? (lang as L) : (DEFAULT_LANG as L);
}

/** Whether a language must translate a page of the given audience. */
export function inScope(lang: Lang, audience: string): boolean {
  return language(lang).scope === 'all' || audience !== 'helsepersonell';
}

/** The site path prefix of a language: "" for the default, "/nn" for nynorsk. */
export function prefixOf(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/**
 * The language of the text a component renders: the page's text language, which is bokmål on a
 * page shown in bokmål because it has no translation yet (set by src/pages/[...slug].astro in
 * `Astro.locals`), otherwise the language of the URL. Components call `textLang(Astro)`.
 */
export function textLang(astro: { locals: App.Locals; currentLocale: string | undefined }): Lang {
  return astro.locals.textLang ?? langOf(astro.currentLocale);
}
