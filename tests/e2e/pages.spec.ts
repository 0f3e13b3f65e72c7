/**
 * Every page in the sitemap, in every language, in a real Chromium: the basics a public health
 * page must get right.
 */
import { sitemapPaths } from '../tools/sitemap.ts';
import { parsePath } from '../../src/lib/content/site.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { language } from '../../src/i18n/languages.ts';
import { NOT_FOUND_PAGES } from '../../src/lib/security/headers.ts';
import { PAGES_WITH_JS } from '../tools/page-weight.ts';
import { languageProblems } from './language-text.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the core pages', () => {
  for (const p of [
    '/',
    '/om-smertereg/',
    '/informasjon/',
    '/reservasjon/',
    '/reservasjon/etterpa/',
    '/skjema/',
    '/helsenorge-veiledning/',
    '/helsepersonell/',
    '/kontakt/',
    '/tilgjengelighet/',
    '/personvern/',
  ]) {
    expect(paths).toContain(p);
  }
  expect(paths.some((p) => p.includes('404'))).toBe(false);
});

// A missing URL gets the bokmål 404 page from the preview server; the other languages' 404 pages
// are checked here as pages, and as what nginx sends for a missing /nn/… in tests/server.
const missing = ['/finnes-ikke/'];
for (const path of [...paths, ...missing, ...NOT_FOUND_PAGES.map((p) => p.page)]) {
  const t = words(parsePath(path).lang).shell;
  const htmlLang = language(parsePath(path).lang).htmlLang;
  const notFound = missing.includes(path);
  test.describe(path, () => {
    test('loads cleanly, is accessible, stays on this site, stores nothing and speaks its language', async ({
      page,
      context,
      watch,
    }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(notFound ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main#hovedinnhold')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      expect(await axeViolations(page)).toEqual([]);
      await page.waitForLoadState('networkidle');
      // A 404 page is itself reported by Chromium as a failed resource; nothing else may be.
      const errors = watch.consoleErrors.filter((e) => !(notFound && /status of 404/.test(e)));
      expect(errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.offsite).toEqual([]);
      // Content pages load no JavaScript; only the two tools do.
      if (!PAGES_WITH_JS.includes(path)) expect(scripts, 'scripts loaded').toEqual([]);
      // No cookies, no storage.
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await languageProblems(page, parsePath(path).lang)).toEqual([]);
    });

    // Content pages run no script, so one load without JavaScript at 320 px checks both; the two
    // tools (search, e-mail composer) reflow with their script running too (search.spec, composer.spec).
    test('renders without JavaScript and reflows at 320 px without sideways scrolling (WCAG 1.4.10)', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
      await expect(page.getByRole('link', { name: t.skipLink })).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    });
  });
}

test('the two tools reflow at 320 px with their script running (WCAG 1.4.10)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/sok/?q=skjema', '/nn/sok/?q=skjema', '/helsepersonell/e-post/', '/nn/helsepersonell/e-post/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/reservasjon/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#hovedinnhold')).toBeFocused();
  await page.keyboard.press('Tab');
  // the next stop is inside main, not back in the header
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('inner pages have breadcrumbs that lead home; the front page has none', async ({ page }) => {
  await page.goto('/reservasjon/skjema/');
  const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
  await expect(crumbs.getByRole('link')).toHaveText(['Forside', 'Reservasjon']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Med skjema');
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Brødsmulesti' })).toHaveCount(0);
});

test('head carries canonical URL, Open Graph and JSON-LD from the front matter', async ({ page }) => {
  await page.goto('/om-smertereg/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/om-smertereg\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Om SmerteReg');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('WebPage');
  expect(ld.name).toBe('Om SmerteReg');
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.breadcrumb.itemListElement).toHaveLength(2);
});

test('the footer shows review dates in Norwegian', async ({ page }) => {
  await page.goto('/kontakt/');
  await expect(page.locator('.review-dates')).toHaveText(
    /Sist gjennomgått \d{1,2}\. \p{L}+ \d{4} · Neste gjennomgang \d{1,2}\. \p{L}+ \d{4}/u,
  );
});

test('print hides navigation and shows the content', async ({ page }) => {
  await page.goto('/reservasjon/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header__nav')).toBeHidden();
  await expect(page.locator('.search-form').first()).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test("a missing contact detail links to SmerteReg's official page instead", async ({ page }) => {
  await page.goto('/kontakt/');
  const fallback = page.locator('main .contact__fallback');
  // It promises nothing about what that page lists (no source says).
  await expect(fallback).toContainText('Kontaktinformasjon til SmerteReg finner du hos Helse Bergen');
  await expect(fallback.getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/helse-bergen\.no\/nasjonalt-kvalitetsregister-for-smertebehandling\//,
  );
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(await res.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});
