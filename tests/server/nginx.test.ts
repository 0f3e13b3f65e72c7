/**
 * The built site through nginx with the shipped configuration (deploy/nginx/): headers, caching,
 * compression, status codes, logs, the header files for other hosts, a header score and a short
 * load check. Needs `npm run build` first (as `npm test` does) and nginx (scripts/ensure-nginx.ts).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../deploy/nginx.ts';
import {
  headersFor,
  metaCsp,
  pageHeaderCsp,
  COMPOSER_PAGES,
  NOT_FOUND_PAGES,
  SEARCH_PAGES,
} from '../../src/lib/security/headers.ts';
import { resolveHeadersFile, resolveStaticWebAppConfig, staticWebAppConfig } from '../../src/lib/security/targets.ts';
import { describeLoad, freePort, runLoad } from '../bench/load.ts';
import { score, type Response as ScanResponse } from './observatory.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm)$/;
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};
/** The header names the shared source decides (security and caching). */
const DECIDED = Object.keys(headersFor('/'));

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}, tls = false): Promise<Got> {
  const send = tls ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = send({ host: '127.0.0.1', port, path, headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);
const decided = (g: Got) => Object.fromEntries(DECIDED.map((name) => [name, one(g.headers[name.toLowerCase()])]));
const ext = (path: string) => /\.([a-z_]+)$/.exec(path)?.[1] ?? '';

function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => '/' + f.split('\\').join('/'))
    .filter((f) => !/\.(br|gz)$/.test(f) && !['/_headers', '/staticwebapp.config.json'].includes(f))
    .filter((f) => /\.[a-z_]+$/.test(f))
    .sort();
}

let server: RunningNginx;
let port: number;
let tlsPort: number;
let redirectPort: number;
let root: string;
let work: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html.gz')))
    throw new Error('dist/ is not built with precompressed files: run npm run build first.');
  work = mkdtempSync(join(tmpdir(), 'smertereg-server-test-'));
  chmodSync(work, 0o755);
  // A copy of dist/ plus two files of types the site does not build yet, to check their MIME types.
  root = join(work, 'site');
  cpSync(DIST, root, { recursive: true });
  mkdirSync(join(root, 'mime-check'));
  writeFileSync(join(root, 'mime-check/a.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(join(root, 'mime-check/site.webmanifest'), JSON.stringify({ name: 'x'.repeat(300) }));
  for (const f of ['mime-check/a.wasm', 'mime-check/site.webmanifest']) {
    const bytes = readFileSync(join(root, f));
    writeFileSync(join(root, `${f}.gz`), gzipSync(bytes));
    writeFileSync(join(root, `${f}.br`), brotliCompressSync(bytes));
  }
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  chmodSync(key, 0o644); // a throwaway test key, read by nginx as nobody
  [port, tlsPort, redirectPort] = [await freePort(), await freePort(), await freePort()];
  server = await startNginx({ root, port, tls: { port: tlsPort, redirectPort, cert, key } });
  console.log(
    `nginx as ${server.user} on 127.0.0.1:${port} (https ${tlsPort}); brotli ${server.brotli ? 'on' : 'not installed: gzip only'}`,
  );
});

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** One of every kind of file, as built. */
function sample(): string[] {
  const files = filesIn(DIST);
  const first = (re: RegExp) => {
    const f = files.find((x) => re.test(x));
    if (!f) throw new Error(`the build has no file matching ${re}`);
    return f;
  };
  const languages = ['/', '/nn/', '/en/'].filter((p) => existsSync(join(DIST, p, 'index.html')));
  return [
    ...languages,
    ...SEARCH_PAGES.filter((p) => existsSync(join(DIST, p, 'index.html'))),
    ...COMPOSER_PAGES,
    '/reservasjon/',
    first(/^\/_astro\/.*\.css$/),
    first(/^\/_astro\/.*\.js$/),
    first(/^\/pagefind\/wasm\..*\.pagefind$/),
    first(/\.pf_fragment$/),
    first(/\.pf_index$/),
    first(/\.pf_meta$/),
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    ...files.filter((f) => f.endsWith('.pdf')),
    '/favicon.svg',
    '/sitemap-index.xml',
    '/robots.txt',
    '/mime-check/a.wasm',
    '/mime-check/site.webmanifest',
  ];
}

