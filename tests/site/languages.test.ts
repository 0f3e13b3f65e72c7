/**
 * The languages, on every built page: each page links to its twins (plain links with lang and
 * hreflang) and names them as alternates, each twin names the same set back, Open Graph and
 * JSON-LD say the language, the sitemap names the twins; a nynorsk page carries no bokmål and an
 * English page no Norwegian interface strings. (Keyboard use of the switcher: tests/e2e/shell.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LANGS, language } from '../../src/i18n/languages.ts';
import { pathOf } from '../../src/lib/content/site.ts';
import { builtPages, DIST } from '../tools/built-site.ts';
import { attr, byTag, find, findAll, hasClass, textContent } from '../tools/html.ts';
import { bodyOf, languageProblems } from '../tools/language-text.ts';
import { sitemapPaths } from '../tools/sitemap.ts';

const listed = new Set(sitemapPaths(DIST));
const pages = builtPages().filter((p) => listed.has(p.path));
const byPath = new Map(pages.map((p) => [p.path, p]));

test('every page links to its twins with lang and hreflang, and lists them as alternates both ways', () => {
  expect(pages.length).toBeGreaterThan(40);
  const problems: string[] = [];
  const say = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  for (const p of pages) {
    const twins = LANGS.filter((l) => byPath.has(pathOf(p.id, l)));
    // The switcher: every other language that has the page, at the same path after the prefix.
    const switcher = find(p.tree, (el) => el.tagName === 'nav' && hasClass(el, 'language-switcher'));
    const links = switcher ? byTag(switcher, 'a') : [];
    const hrefs = links.map((a) => attr(a, 'href'));
    const expected = twins.filter((l) => l !== p.lang).map((l) => pathOf(p.id, l));
    if (hrefs.join() !== expected.join()) say(p.path, `language links ${hrefs.join()} are not ${expected.join()}`);
    for (const a of links) {
      const twin = byPath.get(attr(a, 'href')!);
      const lang = twin && attr(byTag(twin.tree, 'html')[0]!, 'lang');
      if (attr(a, 'lang') !== attr(a, 'hreflang') || attr(a, 'hreflang') !== lang)
        say(
          p.path,
          `link to ${attr(a, 'href')} says lang ${attr(a, 'lang')}, hreflang ${attr(a, 'hreflang')}; the page is ${lang}`,
        );
    }
    // <link rel="alternate">: each twin and x-default, when the page has twins; each names this page back.
    const alternates = findAll(p.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate');
    const hreflangs = alternates.map((l) => attr(l, 'hreflang'));
    const wanted = twins.length > 1 ? [...twins.map((l) => language(l).htmlLang), 'x-default'] : [];
    if (hreflangs.join() !== wanted.join()) say(p.path, `alternates ${hreflangs.join()} are not ${wanted.join()}`);
    for (const l of alternates) {
      const href = attr(l, 'href')!;
      const twin = byPath.get(new URL(href).pathname);
      if (!twin) say(p.path, `alternate ${href} is not a page`);
      else if (!twin.html.includes(`href="${new URL(p.path, href).href}"`))
        say(p.path, `${href} does not name it back`);
    }
    // Open Graph and JSON-LD say the language too.
    const og = byTag(p.tree, 'meta', { property: 'og:locale' }).map((m) => attr(m, 'content'));
    if (og.join() !== language(p.lang).ogLocale) say(p.path, `og:locale ${og.join()}`);
    const ld = JSON.parse(textContent(byTag(p.tree, 'script', { type: 'application/ld+json' })[0]!));
    if (ld.inLanguage !== language(p.lang).htmlLang) say(p.path, `JSON-LD inLanguage ${ld.inLanguage}`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap names each page’s twins', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const entry = /<url><loc>[^<]*\/nn\/reservasjon\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
  for (const lang of LANGS) expect(entry, lang).toContain(`hreflang="${lang}"`);
});

test('nynorsk pages carry no bokmål, English pages no Norwegian interface strings', () => {
  const problems = builtPages().flatMap((p) =>
    languageProblems(bodyOf(p.tree), p.main, p.lang).map((problem) => `${p.path}: ${problem}`),
  );
  expect(problems).toEqual([]);
});
