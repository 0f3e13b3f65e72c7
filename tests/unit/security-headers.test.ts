/** The one source of security and cache headers, and what it generates for each kind of host. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HASH_LENGTH, hashedStem } from '../../src/lib/downloads/downloads';
import {
  ASSET_CSP,
  COMMON_HEADERS,
  IMMUTABLE,
  REVALIDATE,
  headersFor,
  metaCsp,
  pageHeaderCsp,
} from '../../src/lib/security/headers';
import {
  headersFile,
  nginxLocations,
  resolveHeadersFile,
  resolveStaticWebAppConfig,
  staticWebAppConfig,
} from '../../src/lib/security/targets';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe('per-page CSP', () => {
  it('allows WebAssembly only on the search pages', () => {
    for (const path of ['/sok/', '/nn/sok/', '/en/sok/', '/sok/index.html']) {
      const d = directives(metaCsp(path));
      expect(d.get('script-src'), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d.get('connect-src'), path).toEqual(["'self'"]);
    }
    for (const path of ['/', '/helsepersonell/e-post/', '/reservasjon/', '/404/', '/sok/mer/', '/x/sok/']) {
      expect(metaCsp(path), path).not.toMatch(/wasm/);
    }
  });

  it("gives pages without script connect-src 'self' for Lighthouse's robots.txt fetch, and nothing more", () => {
    for (const path of ['/', '/reservasjon/skjema/', '/404/', '/helsepersonell/', '/en/', '/nn/kontakt/']) {
      const d = directives(metaCsp(path));
      // Only this site: no host, scheme or wildcard source, so no other site becomes reachable.
      expect(d.get('connect-src'), path).toEqual(["'self'"]);
      // Nothing that could use it runs: no script, no worker, no frame, no object.
      expect(d.get('default-src'), path).toEqual(["'none'"]);
      for (const name of ['script-src', 'script-src-elem', 'worker-src', 'child-src', 'frame-src', 'object-src'])
        expect(d.has(name), `${path} ${name}`).toBe(false);
      expect(pageHeaderCsp(path), path).toBe(`${metaCsp(path)}; frame-ancestors 'none'`);
    }
  });

  it('the two pages with script gain nothing: search keeps its one connect-src, the composer has none', () => {
    for (const path of ['/sok/', '/nn/sok/', '/en/sok/'])
      expect(metaCsp(path).match(/connect-src/g), path).toHaveLength(1);
    for (const path of ['/helsepersonell/e-post/', '/nn/helsepersonell/e-post/']) {
      const d = directives(metaCsp(path));
      expect(d.has('connect-src'), path).toBe(false);
      expect(d.get('default-src'), path).toEqual(["'none'"]);
    }
  });

  it('names each directive once in every policy (a repeated one would be ignored)', () => {
    const policies = ['/', '/sok/', '/helsepersonell/e-post/'].flatMap((p) => [metaCsp(p), pageHeaderCsp(p)]);
    for (const csp of [...policies, ASSET_CSP]) {
      const names = csp.split(';').map((d) => d.trim().split(/\s+/)[0]);
      expect(new Set(names).size, csp).toBe(names.length);
    }
  });

  it('lets the composer run same-origin script and nothing else run any', () => {
    expect(directives(metaCsp('/helsepersonell/e-post/')).get('script-src')).toEqual(["'self'"]);
    for (const path of ['/', '/reservasjon/skjema/', '/404/', '/helsepersonell/']) {
      const d = directives(metaCsp(path));
      expect(d.has('script-src'), path).toBe(false);
      expect(d.get('default-src'), path).toEqual(["'none'"]);
    }
  });

  it('never allows inline code or eval, and keeps frame-ancestors for the header', () => {
    for (const path of ['/', '/sok/', '/helsepersonell/e-post/']) {
      expect(metaCsp(path)).not.toMatch(/unsafe-inline|'unsafe-eval'|frame-ancestors|\*/);
      expect(pageHeaderCsp(path)).toBe(`${metaCsp(path)}; frame-ancestors 'none'`);
    }
    expect(directives(ASSET_CSP).get('default-src')).toEqual(["'none'"]);
    expect(directives(ASSET_CSP).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('headersFor', () => {
  it.each([
    ['/', pageHeaderCsp('/'), REVALIDATE],
    ['/sok/', pageHeaderCsp('/sok/'), REVALIDATE],
    ['/helsepersonell/e-post/index.html', pageHeaderCsp('/helsepersonell/e-post/'), REVALIDATE],
    ['/404.html', pageHeaderCsp('/'), REVALIDATE],
    ['/_astro/mdx.CoTJbGXw.css', ASSET_CSP, IMMUTABLE],
    ['/skjema/reservasjonsskjema-bokmal-233617ec.pdf', ASSET_CSP, IMMUTABLE],
    ['/skjema/uten-hash.pdf', ASSET_CSP, REVALIDATE],
    ['/pagefind/fragment/nb_108f381.pf_fragment', ASSET_CSP, IMMUTABLE],
    ['/pagefind/pagefind.nb_62db7d149c.pf_meta', ASSET_CSP, IMMUTABLE],
    ['/pagefind/pagefind.js', ASSET_CSP, REVALIDATE],
    ['/pagefind/wasm.nb.pagefind', ASSET_CSP, REVALIDATE],
    ['/favicon.svg', ASSET_CSP, REVALIDATE],
    ['/robots.txt', ASSET_CSP, REVALIDATE],
  ])('%s', (path, csp, cache) => {
    const h = headersFor(path);
    expect(h['Content-Security-Policy']).toBe(csp);
    expect(h['Cache-Control']).toBe(cache);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(h[name]).toBe(value);
  });

  it('treats download names as hashed exactly as src/lib/downloads makes them', () => {
    const name = `/skjema/${hashedStem('reservasjonsskjema-bokmal', new Uint8Array([1, 2, 3]))}.pdf`;
    expect(HASH_LENGTH).toBe(8);
    expect(headersFor(name)['Cache-Control']).toBe(IMMUTABLE);
  });

  it('sends the common headers the issue asks for', () => {
    expect(COMMON_HEADERS['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(COMMON_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(COMMON_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(COMMON_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(COMMON_HEADERS['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(COMMON_HEADERS['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    // The composer's copy button needs the clipboard.
    expect(COMMON_HEADERS['Permissions-Policy']).not.toMatch(/clipboard-write/);
  });
});

describe('generated host configuration', () => {
  const files = [
    '/index.html',
    '/404.html',
    '/sok/index.html',
    '/helsepersonell/e-post/index.html',
    '/kontakt/index.html',
    '/_astro/a.B1.css',
    '/_astro/b.C2.js',
    '/pagefind/pagefind.js',
    '/pagefind/fragment/nb_1234567.pf_fragment',
    '/pagefind/index/nb_abcdef0.pf_index',
    '/pagefind/pagefind.nb_62db7d149c.pf_meta',
    '/skjema/reservasjonsskjema-bokmal-233617ec.pdf',
    '/favicon.svg',
    '/robots.txt',
    '/sitemap-index.xml',
  ];
  const urls = [...files, '/', '/sok/', '/helsepersonell/e-post/', '/kontakt/'];

  it('deploy/nginx/locations.conf is current (npm run deploy:config writes it)', () => {
    const shipped = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx/locations.conf'), 'utf8');
    expect(shipped).toBe(nginxLocations());
  });

  it('_headers gives every URL exactly its header set, with no header sent twice', () => {
    const text = headersFile(files);
    for (const url of urls) expect(resolveHeadersFile(text, url), url).toEqual(headersFor(url));
  });

  it('staticwebapp.config.json gives every URL its header set', () => {
    const config = staticWebAppConfig(files);
    for (const url of urls) expect(resolveStaticWebAppConfig(config, url), url).toEqual(headersFor(url));
    expect(JSON.stringify(config).length).toBeLessThan(20_000); // Azure's limit for the file
  });
});
