/**
 * What the search page asks the browser to fetch as soon as it reads the HTML, so that the first
 * search does not wait for one file after another (page script → Pagefind → its entry file →
 * WebAssembly and index). Rendered by src/components/SearchPreload.astro.
 *
 * Pagefind (1.6) loads, on init(): `pagefind-entry.json?ts=<tag>` (which names the language's
 * index), then together `pagefind.<hash>.pf_meta` and `wasm.<lang>.pagefind`; a search then loads
 * index chunks and one fragment per result. Everything Pagefind fetches goes through fetch(), so
 * a matching preload is `as="fetch"` with `crossorigin` (fetch()'s default CORS mode with
 * same-origin credentials; without the attribute the browser would fetch the file twice).
 * The `?ts=` on the entry file is Pagefind's cache-buster: by default the current time, which
 * no preload can match, so the page passes Pagefind a fixed tag per build (its `metaCacheTag`
 * option) and preloads the entry file with that tag. The meta file's name holds a hash of the
 * index, which is written after the pages are built, so it cannot be preloaded from here.
 */

/** Where `pagefind --site dist` writes its files. */
export const PAGEFIND_BASE = '/pagefind/';

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
  rel: 'modulepreload' | 'preload';
  href: string;
  /** For rel="preload": what will fetch it. */
  as?: 'fetch';
  /** For rel="preload" as="fetch": must be present to match fetch()'s CORS mode. */
  crossorigin?: 'anonymous';
}

/**
 * The name Pagefind gives the WebAssembly for a language: `wasm.<lang>.pagefind`, the language
 * code in lower case as in `<html lang>` ("nb", "nn", "en"). Pagefind falls back to
 * `wasm.unknown.pagefind` for a language it has no stemmer for; such a page would then fetch
 * that file besides the preloaded one (tests/e2e/search-page.spec.ts checks nb).
 */
export function wasmFile(lang: string, base = PAGEFIND_BASE): string {
  return `${base}wasm.${lang.toLowerCase()}.pagefind`;
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

/** The preloads for the search page in `lang`: Pagefind's module, its entry file and its WebAssembly. */
export function searchPreloads(lang: string, tag: string = INDEX_TAG, base = PAGEFIND_BASE): Preload[] {
  return [
    { rel: 'modulepreload', href: pagefindModule(base) },
    { rel: 'preload', href: entryFile(tag, base), as: 'fetch', crossorigin: 'anonymous' },
    { rel: 'preload', href: wasmFile(lang, base), as: 'fetch', crossorigin: 'anonymous' },
  ];
}
