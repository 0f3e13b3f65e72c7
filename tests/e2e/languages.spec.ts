/**
 * The languages: every page links to its twins (plain links with lang and hreflang) and names them
 * as alternates; each twin names the same set back; nynorsk pages carry no bokmål interface
 * strings and no bokmål-only words; English pages no Norwegian interface strings. Pages are read
 * over HTTP where the HTML is enough, and in Chromium where the visible text matters.
 */
import { sitemapPaths } from '../tools/sitemap.ts';
import { parsePath, pathOf } from '../../src/lib/content/site.ts';
import { ui, type UiStrings } from '../../src/i18n/ui.ts';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';

const paths = sitemapPaths();
const ofLang = (lang: Lang) => paths.filter((p) => parsePath(p).lang === lang);

/** Every plain string of a dictionary, at any depth (functions are left out). */
function strings(t: UiStrings): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(t);
  return out;
}

/**
 * The bokmål interface strings that differ in `lang`: none of them may show on its pages. Language
 * names are left out: an English page rightly says "Norwegian bokmål".
 */
function bokmalOnly(lang: Lang): string[] {
  const own = new Set(strings(ui(lang)));
  const names = new Set(Object.values(ui('nb').download.langNames));
  return strings(ui('nb')).filter((s) => s.length >= 5 && !own.has(s) && !names.has(s) && s !== ui('nb').htmlLang);
}

/** Words that are bokmål and never nynorsk (Språkrådet's nynorsk norm). */
const BOKMAL_WORDS = [
  'ikke',
  'hva',
  'hvordan',
  'hvis',
  'hvem',
  'hvor',
  'hvorfor',
  'uten',
  'bare',
  'noen',
  'fra',
  'være',
  'ble',
  'jeg',
  'mye',
  'dere',
  'deres',
  'siden',
  'sykehus',
  'sykehuset',
  'behandleren',
  'opplysninger',
  'meldinger',
  'gjør',
];

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

test('every page links to its twins with lang and hreflang, and lists them as alternates both ways', async ({
  request,
}) => {
  const html = new Map<string, string>();
  for (const path of paths) html.set(path, await (await request.get(path)).text());
  for (const [path, page] of html) {
    const { lang, id } = parsePath(path);
    expect(page, path).toContain(`<html lang="${ui(lang).htmlLang}"`);
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
      twins.length > 1 ? [...twins.map((l) => ui(l).htmlLang), 'x-default'] : [],
    );
    for (const href of attr(page, /<link rel="alternate" hreflang="[^"]+" href="([^"]+)">/g)) {
      const twin = html.get(new URL(href).pathname);
      expect(twin, `${path}: alternate ${href} is a page`).toBeDefined();
      expect(twin, `${path}: ${href} names ${path} back`).toContain(`href="${new URL(path, href).href}"`);
    }
    // Open Graph and JSON-LD say the language too.
    expect(page, path).toContain(`<meta property="og:locale" content="${ui(lang).ogLocale}">`);
    expect(page, path).toMatch(new RegExp(`"inLanguage":"${ui(lang).htmlLang}"`));
  }
});

test('the language switcher works with the keyboard and lands on the twin', async ({ page }) => {
  await page.goto('/nn/reservasjon/skjema/');
  const switcher = page.getByRole('navigation', { name: ui('nn').languageNavLabel });
  await switcher.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/reservasjon\/skjema\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: ui('en').languageNavLabel })
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

/** The visible text of <main> outside elements marked as another language. */
async function ownText(page: import('@playwright/test').Page, lang: Lang): Promise<string> {
  return page.evaluate((lang) => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll(`[lang]:not([lang="${lang}"])`).forEach((e) => e.remove());
    main.querySelectorAll('[hidden]').forEach((e) => e.remove());
    return main.textContent ?? '';
  }, lang);
}

test('nynorsk pages have no bokmål interface strings and no bokmål-only words', async ({ page }) => {
  const banned = bokmalOnly('nn');
  const word = new RegExp(`(?<![\\p{L}«])(${BOKMAL_WORDS.join('|')})(?![\\p{L}»])`, 'giu');
  const found: string[] = [];
  for (const path of ofLang('nn')) {
    await page.goto(path);
    const body = await page.evaluate(() => document.body.innerText);
    for (const s of banned) if (body.includes(s)) found.push(`${path}: interface string «${s}»`);
    // Words inside «…» are names of helsenorge.no's bokmål menus, quoted as the reader sees them.
    const text = (await ownText(page, 'nn')).replace(/«[^»]*»/g, '');
    for (const m of text.matchAll(word)) found.push(`${path}: bokmål word «${m[1]}»`);
  }
  expect(found).toEqual([]);
});

test('English pages have no Norwegian interface strings', async ({ page }) => {
  const nnNames = new Set(Object.values(ui('nn').download.langNames));
  const nynorskOnly = strings(ui('nn')).filter((s) => !strings(ui('en')).includes(s) && !nnNames.has(s));
  const banned = [...new Set([...bokmalOnly('en'), ...nynorskOnly])].filter((s) => s.length >= 5);
  const found: string[] = [];
  for (const path of ofLang('en')) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang]:not([lang="en"]), [hidden]').forEach((e) => e.remove());
      // «…» quotes Norwegian words the text is about (the change log says which wording changed).
      return (body.innerText || body.textContent || '').replace(/«[^»]*»/g, '');
    });
    for (const s of banned) if (text.includes(s)) found.push(`${path}: «${s}»`);
  }
  expect(found).toEqual([]);
});
