/**
 * Site search (Pagefind) in a real Chromium against the built site: relevance of what people
 * type in each language (one data-driven test over nb, nn and en: the expected page first, results
 * in the reader's language, junk finds nothing), the /sok/ page with and without JavaScript, the
 * header field, keyboard use, axe, and the Content-Security-Policy.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { JUNK, RELEVANCE, type RelevanceCase } from './search-queries.ts';
import { JUNK_NN, RELEVANCE_NN } from './search-queries-nn.ts';
import { JUNK_EN, RELEVANCE_EN } from './search-queries-en.ts';
import { searchThroughPage } from './search-helpers.ts';
import { wasmFile } from '../../src/lib/search/preload.ts';
import { parsePath, pathOf } from '../../src/lib/content/site.ts';
import type { Lang } from '../../src/i18n/languages.ts';

const status = (page: Page) => page.locator('#sok-status');
const results = (page: Page) => page.locator('#sok-treff > li');

/** Each language's search page and what its readers type (search-queries*.ts). */
const LANGUAGES: { lang: Lang; cases: RelevanceCase[]; junk: string[]; warm: string }[] = [
  { lang: 'nb', cases: RELEVANCE, junk: JUNK, warm: 'reservere' },
  { lang: 'nn', cases: RELEVANCE_NN, junk: JUNK_NN, warm: 'reservere' },
  { lang: 'en', cases: RELEVANCE_EN, junk: JUNK_EN, warm: 'opt out' },
];

for (const { lang, cases, junk, warm } of LANGUAGES) {
  test(`relevance (${lang}): the expected page comes first for ≥ 95 % of ${cases.length} queries, in the top 3 for all, in the reader's language; ${junk.length} junk queries find nothing`, async ({
    page,
    watch,
  }) => {
    const sok = pathOf('sok', lang);
    await page.goto(`${sok}?q=${encodeURIComponent(warm)}`);
    await expect(page.locator('[data-search-page] [role="status"]')).toContainText(warm, { timeout: 30_000 });
    const got = await searchThroughPage(
      page,
      cases.map((c) => c.query),
    );
    const rows = cases.map((c, i) => ({ ...c, urls: got[i]!.urls, rank: got[i]!.urls.indexOf(c.expect) }));
    const top1 = rows.filter((r) => r.rank === 0).length;
    const top3 = rows.filter((r) => r.rank >= 0 && r.rank < 3).length;
    const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)} %`;
    console.log(
      `Search relevance (${lang}): top-1 ${top1}/${rows.length} (${pct(top1)}), top-3 ${top3}/${rows.length} (${pct(top3)})`,
    );
    for (const m of rows.filter((r) => r.rank !== 0)) {
      console.log(
        `  miss: «${m.query}» wants ${m.expect} (rank ${m.rank < 0 ? 'none' : m.rank + 1}); got ${m.urls.slice(0, 3).join(', ') || 'nothing'}`,
      );
    }
    // Results stay in the reader's language.
    expect(rows.flatMap((r) => r.urls).filter((u) => parsePath(u).lang !== lang)).toEqual([]);
    expect(top1 / rows.length, 'top-1 rate').toBeGreaterThanOrEqual(0.95);
    expect(
      rows.filter((r) => r.rank < 0 || r.rank >= 3).map((r) => r.query),
      'queries without their page in the top 3',
    ).toEqual([]);
    const junkGot = await searchThroughPage(page, junk);
    expect(junkGot.filter((g) => g.urls.length > 0).map((g) => `${g.query}: ${g.urls.join(', ')}`)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

test.describe('the /sok/ page', () => {
  test('empty: the form, and Pagefind set up in its worker, each file fetched once; axe finds nothing', async ({
    page,
    watch,
  }) => {
    const requests: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/_astro/'))
        requests.push(url.pathname + url.search);
    });
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto('/sok/');
    await expect(page.getByRole('searchbox', { name: 'Hva leter du etter?' })).toBeVisible();
    await expect(page.locator('.no-js-note')).toHaveCount(0); // inside <noscript>: not rendered with JavaScript
    await expect(status(page)).toHaveText('');
    // Only external scripts: an inline one would be blocked by the CSP (script-src 'self').
    await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    // One modulepreload, of the module the page's script imports; what the worker fetches is not
    // preloaded (a document's preload is no use to a worker: see src/lib/search/preload.ts).
    const links = await page
      .locator('head link[rel="preload"], head link[rel="modulepreload"], head link[rel="prefetch"]')
      .evaluateAll((all) => all.map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`));
    expect(links).toEqual(['modulepreload /pagefind/pagefind.js']);
    // Pagefind is set up at once, in its worker: the worker fetches the entry file, the meta file
    // and the language's WebAssembly (wasmFile('nb')), each once.
    await expect.poll(() => requests.filter((r) => r.endsWith('.pf_meta')).length, { timeout: 30_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', wasmFile('nb')])
      expect(
        requests.filter((r) => r === file),
        file,
      ).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/pagefind/pagefind-entry.json?ts='))).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/pagefind/wasm.'))).toHaveLength(1);
    // Pagefind says so when its worker fails and it falls back to the main thread.
    expect(warnings.filter((w) => /pagefind|preload/i.test(w))).toEqual([]);
    // Content pages preload nothing.
    await page.goto('/reservasjon/');
    await expect(page.locator('link[rel="preload"], link[rel="modulepreload"]')).toHaveCount(0);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('results appear as you type, the count is in a polite live region, excerpts mark the words', async ({
    page,
    watch,
  }) => {
    await page.goto('/sok/');
    const field = page.getByRole('searchbox', { name: 'Hva leter du etter?' });
    await field.pressSequentially('reservasjonsskjema', { delay: 30 });
    await expect(status(page)).toHaveText(/^\d+ treff for «reservasjonsskjema»$/);
    await expect(page.getByRole('status')).toHaveCount(1);
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/skjema/');
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    const n = Number((await status(page).textContent())!.split(' ')[0]);
    await expect(results(page)).toHaveCount(n);
    for (const href of await results(page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/([a-z0-9-]+\/)*$/);
    }
    await expect(page).toHaveURL(/\/sok\/\?q=reservasjonsskjema$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });

  test('no results: says so, links to the site map; axe finds nothing', async ({ page, watch }) => {
    await page.goto('/sok/?q=omsorg');
    await expect(page.getByRole('searchbox', { name: 'Hva leter du etter?' })).toHaveValue('omsorg');
    await expect(status(page)).toHaveText('Ingen treff for «omsorg».');
    await expect(results(page)).toHaveCount(0);
    await expect(
      page.locator('.search-page__none').getByRole('link', { name: 'oversikten over alle sidene' }),
    ).toHaveAttribute('href', '/nettstedskart/');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('results are keyboard usable: Tab and arrow keys reach the links, Enter opens one', async ({ page }) => {
    await page.goto('/sok/?q=skjema');
    await expect(results(page).first()).toBeVisible();
    const field = page.getByRole('searchbox', { name: 'Hva leter du etter?' });
    const links = results(page).getByRole('link');

    await field.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Søk', exact: true }).last()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();

    await field.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/skjema\/$/);
  });

  test('the header field on /sok/ searches in place', async ({ page }) => {
    await page.goto('/sok/');
    await page.locator('.site-header').getByRole('searchbox').fill('innsyn');
    await page.locator('.site-header').getByRole('searchbox').press('Enter');
    await expect(status(page)).toHaveText(/treff for «innsyn»/);
    await expect(page.getByRole('searchbox', { name: 'Hva leter du etter?' })).toHaveValue('innsyn');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/om-smertereg/');
  });
});

