/**
 * Search figures for `npm run bench` (tests/bench/bench.ts runs this file after building dist/).
 * Serves the built site itself, then in Chromium:
 *
 * - the bytes a first search transfers on /sok/ with an empty cache: JavaScript (the page's own
 *   script with the search logic, Pagefind), WebAssembly, index chunks and fragments. The page itself and
 *   its CSS are not counted. Target: ≤ 150 KB as the site's server sends them, gzip (nginx
 *   serves the .gz/.br files written at build; Pagefind's .pagefind, .pf_* files are gzip
 *   already and count as they are). Also printed: the bytes uncompressed, as this server and
 *   `astro preview` send them. Pagefind's worker script (pagefind-worker.js) and what it fetches
 *   count too;
 * - the median time per query over tests/e2e/search-queries.ts once Pagefind is loaded, from
 *   submitting the page's form until the results are shown: a first pass (fragments still to
 *   fetch) and a second pass. Target: ≤ 50 ms.
 *
 * Usage: node tests/bench/search.ts [baseURL]   (without baseURL it serves dist/ on a free port)
 * Or import { benchSearch, printSearchBench } from './search.ts'. Figures, not a test: a missed
 * target is flagged OVER BUDGET, and the exit code stays 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from '@playwright/test';
import { searchThroughPage } from '../e2e/search-helpers.ts';
import { RELEVANCE } from '../e2e/search-queries.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts';

export const FIRST_SEARCH_BUDGET = 150 * 1024;
export const MEDIAN_BUDGET_MS = 50;

export interface SearchBench {
  query: string;
  /** Every request the first search made (script and fetch), with bytes received. */
  requests: { path: string; bytes: number; gzipBytes: number }[];
  firstSearchBytes: number;
  firstSearchGzipBytes: number;
  /** ms from opening /sok/?q=… until the results are shown. */
  firstSearchMs: number;
  queries: number;
  medianMs: number;
  medianWarmMs: number;
  maxMs: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

export interface ServeOptions {
  /** Compress text responses with gzip when the client accepts it, like a real host. Default: off. */
  gzip?: boolean;
  /** Listen on this port (default: a free one). */
  port?: number;
}

/** Compressible types; Pagefind's own .pagefind / .pf_* files are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** A plain static server for dist/ on 127.0.0.1: directories serve index.html, like the real host. */
export function serveDist(dir: string, options: ServeOptions = {}): Promise<{ server: Server; baseURL: string }> {
  const root = resolve(dir);
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    let status = 200;
    let body: Buffer;
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (
      options.gzip &&
      COMPRESSIBLE.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    res.writeHead(status, headers);
    res.end(body);
  };
  // A request the handler cannot read (a malformed %-escape) gets a 400, not an unhandled rejection.
  const server = createServer((req, res) => {
    respond(req, res).catch(() => res.writeHead(400).end());
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, baseURL: `http://127.0.0.1:${port}` });
    });
  });
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

