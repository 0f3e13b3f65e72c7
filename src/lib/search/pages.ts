/**
 * Where the search page is, per language. Pagefind builds one index per `<html lang>`, and a
 * search from a page searches the index of that page's language, so each language gets its own
 * search page: /sok/ for bokmål (the site's default language), /<lang>/sok/ for the others
 * once they exist (e.g. /nn/sok/, with its pages under content/pages/nn/).
 */

/** The site's default language: its pages have no language prefix in their URL. */
export const DEFAULT_LANG = 'nb';

/** The search page's file name in each language's folder (content/pages/<lang>/sok.mdx). */
export const SEARCH_SLUG = 'sok';

/** The URL of the search page in a language: "/sok/" for nb, "/nn/sok/" for nn. */
export function searchPath(lang: string = DEFAULT_LANG): string {
  const l = lang.toLowerCase();
  return l === DEFAULT_LANG ? `/${SEARCH_SLUG}/` : `/${l}/${SEARCH_SLUG}/`;
}

/** Is this page id (its path under content/pages/<lang>/, no slashes at the ends) a search page? */
export function isSearchPage(id: string): boolean {
  return id === SEARCH_SLUG || id.endsWith(`/${SEARCH_SLUG}`);
}
