/**
 * Where the search page is, per language. Pagefind builds one index per `<html lang>`, and a
 * search from a page searches the index of that page's language, so each language gets its own
 * search page: /sok/ for bokmål (the site's default language), /<lang>/sok/ for the others
 * (/nn/sok/, /en/sok/: content/pages/<lang>/sok.mdx).
 */

import { DEFAULT_LANG } from '../../i18n/languages';

/** The search page's file name in each language's folder (content/pages/<lang>/sok.mdx). */
const SEARCH_SLUG = 'sok';

/** A page's URL in a language: the same path, with "/<lang>" in front except in bokmål. */
function localPath(lang: string, path: string): string {
  const l = lang.toLowerCase();
  return l === DEFAULT_LANG ? path : `/${l}${path}`;
}

/** The URL of the search page in a language: "/sok/" for nb, "/nn/sok/" for nn. */
export function searchPath(lang: string = DEFAULT_LANG): string {
  return localPath(lang, `/${SEARCH_SLUG}/`);
}

/** The site map, where the search page sends readers when the search finds nothing or cannot run. */
export function siteMapPath(lang: string = DEFAULT_LANG): string {
  return localPath(lang, '/nettstedskart/');
}

/** Is this page id (its path under content/pages/<lang>/, no slashes at the ends) a search page? */
export function isSearchPage(id: string): boolean {
  return id === SEARCH_SLUG || id.endsWith(`/${SEARCH_SLUG}`);
}