test.describe('the header field on a content page', () => {
  test('typing a question and pressing Enter reaches the results', async ({ page, watch }) => {
    await page.goto('/kontakt/');
    const field = page.locator('.site-header').getByRole('searchbox', { name: 'Søk på nettstedet' });
    await field.pressSequentially('hvordan reserverer jeg meg');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=hvordan\+reserverer\+jeg\+meg$/);
    await expect(status(page)).toHaveText(/treff for «hvordan reserverer jeg meg»/);
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/reservasjon/');
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('without JavaScript, Enter lands on /sok/?q=…, which links to the site map', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/reservasjon/');
    const field = page.locator('.site-header').getByRole('searchbox', { name: 'Søk på nettstedet' });
    await field.fill('skjema på papir');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=skjema\+p%C3%A5\+papir$/);
    await expect(page.locator('.no-js-note')).toContainText('Søket trenger JavaScript');
    await expect(page.locator('.no-js-note')).toBeVisible();
    await expect(page.locator('.no-js-note').getByRole('link')).toHaveAttribute('href', '/nettstedskart/');
    await expect(page.getByRole('searchbox', { name: 'Hva leter du etter?' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Søk' })).toBeVisible();
    await context.close();
  });
});

test('the index holds main content only: no header, footer, 404 page or /sok/', async ({ page }) => {
  await page.goto('/sok/');
  const indexed = await page.evaluate(async () => {
    // A path TypeScript does not resolve: the file exists only in the built site.
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    await pagefind.options({ noWorker: true });
    const pages = new Map<string, string>();
    // Between them these words are on every page.
    for (const word of ['smertereg', 'du', 'og', 'i', 'er', 'side']) {
      for (const result of (await pagefind.search(word)).results) {
        const data = await result.data();
        pages.set(data.url, data.content);
      }
    }
    return [...pages];
  });
  const urls = indexed.map(([url]) => url);
  expect(urls).toContain('/reservasjon/');
  expect(urls.filter((u) => /404|\/sok\//.test(u))).toEqual([]);
  for (const [url, content] of indexed) {
    // The skip link, the header's site name and the footer's review dates are outside <main>.
    for (const outside of [
      'Hopp til hovedinnholdet',
      'Reservasjon mot SmerteReg',
      'Sist gjennomgått',
      'Om nettstedet',
    ]) {
      expect(content, `${url} was indexed with «${outside}»`).not.toContain(outside);
    }
  }
});