describe('every kind of file', () => {
  it.each(sample())('%s: status, headers, type, caching, compression, bytes', async (path) => {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const bytes = readFileSync(join(root, file));
    const plain = await get(port, path);
    expect(plain.status).toBe(200);
    expect(plain.body.equals(bytes), 'body is the file in dist/').toBe(true);
    expect(decided(plain)).toEqual(headersFor(file));
    expect(plain.headers['content-type']).toBe(CONTENT_TYPES[ext(file)]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['etag']).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(plain.headers['server']).toBe('nginx');

    const gz = await get(port, path, { 'accept-encoding': 'gzip' });
    const br = await get(port, path, { 'accept-encoding': 'gzip, deflate, br' });
    for (const g of [gz, br]) {
      expect(g.status).toBe(200);
      expect(decided(g)).toEqual(headersFor(file));
    }
    if (COMPRESSIBLE.test(file)) {
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['vary']).toBe('Accept-Encoding');
      expect(gunzipSync(gz.body).equals(bytes), 'gzip body decompresses to the file').toBe(true);
      if (server.brotli) {
        expect(br.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(br.body).equals(bytes), 'brotli body decompresses to the file').toBe(true);
      }
    } else {
      // PDFs and Pagefind's own (already compressed) files go out as they are.
      expect(gz.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBeUndefined();
      expect(br.body.equals(bytes)).toBe(true);
    }
  });

  it('a missing URL gets status 404, the 404 page and page headers', async () => {
    for (const path of ['/finnes-ikke/', '/finnes-ikke.pdf', '/_astro/finnes-ikke.js']) {
      const res = await get(port, path, { 'accept-encoding': 'gzip' });
      expect(res.status, path).toBe(404);
      expect(gunzipSync(res.body).equals(readFileSync(join(DIST, '404.html'))), path).toBe(true);
      expect(decided(res), path).toEqual(headersFor('/404.html'));
    }
  });

  it("a missing URL under a language's prefix gets that language's 404 page", async () => {
    for (const { prefix, page } of NOT_FOUND_PAGES) {
      for (const path of [`${prefix}finst-ikkje/`, `${prefix}x.pdf`]) {
        const res = await get(port, path, { 'accept-encoding': 'gzip' });
        expect(res.status, path).toBe(404);
        const html = gunzipSync(res.body).toString('utf8');
        expect(html, path).toBe(readFileSync(join(DIST, `${page}index.html`), 'utf8'));
        expect(html, path).toContain(`<html lang="${prefix.slice(1, -1)}"`);
      }
    }
  });

  it('serves /sok/?q=… as the search page, with the search CSP', async () => {
    const res = await get(port, '/sok/?q=reservasjon+skjema');
    expect(res.status).toBe(200);
    expect(res.body.equals(readFileSync(join(DIST, 'sok/index.html')))).toBe(true);
    expect(res.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  });

  it('redirects a directory URL without its slash to the built one, on the same host', async () => {
    const res = await get(port, '/sok?q=x');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/sok/?q=x');
  });

  it('revalidates with the ETag', async () => {
    const first = await get(port, '/', { 'accept-encoding': 'gzip' });
    const again = await get(port, '/', { 'accept-encoding': 'gzip', 'if-none-match': one(first.headers['etag'])! });
    expect(again.status).toBe(304);
    expect(first.headers['cache-control']).toBe('no-cache');
  });

  it("does not serve the other hosts' configuration files", async () => {
    for (const path of ['/_headers', '/staticwebapp.config.json'])
      expect((await get(port, path)).status, path).toBe(404);
  });
});

describe('cookies', () => {
  it('no response sets a cookie: files, pages with query strings, 404s, redirects, revalidation, HTTPS', async () => {
    const gzip = { 'accept-encoding': 'gzip, deflate, br' };
    const etag = one((await get(port, '/')).headers['etag'])!;
    const responses = [
      ...(await Promise.all(sample().flatMap((path) => [get(port, path), get(port, path, gzip)]))),
      await get(port, '/sok/?q=reservasjon'),
      await get(port, '/finnes-ikke/'),
      await get(port, `${NOT_FOUND_PAGES[0]!.prefix}finst-ikkje/`),
      await get(port, '/sok?q=x'),
      await get(port, '/', { 'if-none-match': etag }),
      await get(tlsPort, '/', {}, true),
      await get(redirectPort, '/'),
    ];
    // Each kind of answer is in the list, so a cookie on any of them would be seen.
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200, 301, 304, 404]));
    expect(responses.filter((r) => r.headers['set-cookie'] !== undefined).map((r) => r.headers['set-cookie'])).toEqual(
      [],
    );
  });
});

