/**
 * The languages: every page links to its twins (plain links with lang and hreflang) and names them
 * as alternates; each twin names the same set back; the sitemap names them; the switcher works
 * with the keyboard. (That nynorsk pages carry no bokmål and English pages no Norwegian interface
 * strings is checked on every page in pages.spec.ts, with language-text.ts.)
 */
import { sitemapPaths } from '../tools/sitemap.ts';
import { parsePath, pathOf } from '../../src/lib/content/site.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { language } from '../../src/i18n/languages.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';

const paths = sitemapPaths();

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

test('every page links to its twins with lang and hreflang, and lists them as alternates both ways', async ({
  request,
}) => {
  const html = new Map<string, string>();
  for (const path of paths) html.set(path, await (await request.get(path)).text());
  for (const [path, page] of html) {
    const { lang, id } = parsePath(path);
    expect(page, path).toContain(`<html lang="${language(lang).htmlLang}"`);
    const switcher = /<nav class="language-switcher"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    const links = [...switcher.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"/g)];
    const twins = LANGS.filter((l) => html.has(pathOf(id, l)));
    // The switcher: every other language that has the page, at the same path after the prefix.
    expect(
      links.map((m) => m[1]),
      `${path}: language links`,
    ).toEqual(twins.filter((l) => l !== lang).map((l) => pathOf(id, l)));
    for (const [, href, linkLang, hreflang] of links) {
      expect(linkLang, `${path} → ${href}`).toBe(hreflang);
      expect(html.get(href!), `${path} → ${href}`).toContain(`<html lang="${hreflang}"`);
    }
    // <link rel="alternate">: each twin and x-default, when the page has twins.
    const alternates = attr(page, /<link rel="alternate" hreflang="([^"]+)" href="[^"]+">/g);
    expect(alternates, `${path}: alternates`).toEqual(
      twins.length > 1 ? [...twins.map((l) => language(l).htmlLang), 'x-default'] : [],
    );
    for (const href of attr(page, /<link rel="alternate" hreflang="[^"]+" href="([^"]+)">/g)) {
      const twin = html.get(new URL(href).pathname);
      expect(twin, `${path}: alternate ${href} is a page`).toBeDefined();
      expect(twin, `${path}: ${href} names ${path} back`).toContain(`href="${new URL(path, href).href}"`);
    }
    // Open Graph and JSON-LD say the language too.
    expect(page, path).toContain(`<meta property="og:locale" content="${language(lang).ogLocale}">`);
    expect(page, path).toMatch(new RegExp(`"inLanguage":"${language(lang).htmlLang}"`));
  }
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

test('the sitemap names each page’s twins', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const entry = /<url><loc>[^<]*\/nn\/reservasjon\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
  for (const lang of LANGS) expect(entry, lang).toContain(`hreflang="${lang}"`);
});
