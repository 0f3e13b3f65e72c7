/**
 * The one source of the site's HTTP security and cache headers.
 *
 * - Pages put `metaCsp(path)` in their `<meta http-equiv="Content-Security-Policy">`.
 * - The nginx configuration (deploy/nginx/locations.conf), `_headers` (Netlify, Cloudflare Pages)
 *   and `staticwebapp.config.json` (Azure Static Web Apps) are generated from `RULES` and
 *   `COMMON_HEADERS` by src/lib/security/targets.ts.
 *
 * Only the search pages run Pagefind (in its web worker, which fetches the index and runs the
 * WebAssembly, see src/lib/search/search.ts); the e-mail composer
 * runs one same-origin script; every other page runs no JavaScript at all, so its policy allows
 * none. Files that are not pages (CSS, JS, PDFs, images, search index) get a policy that allows
 * nothing, which is what a browser opening them directly needs.
 */

import { DEFAULT_LANG, LANGS, inScope } from '../../i18n/languages.ts';
import { pathOf } from '../content/site.ts';

/** Pages that run Pagefind search: the search page in every language ('/sok/', '/nn/sok/', …). */
export const SEARCH_PAGES: readonly string[] = LANGS.map((l) => pathOf('sok', l));
/** Pages that run the PID e-mail composer script: in every language that has clinician pages. */
export const COMPOSER_PAGES: readonly string[] = LANGS.filter((l) => inScope(l, 'helsepersonell')).map((l) =>
  pathOf('helsepersonell/e-post', l),
);
/** The 404 page of each language but the default (whose is /404.html): '/nn/404/'. */
export const NOT_FOUND_PAGES: readonly { prefix: string; page: string }[] = LANGS.slice(1).map((l) => ({
  prefix: `/${l}/`,
  page: pathOf('404', l),
}));

const PAGE_BASE = [
  "default-src 'none'",
  "style-src 'self'",
  // data: is for the download icon, an SVG mask in global.css.
  "img-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
];

const join = (directives: string[]) => directives.join('; ');

/**
 * `connect-src 'self'` on pages without JavaScript, for one reader: Lighthouse (the engine of
 * PageSpeed Insights) checking robots.txt. Lighthouse 13 loads /robots.txt with the DevTools protocol's
 * `Network.loadNetworkResource` bound to the page's frame (core/gather/fetcher.js), so Chromium
 * applies the page's CSP as to a fetch() the page made; under `default-src 'none'` that is
 * refused ("Fetch of robots.txt failed: CSP violation"), and SEO drops to 92 on every page.
 *
 * What it grants a page without script: nothing a script could use, since none may run (no
 * script-src, `default-src 'none'`). What markup alone can send under connect-src is a ping
 * (`<a ping>`) and, in some browsers, a prefetch; `'self'` keeps those on this site, which
 * `img-src 'self'` and plain links can already reach. No other site becomes reachable.
 *
 * Why not only the one file (`connect-src https://<host>/robots.txt`; `'self'` cannot carry a
 * path, a host source can): the host is not known everywhere the policy is written. The meta
 * tag and `_headers` know SITE_URL at build, but deploy/nginx/locations.conf is generated without
 * it and ships in the container, and a site is also reached under names SITE_URL does not give
 * (http before the redirect, www or not, a staging or preview host, 127.0.0.1 in the bench),
 * where the check would fail again. The path would only narrow same-origin pings and prefetches,
 * which grant nothing, at the price of a policy that differs per deployment.
 *
 * The two pages with script keep their own policies and gain nothing: search already has
 * `connect-src 'self'` (Pagefind fetches its index), and the e-mail composer, which handles a
 * PID, keeps no connect-src at all, so Lighthouse still reports robots.txt as not fetched on
 * that one page (SEO 92 there). tests/unit/security-headers.test.ts pins the rule and its
 * limits; tests/server/robots-fetch.test.ts makes Lighthouse's request in Chromium.
 */
const LIGHTHOUSE_ROBOTS = "connect-src 'self'";

/**
 * CSP for a page without JavaScript: a `default-src 'none'` policy with no script source, and
 * `connect-src 'self'` for Lighthouse's robots.txt check (see LIGHTHOUSE_ROBOTS).
 */
