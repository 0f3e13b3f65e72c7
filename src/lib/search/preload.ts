/**
 * What the search page asks the browser to fetch as soon as it reads the HTML. Rendered by
 * src/components/search/SearchPreload.astro.
 *
 * Pagefind (1.6) runs in its web worker (src/lib/search/search.ts): pagefind.js starts
 * `pagefind-worker.js`, which fetches `pagefind-entry.json?ts=<tag>` (naming the language's
 * index), then together `pagefind.<hash>.pf_meta` and `wasm.<lang>.pagefind` (wasmFile()); a
 * search then loads index chunks and one fragment per result.
 * - pagefind.js is imported by the page's script: it is modulepreloaded.
 * - Nothing the worker fetches is preloaded: a `preload` belongs to the document, so the worker
 *   would fetch the file a second time and Chrome would warn "preloaded but not used"; and a
 *   `prefetch` was not reused by the worker either (Chromium 14x, checked: every file requested
 *   twice). The worker's chain (entry → meta and WebAssembly → index → fragments) delays only
 *   the results, which are not the page's Largest Contentful Paint (SearchPage.astro).
 * The `?ts=` on the entry file is Pagefind's cache-buster, by default the current time; the page
 * passes Pagefind a fixed tag per build instead (its `metaCacheTag` option), so that a browser
 * can keep the entry file in its HTTP cache until the next build.
 */

/** Where `pagefind --site dist` writes its files. */
const PAGEFIND_BASE = '/pagefind/';

/**
 * The tag for Pagefind's `metaCacheTag`: new with every build, so that a browser never pairs a
 * cached entry file with a newer index. SOURCE_DATE_EPOCH (seconds), when set, makes builds
 * reproducible.
 */
export const INDEX_TAG: string = buildTag(process.env.SOURCE_DATE_EPOCH);

/** Base-36 milliseconds: letters and digits only, so it needs no escaping in a URL. */
export function buildTag(sourceDateEpoch?: string, now = Date.now()): string {
  const ms = sourceDateEpoch ? Number(sourceDateEpoch) * 1000 : now;
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds, not "${sourceDateEpoch}"`);
  return Math.floor(ms).toString(36);
}

export interface Preload {
  rel: 'modulepreload';
  href: string;
}

/**
 * This site's languages (and "no"), which Pagefind 1.6 stems, by `<html lang>` code. Checked by
 * indexing pages in each: "nb", "nn" and "no" all use the (Snowball) Norwegian stemmer, with the
 * same index ("skjemaet" → "skjema", "reservasjonar" → "reservasjon") and the same WebAssembly
 * under their own names; "en" uses the English one. Pagefind stems more languages; check a code
 * (its `wasm.<code>.pagefind` in dist/pagefind/) before adding it here.
 */
const STEMMED_LANGS: readonly string[] = ['nb', 'nn', 'no', 'en'];

/**
 * The WebAssembly Pagefind fetches for a page in `lang` (its `<html lang>`):
 * `wasm.<lang>.pagefind` for a stemmed language, `wasm.unknown.pagefind` for any other.
 */
export function wasmFile(lang: string, base = PAGEFIND_BASE): string {
  const l = lang.toLowerCase();
  return `${base}wasm.${STEMMED_LANGS.includes(l) ? l : 'unknown'}.pagefind`;
}

/** The module that the search page imports. */
export function pagefindModule(base = PAGEFIND_BASE): string {
  return `${base}pagefind.js`;
}

/** The entry file as Pagefind fetches it when given `metaCacheTag: tag` (Pagefind does not escape it). */
export function entryFile(tag: string, base = PAGEFIND_BASE): string {
  if (!/^[\w.-]+$/.test(tag)) throw new Error(`The index tag must be letters, digits, "_", "." or "-", not "${tag}"`);
  return `${base}pagefind-entry.json?ts=${tag}`;
}

/** The links for the search page: Pagefind's module, which the page's script imports at once. */
export function searchPreloads(base = PAGEFIND_BASE): Preload[] {
  return [{ rel: 'modulepreload', href: pagefindModule(base) }];
}