describe('Content-Security-Policy', () => {
  it('every built page has the meta policy the header repeats, and only search and composer pages load scripts', async () => {
    const pages = filesIn(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const url = file.replace(/index\.html$/, '');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
        .exec(html)?.[1]
        ?.replace(/&#39;/g, "'");
      const expected = file === '/404.html' ? metaCsp('/404/') : metaCsp(url);
      expect(meta, file).toBe(expected);
      expect(headersFor(file)['Content-Security-Policy'], file).toBe(`${meta}; frame-ancestors 'none'`);
      const loadsScript =
        /<script\b[^>]*\ssrc=/.test(html) || /<script(?![^>]*type="application\/ld\+json")[^>]*>/.test(html);
      const allowed = [...SEARCH_PAGES, ...COMPOSER_PAGES].includes(url);
      if (loadsScript) expect(allowed, `${file} loads JavaScript but its CSP does not allow it`).toBe(true);
    }
    // The composer page keeps working: it is served with script-src 'self'.
    const composer = await get(port, COMPOSER_PAGES[0]!);
    expect(composer.headers['content-security-policy']).toBe(pageHeaderCsp(COMPOSER_PAGES[0]!));
  });
});

describe('header score (HTTP Observatory rules)', () => {
  const asScan = (g: Got): ScanResponse => ({ status: g.status, headers: g.headers, body: g.body.toString('utf8') });

  it('grades A+ over HTTPS, with plain HTTP redirecting there', async () => {
    const rows: string[] = [];
    for (const path of ['/', '/sok/', COMPOSER_PAGES[0]!, sample().find((p) => p.endsWith('.pdf'))!]) {
      const https = await get(tlsPort, path, {}, true);
      const http = await get(redirectPort, path);
      expect(https.status).toBe(200);
      expect(http.headers['location']).toBe(`https://127.0.0.1:${tlsPort}${path}`);
      const s = score({ https: asScan(https), http: asScan(http), host: '127.0.0.1' });
      rows.push(
        `${path}: ${s.grade} (${s.score}/100) ${s.tests.map((t) => `${t.name} ${t.modifier >= 0 ? '+' : ''}${t.modifier}`).join(', ')}`,
      );
      expect(s.grade, JSON.stringify(s.tests)).toBe('A+');
    }
    console.log(`Observatory-style header score:\n  ${rows.join('\n  ')}`);
  });

  it('the scorer fails a site without the headers (so the A+ above means something)', async () => {
    const https = await get(tlsPort, '/', {}, true);
    const bare = { ...asScan(https), headers: { 'content-type': 'text/html' }, body: '<p>x</p>' };
    const noRedirect = asScan(await get(port, '/'));
    expect(score({ https: bare, http: noRedirect, host: '127.0.0.1' }).grade).toBe('F');
    const noHsts = { ...asScan(https), headers: { ...https.headers, 'strict-transport-security': undefined } };
    expect(score({ https: noHsts, http: asScan(await get(redirectPort, '/')), host: '127.0.0.1' }).grade).not.toBe(
      'A+',
    );
  });
});

describe('logs', () => {
  it('the access log keeps the path of a search, never its query string', async () => {
    // A synthetic 11-digit number, as a reader might type a fødselsnummer into search.
    const digits = Array.from({ length: 11 }, () => Math.floor(Math.random() * 10)).join('');
    for (const path of [`/sok/?q=${digits}`, `/finnes-ikke/?q=${digits}`, `/sok?q=${digits}`]) await get(port, path);
    await get(tlsPort, `/sok/?q=${digits}`, {}, true);
    await get(redirectPort, `/sok/?q=${digits}`);
    const log = readFileSync(server.accessLog, 'utf8');
    expect(log).toContain('"GET /sok/ HTTP/1.1" 200');
    expect(log).toContain('"GET /finnes-ikke/ HTTP/1.1" 404');
    expect(log).not.toContain(digits);
    expect(log).not.toContain('?');
    const errors = existsSync(server.errorLog) ? readFileSync(server.errorLog, 'utf8') : '';
    expect(errors).not.toContain(digits);
  });
});

describe('headers for other hosts', () => {
  it('_headers and staticwebapp.config.json carry exactly the headers nginx sends, for every file', async () => {
    const headersText = readFileSync(join(DIST, '_headers'), 'utf8');
    const swa = JSON.parse(readFileSync(join(DIST, 'staticwebapp.config.json'), 'utf8')) as ReturnType<
      typeof staticWebAppConfig
    >;
    const files = filesIn(DIST);
    const urls = [
      ...files,
      ...files.filter((f) => f.endsWith('/index.html')).map((f) => f.replace(/index\.html$/, '')),
    ];
    for (const url of urls) {
      const served = decided(await get(port, url));
      expect(resolveHeadersFile(headersText, url), `_headers ${url}`).toEqual(served);
      expect(resolveStaticWebAppConfig(swa, url), `staticwebapp.config.json ${url}`).toEqual(served);
    }
  });
});

describe('load', () => {
  it('serves a mix of pages, PDFs and search files to 50 connections for 5 s without an error', async () => {
    const figures = await runLoad(port, root, 5, 50);
    console.log(`Load check: ${describeLoad(figures)}`);
    expect(figures.requests).toBeGreaterThan(0);
    expect(figures.errors).toBe(0);
    expect(figures.timeouts).toBe(0);
    expect(figures.non2xx).toBe(0);
  });
});
