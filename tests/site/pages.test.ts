/**
 * Every built page of every language, read in Node: what a public health page must get right
 * that needs no browser (the browser checks the rest once per page shell: tests/e2e/shell.spec.ts).
 * Each test walks all pages and lists every page that fails, so one run names everything to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { language } from '../../src/i18n/languages.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { pathOf } from '../../src/lib/content/site.ts';
import { NOT_FOUND_PAGES } from '../../src/lib/security/headers.ts';
import { PAGES_WITH_JS } from '../tools/page-weight.ts';
import { sitemapPaths } from '../tools/sitemap.ts';
import { builtPage, builtPages, DIST, type BuiltPage } from '../tools/built-site.ts';
import { attr, byTag, find, findAll, hasClass, textContent } from '../tools/html.ts';
import { flat } from '../tools/text.ts';

const pages = builtPages();
const sitemap = sitemapPaths(DIST);
/** Pages shown in bokmål for want of a translation: their <main> is marked lang="nb". */
const isFallback = (p: BuiltPage) => p.lang !== 'nb' && !!p.main && attr(p.main, 'lang') === 'nb';
const meta = (p: BuiltPage, name: string) => byTag(p.tree, 'meta', { name })[0];
const description = (p: BuiltPage) => {
  const m = meta(p, 'description');
  return (m && attr(m, 'content')) ?? '';
};
const linkRel = (p: BuiltPage, rel: string) =>
  findAll(p.tree, (el) => el.tagName === 'link' && attr(el, 'rel') === rel);
const site = attr(linkRel(builtPage('/'), 'canonical')[0]!, 'href')!.replace(/\/$/, '');

/** Runs `check` on every page and expects no problem; `check` returns what is wrong with one page. */
function everyPage(check: (p: BuiltPage) => string | string[] | undefined, of: BuiltPage[] = pages) {
  const problems = of.flatMap((p) => [check(p) ?? []].flat().map((problem) => `${p.path}: ${problem}`));
  expect(of.length).toBeGreaterThan(40);
  expect(problems).toEqual([]);
}

describe('status by file', () => {
  test('the sitemap lists the core pages and no 404 page', () => {
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
    ])
      expect(sitemap).toContain(p);
    expect(sitemap.filter((p) => p.includes('404'))).toEqual([]);
  });

  test('every URL in the sitemap is a built page; every built page is in the sitemap, a 404 page or a fallback', () => {
    expect(sitemap.filter((p) => !existsSync(join(DIST, p, 'index.html')))).toEqual([]);
    const unlisted = pages.filter((p) => !sitemap.includes(p.path) && !p.notFound && !isFallback(p));
    expect(unlisted.map((p) => p.path)).toEqual([]);
  });

  test("each language has its 404 page, served for missing URLs under the language's prefix", () => {
    expect(builtPage('/404.html').lang).toBe('nb');
    for (const { prefix, page } of NOT_FOUND_PAGES) {
      expect(builtPage(page).lang, page).toBe(prefix.slice(1, -1));
      expect(meta(builtPage(page), 'robots') && attr(meta(builtPage(page), 'robots')!, 'content')).toBe('noindex');
    }
  });

  test('robots.txt points to the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('every page', () => {
  test('speaks its language: <html lang>', () => {
    everyPage((p) => {
      const lang = attr(byTag(p.tree, 'html')[0]!, 'lang');
      return lang === language(p.lang).htmlLang ? undefined : `lang="${lang}"`;
    });
  });

  test('has one h1, one main landmark (#hovedinnhold) with text, and a description', () => {
    everyPage((p) => [
      ...(byTag(p.tree, 'h1').length === 1 ? [] : [`${byTag(p.tree, 'h1').length} h1`]),
      ...(byTag(p.tree, 'main').length === 1 && p.main && attr(p.main, 'id') === 'hovedinnhold'
        ? []
        : ['not exactly one <main id="hovedinnhold">']),
      ...(flat(textContent(p.main ?? p.tree)).length > 40 ? [] : ['almost no text in <main>']),
      ...(description(p).length >= 20 ? [] : ['no description of 20 characters or more']),
    ]);
  });

  test('loads no script but on the two tools (JSON-LD is data, not script)', () => {
    everyPage((p) => {
      const scripts = findAll(
        p.tree,
        (el) =>
          (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json') ||
          (el.tagName === 'link' && ['modulepreload', 'preload'].includes(attr(el, 'rel') ?? '')),
      );
      if (PAGES_WITH_JS.includes(p.path)) return scripts.length > 0 ? undefined : 'the tool loads no script';
      return scripts.map((s) => `<${s.tagName} ${attr(s, 'src') ?? attr(s, 'href') ?? '(inline)'}>`);
    });
  });

  test('starts with the skip link to the main content, in its language', () => {
    everyPage((p) => {
      const first = find(byTag(p.tree, 'body')[0]!, () => true);
      const ok =
        first?.tagName === 'a' &&
        hasClass(first, 'skip-link') &&
        attr(first, 'href') === '#hovedinnhold' &&
        flat(textContent(first)) === words(p.lang).shell.skipLink;
      return ok ? undefined : `first element is not the skip link «${words(p.lang).shell.skipLink}»`;
    });
  });

  test('names its canonical URL (its own, or the bokmål page it shows), and Open Graph and JSON-LD agree', () => {
    everyPage((p) => {
      if (p.notFound) return linkRel(p, 'canonical').length === 0 ? undefined : 'a 404 page with a canonical URL';
      const canonical = linkRel(p, 'canonical').map((l) => attr(l, 'href'));
      const expected = `${site}${isFallback(p) ? pathOf(p.id) : p.path}`;
      const og = byTag(p.tree, 'meta', { property: 'og:url' }).map((m) => attr(m, 'content'));
      const ld = JSON.parse(textContent(byTag(p.tree, 'script', { type: 'application/ld+json' })[0]!)) as {
        '@type': string;
        url: string;
        name: string;
        lastReviewed: string;
      };
      const title = attr(byTag(p.tree, 'meta', { property: 'og:title' })[0]!, 'content');
      return [
        ...(canonical.join() === expected ? [] : [`canonical ${canonical.join()} is not ${expected}`]),
        ...(og.join() === canonical.join() ? [] : [`og:url ${og.join()}`]),
        ...(ld['@type'] === 'WebPage' && ld.name === title && /^\d{4}-\d\d-\d\d$/.test(ld.lastReviewed)
          ? []
          : ['JSON-LD is not a WebPage with the title and a review date']),
      ];
    });
  });

  test('inner pages have breadcrumbs that lead home in their language; front and 404 pages have none', () => {
    everyPage((p) => {
      const crumbs = findAll(
        p.tree,
        (el) => el.tagName === 'nav' && attr(el, 'aria-label') === words(p.lang).shell.breadcrumbsLabel,
      );
      if (p.id === 'index' || p.notFound)
        return crumbs.length === 0 ? undefined : 'breadcrumbs where there should be none';
      const first = crumbs[0] && byTag(crumbs[0], 'a')[0];
      return first && attr(first, 'href') === pathOf('index', p.lang) ? undefined : 'no breadcrumbs leading home';
    });
  });

  test('the footer links to the change log of its language', () => {
    everyPage((p) => {
      const footer = byTag(p.tree, 'footer')[0];
      const href = pathOf('endringer', p.lang);
      return footer && byTag(footer, 'a', { href }).length === 1 ? undefined : `no footer link to ${href}`;
    });
  });
});