const STATIC_PAGE_CSP = join([...PAGE_BASE, LIGHTHOUSE_ROBOTS]);
/** CSP for the search pages: Pagefind's WebAssembly and its same-origin index fetches. */
const SEARCH_PAGE_CSP = join([...PAGE_BASE, "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'"]);
/** CSP for the e-mail composer: one same-origin script, no network access. */
const COMPOSER_PAGE_CSP = join([...PAGE_BASE, "script-src 'self'"]);
/**
 * CSP header of Pagefind's web worker script: a worker runs under the policy of its own script's
 * response, and this one fetches the index and compiles Pagefind's WebAssembly.
 */
const SEARCH_WORKER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'";
/** CSP header for everything that is not a page (CSS, JS, PDFs, images, data). */
export const ASSET_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Only a header can forbid framing (`frame-ancestors` is ignored in a meta element). */
const FRAME_ANCESTORS = "frame-ancestors 'none'";

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** A URL path of a directory page ends in '/'; nginx sees it as '…/index.html' after its index step. */
function pagePath(path: string): string {
  return path.replace(/index\.html$/, '');
}

/** The policy a page puts in its meta element. `path` is its URL path, e.g. '/sok/'. */
export function metaCsp(path: string): string {
  const p = pagePath(path);
  if (SEARCH_PAGES.includes(p)) return SEARCH_PAGE_CSP;
  if (COMPOSER_PAGES.includes(p)) return COMPOSER_PAGE_CSP;
  return STATIC_PAGE_CSP;
}

/** The CSP header of a page: its meta policy plus frame-ancestors. */
export function pageHeaderCsp(path: string): string {
  return `${metaCsp(path)}; ${FRAME_ANCESTORS}`;
}

/** Headers sent with every response, whatever the file. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Deny every powerful feature the site does not use. clipboard-write is left alone: the
  // composer's copy button uses it (same-origin only, by default).
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'camera',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface Rule {
  /** What the rule is for (used as a comment in generated files). */
  name: string;
  /**
   * Matches the path of a file in dist/, starting with '/' (a page is '/sok/index.html').
   * Written in the common subset of JavaScript and PCRE regular expressions: nginx uses it as is.
   */
  file: RegExp;
  csp: string;
  cacheControl: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pagesRegex = (paths: readonly string[]) => new RegExp(`^(${paths.map((p) => escape(p)).join('|')})index\\.html$`);

/** Ordered: the first rule whose `file` matches a file's path decides its CSP and caching. */
export const RULES: readonly Rule[] = [
  {
    name: 'search pages',
    file: pagesRegex(SEARCH_PAGES),
    csp: pageHeaderCsp(pathOf('sok', DEFAULT_LANG)),
    cacheControl: REVALIDATE,
  },
  {
    name: 'e-mail composer',
    file: pagesRegex(COMPOSER_PAGES),
    csp: pageHeaderCsp(pathOf('helsepersonell/e-post', DEFAULT_LANG)),
    cacheControl: REVALIDATE,
  },
  { name: 'pages without JavaScript', file: /\.html$/, csp: pageHeaderCsp('/'), cacheControl: REVALIDATE },
  { name: 'Astro build files (content-hashed names)', file: /^\/_astro\//, csp: ASSET_CSP, cacheControl: IMMUTABLE },
  {
    name: 'Pagefind index files (content-hashed names)',
    file: /^\/pagefind\/.*_[0-9a-f]{6,}\.pf_(meta|index|fragment|filter)$/,
    csp: ASSET_CSP,
    cacheControl: IMMUTABLE,
  },
  {
    name: 'Pagefind web worker',
    file: /^\/pagefind\/pagefind-worker\.js$/,
    csp: SEARCH_WORKER_CSP,
    cacheControl: REVALIDATE,
  },
  { name: 'downloads (content-hashed names)', file: /-[0-9a-f]{8}\.pdf$/, csp: ASSET_CSP, cacheControl: IMMUTABLE },
  { name: 'everything else', file: /^\//, csp: ASSET_CSP, cacheControl: REVALIDATE },
];

/** The file in dist/ a URL path serves: '/sok/' is '/sok/index.html'. */
function fileOf(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
}

/** Every header the server sends for a file in dist/ (by its path, or a directory URL). */
export function headersFor(path: string): Record<string, string> {
  const file = fileOf(path);
  const rule = RULES.find((r) => r.file.test(file));
  if (!rule) throw new Error(`no header rule matches ${file}`);
  return { ...COMMON_HEADERS, 'Content-Security-Policy': rule.csp, 'Cache-Control': rule.cacheControl };
}
