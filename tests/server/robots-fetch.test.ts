/**
 * Lighthouse's robots.txt check, made the way Lighthouse 13 makes it: Chromium's DevTools
 * protocol `Network.loadNetworkResource`, bound to the page's frame, so the page's CSP (meta
 * and header, both sent here by nginx with the shipped configuration) decides. Pages without
 * script allow it with `connect-src 'self'`; the limits: no other origin, and nothing new on the
 * e-mail composer (see src/lib/security/headers.ts). Needs `npm run build` first and nginx.
 */
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../deploy/nginx.ts';
import { COMPOSER_PAGES, SEARCH_PAGES } from '../../src/lib/security/headers.ts';
import { freePort } from '../bench/load.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts';

const DIST = join(resolve(import.meta.dirname, '../..'), 'dist');

let server: RunningNginx;
let port: number;
let browser: Browser;

beforeAll(async () => {
  port = await freePort();
  server = await startNginx({ root: DIST, port });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Loaded {
  success: boolean;
  httpStatusCode?: number;
  /** Chromium refuses the request before it starts: "…: CSP violation", as Lighthouse reports it. */
  error?: string;
}

/** Opens `page` and loads `url` from its frame as Lighthouse's fetcher does (core/gather/fetcher.js). */
async function lighthouseFetch(page: string, url: string): Promise<Loaded> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const response = await tab.goto(`http://127.0.0.1:${port}${page}`);
    expect(response?.status(), page).toBe(page.startsWith('/finnes-ikke/') ? 404 : 200);
    expect(response?.headers()['content-security-policy'], page).toBeTruthy();
    const cdp = await context.newCDPSession(tab);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    try {
      const { resource } = await cdp.send('Network.loadNetworkResource', {
        frameId: frameTree.frame.id,
        url,
        options: { disableCache: true, includeCredentials: true },
      });
      return { success: resource.success, httpStatusCode: resource.httpStatusCode };
    } catch (error) {
      return { success: false, error: (error as Error).message };
    }
  } finally {
    await context.close();
  }
}

describe("Lighthouse's robots.txt fetch under the page CSP", () => {
  it.each(['/', '/reservasjon/', '/nn/', '/en/', '/helsepersonell/', '/finnes-ikke/', ...SEARCH_PAGES])(
    'is allowed from %s',
    async (page) => {
      const loaded = await lighthouseFetch(page, `http://127.0.0.1:${port}/robots.txt`);
      expect(loaded, page).toMatchObject({ success: true, httpStatusCode: 200 });
    },
  );

  it('reaches no other origin (localhost is another origin than 127.0.0.1)', async () => {
    const loaded = await lighthouseFetch('/', `http://localhost:${port}/robots.txt`);
    expect(loaded).toMatchObject({ success: false, error: expect.stringMatching(/CSP violation$/) });
  });

  it.each(COMPOSER_PAGES)('is still refused on the e-mail composer %s, which gains nothing', async (page) => {
    const loaded = await lighthouseFetch(page, `http://127.0.0.1:${port}/robots.txt`);
    expect(loaded).toMatchObject({ success: false, error: expect.stringMatching(/CSP violation$/) });
  });
});