export async function benchSearch(
  baseURL: string,
  browser: Browser,
  query = RELEVANCE[0]!.query,
): Promise<SearchBench> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests: SearchBench['requests'] = [];
    const pending: Promise<void>[] = [];
    const record = (request: Request) => {
      // Preloaded files may be typed 'other'; everything under /pagefind/ counts.
      if (
        !['script', 'fetch', 'xhr'].includes(request.resourceType()) &&
        !new URL(request.url()).pathname.startsWith('/pagefind/')
      )
        return;
      pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          const sizes = await request.sizes();
          // Chromium reports no body size for a worker's own script: this server sends the body as is.
          const bytes = Math.max(sizes.responseBodySize, body.length) + sizes.responseHeadersSize;
          const gzipBytes =
            (isGzip(body) ? body.length : gzipSync(body, { level: 9 }).length) + sizes.responseHeadersSize;
          requests.push({ path: new URL(request.url()).pathname, bytes, gzipBytes });
        })(),
      );
    };
    page.on('requestfinished', record);

    // The first search: open /sok/?q=… with an empty cache and wait for the results.
    const start = performance.now();
    await page.goto(`${baseURL}/sok/?q=${encodeURIComponent(query)}`);
    await page
      .locator('#sok-status')
      .filter({ hasText: /treff for/ })
      .waitFor();
    const firstSearchMs = performance.now() - start;
    await page.waitForLoadState('networkidle');
    page.off('requestfinished', record);
    await Promise.all(pending);

    // Per query, once loaded: through the page's own form, from submit until the results are shown.
    const first = await searchThroughPage(
      page,
      RELEVANCE.map((c) => c.query),
    );
    const warm = await searchThroughPage(
      page,
      RELEVANCE.map((c) => c.query),
    );
    const times = { first: first.map((r) => r.ms), warm: warm.map((r) => r.ms) };
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(s.length / 2);
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    requests.sort((a, b) => b.bytes - a.bytes);
    return {
      query,
      requests,
      firstSearchBytes: requests.reduce((n, r) => n + r.bytes, 0),
      firstSearchGzipBytes: requests.reduce((n, r) => n + r.gzipBytes, 0),
      firstSearchMs,
      queries: times.first.length,
      medianMs: median(times.first),
      medianWarmMs: median(times.warm),
      maxMs: Math.max(...times.first, ...times.warm),
    };
  } finally {
    await context.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the figures; returns false when a target is missed. */
export function printSearchBench(b: SearchBench): boolean {
  const bytesOk = b.firstSearchGzipBytes <= FIRST_SEARCH_BUDGET;
  const timeOk = b.medianMs <= MEDIAN_BUDGET_MS;
  console.log(
    `Search: first search («${b.query}» on /sok/, empty cache), ${b.requests.length} requests (budget ≤ ${kb(FIRST_SEARCH_BUDGET)} gzip)`,
  );
  const groups = new Map<string, { n: number; bytes: number; gzip: number }>();
  for (const r of b.requests) {
    const group = r.path.startsWith('/pagefind/fragment/')
      ? '/pagefind/fragment/*'
      : r.path.startsWith('/pagefind/index/')
        ? '/pagefind/index/*'
        : r.path;
    const g = groups.get(group) ?? { n: 0, bytes: 0, gzip: 0 };
    g.n += 1;
    g.bytes += r.bytes;
    g.gzip += r.gzipBytes;
    groups.set(group, g);
  }
  for (const [path, g] of groups) {
    console.log(
      `  ${(g.n > 1 ? `${path} ×${g.n}` : path).padEnd(70)} ${kb(g.bytes).padStart(9)} ${`(gzip ${kb(g.gzip)})`.padStart(16)}`,
    );
  }
  console.log(
    `  ${'total as served (uncompressed)'.padEnd(70)} ${kb(b.firstSearchBytes).padStart(9)} ${`(gzip ${kb(b.firstSearchGzipBytes)})`.padStart(16)}${bytesOk ? '' : '  OVER BUDGET'}`,
  );
  console.log(`  results shown ${b.firstSearchMs.toFixed(0)} ms after opening the page`);
  console.log(
    `Search: median ${b.medianMs.toFixed(1)} ms per query over ${b.queries} queries once loaded (second pass ${b.medianWarmMs.toFixed(1)} ms, slowest ${b.maxMs.toFixed(1)} ms; budget ≤ ${MEDIAN_BUDGET_MS} ms)${timeOk ? '' : '  OVER BUDGET'}`,
  );
  return bytesOk && timeOk;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tests/bench/search.ts')) {
  const given = process.argv[2];
  const served = given ? undefined : await serveDist(process.env.SMERTEREG_OUT_DIR ?? 'dist');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    printSearchBench(await benchSearch(given ?? served!.baseURL, browser));
  } finally {
    await browser.close();
    served?.server.close();
  }
}