describe('one page, as an example of the rest', () => {
  test('breadcrumbs name the trail and mark the page', () => {
    const nav = byTag(builtPage('/reservasjon/skjema/').tree, 'nav', { 'aria-label': 'Brødsmulesti' })[0]!;
    expect(byTag(nav, 'a').map((a) => flat(textContent(a)))).toEqual(['Forside', 'Reservasjon']);
    expect(flat(textContent(find(nav, (el) => attr(el, 'aria-current') === 'page')!))).toBe('Med skjema');
  });

  test('head carries canonical URL, Open Graph and JSON-LD from the front matter', () => {
    const p = builtPage('/om-smertereg/');
    expect(attr(linkRel(p, 'canonical')[0]!, 'href')).toMatch(/\/om-smertereg\/$/);
    expect(attr(byTag(p.tree, 'meta', { property: 'og:title' })[0]!, 'content')).toBe('Om SmerteReg');
    const ld = JSON.parse(textContent(byTag(p.tree, 'script', { type: 'application/ld+json' })[0]!));
    expect(ld['@type']).toBe('WebPage');
    expect(ld.name).toBe('Om SmerteReg');
    expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.breadcrumb.itemListElement).toHaveLength(2);
  });

  test('the footer shows review dates in Norwegian', () => {
    const dates = find(builtPage('/kontakt/').tree, (el) => hasClass(el, 'review-dates'))!;
    expect(flat(textContent(dates))).toMatch(
      /Sist gjennomgått \d{1,2}\. \p{L}+ \d{4} · Neste gjennomgang \d{1,2}\. \p{L}+ \d{4}/u,
    );
  });

  test("a missing contact detail links to SmerteReg's official page instead", () => {
    const fallback = find(builtPage('/kontakt/').main!, (el) => hasClass(el, 'contact__fallback'))!;
    // It promises nothing about what that page lists (no source says).
    expect(flat(textContent(fallback))).toContain('Kontaktinformasjon til SmerteReg finner du hos Helse Bergen');
    expect(attr(byTag(fallback, 'a')[0]!, 'href')).toMatch(
      /^https:\/\/helse-bergen\.no\/nasjonalt-kvalitetsregister-for-smertebehandling\//,
    );
  });
});
