/**
 * The site's languages: one line each. Adding a language (e.g. nordsamisk, `se`) means one line
 * here, its interface dictionary beside src/i18n/nb.ts, its words in content/words/<code>/ and
 * its pages in content/pages/<code>/. astro.config.mjs reads this list for Astro's i18n routing
 * and the sitemap. The first language is the default, served without a prefix ("/"); the others
 * under "/<code>/".
 *
 * name: the language's name in itself, for the language switcher.
 * scope: which bokmål pages the language must have. "all" pages, or "patient": every page whose
 * audience is not "helsepersonell" (clinician pages stay Norwegian, and the site says so).
 */
export const LANGUAGES = [
  { code: 'nb', name: 'Bokmål', scope: 'all' },
  { code: 'nn', name: 'Nynorsk', scope: 'all' },
  { code: 'en', name: 'English', scope: 'patient' },
] as const satisfies readonly { code: string; name: string; scope: 'all' | 'patient' }[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export type Scope = (typeof LANGUAGES)[number]['scope'];

export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);
export const DEFAULT_LANG: Lang = LANGUAGES[0].code;

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

/**
 * `lang` if it is one of `available` (the languages a document or a tool exists in), else the
 * default language, which everything exists in: `within('en', ['nb', 'nn'])` is 'nb'.
 */
export function within<L extends Lang>(lang: string | undefined, available: readonly L[]): L {
  return (available as readonly string[]).includes(lang ?? '') ? (lang as L) : (DEFAULT_LANG as L);
}

/** Whether a language must translate a page of the given audience. */
export function inScope(lang: Lang, audience: string): boolean {
  const scope: Scope = LANGUAGES.find((l) => l.code === lang)!.scope;
  return scope === 'all' || audience !== 'helsepersonell';
}

/** The language's name in itself ("Nynorsk"). */
export function languageName(lang: Lang): string {
  return LANGUAGES.find((l) => l.code === lang)!.name;
}
