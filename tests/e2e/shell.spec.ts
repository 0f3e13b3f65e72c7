/**
 * The browser's part of every page: once per bokmål page and once per shell of each other
 * language (front page, 404 page), on a 320 px wide screen with JavaScript on. All pages come from
 * one route template, so the other languages' bodies add no browser behaviour; what needs no
 * browser is checked on every page of every language in Node (tests/site/).
 */
import { sitemapPaths } from '../tools/sitemap.ts';
import { parsePath, pathOf } from '../../src/lib/content/site.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { language, LANGS } from '../../src/i18n/languages.ts';
import { PAGES_WITH_JS } from '../tools/page-weight.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const WIDTH = 320;
/** A missing URL: the preview server answers with the bokmål 404 page. */
const MISSING = '/finnes-ikke/';
const bokmal = sitemapPaths().filter((p) => parsePath(p).lang === 'nb');
const shells = LANGS.filter((l) => l !== 'nb').flatMap((l) => [pathOf('index', l), pathOf('404', l)]);

test.describe(`every bokmål page and each language's shell, at ${WIDTH} px with JavaScript`, () => {
  test.use({ viewport: { width: WIDTH, height: 640 } });
  // axe on a full page can take many seconds on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  for (const path of [...bokmal, MISSING, ...shells]) {
    const { lang } = parsePath(path);
    test(`${path}: accessible, reflows, loads cleanly from this site only, stores nothing, skip link works`, async ({
      page,
      context,
      watch,
    }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === MISSING ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', language(lang).htmlLang);
      expect(await axeViolations(page)).toEqual([]);
      await page.waitForLoadState('networkidle');
      // No sideways scrolling at 320 px (WCAG 1.4.10), with the page's script, if any, running.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      // A 404 page is itself reported by Chromium as a failed resource; nothing else may be.
      expect(watch.consoleErrors.filter((e) => !(path === MISSING && /status of 404/.test(e)))).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.offsite).toEqual([]);
      if (!PAGES_WITH_JS.includes(path)) expect(scripts, 'scripts loaded').toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

      // The skip link is the first stop, shows when focused, and moves focus to the main content.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: words(lang).shell.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#hovedinnhold')).toBeFocused();
    });
  }
});

test(`the tools reflow at ${WIDTH} px with their script running: search results, and the other languages`, async ({
  page,
}) => {
  await page.setViewportSize({ width: WIDTH, height: 640 });
  for (const path of ['/sok/?q=skjema', '/nn/sok/?q=skjema', '/en/sok/?q=form', '/nn/helsepersonell/e-post/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(WIDTH);
  }
});

test('after the skip link, the next stop is inside the main content', async ({ page }) => {
  await page.goto('/reservasjon/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the language switcher works with the keyboard and lands on the twin', async ({ page }) => {
  await page.goto('/nn/reservasjon/skjema/');
  const switcher = page.getByRole('navigation', { name: words('nn').shell.languageNavLabel });
  await switcher.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/reservasjon\/skjema\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: words('en').shell.languageNavLabel })
    .getByRole('link', { name: 'Bokmål' })
    .click();
  await expect(page).toHaveURL(/\/reservasjon\/skjema\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('print hides navigation and shows the content', async ({ page }) => {
  await page.goto('/reservasjon/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header__nav')).toBeHidden();
  await expect(page.locator('.search-form').first()).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
