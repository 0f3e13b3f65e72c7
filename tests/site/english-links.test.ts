/**
 * A reader of the English pages is told before they follow a link that it leads to a page in
 * Norwegian only: every such link carries `hreflang="nb"` and a visible «(in Norwegian)» in its
 * text (not only for screen readers). Checked over the built site in dist/ (run `npm run build`
 * first), on every English page, for every link in the whole document (menu, main text, footer):
 * - internal: a path outside /en/ whose English twin does not exist (the clinicians' pages);
 * - off-site: the registry's Norwegian sites (helse-bergen.no, helsenorge.no, kvalitetsregistre.no,
 *   uutilsynet.no), listed here on purpose rather than read from content/registry.yaml.
 * Links to a page's own Norwegian twin (the language switcher) must name their language too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

const DIST = process.env.SMERTEREG_OUT_DIR ?? 'dist';
const NORWEGIAN_SITES = ['helse-bergen.no', 'helsenorge.no', 'kvalitetsregistre.no', 'uutilsynet.no'];
const NOTE = '(in Norwegian)';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

const links = (node: Root | Element): Element[] =>
  node.children.flatMap((c) =>
    c.type !== 'element' ? [] : [...(c.tagName === 'a' && c.properties.href !== undefined ? [c] : []), ...links(c)],
  );

const classes = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

/** The text a sighted reader sees: without visually hidden or hidden parts. */
function visibleText(el: Element): string {
  return el.children
    .map((c) => {
      if (c.type === 'text') return c.value;
      if (c.type !== 'element' || c.properties.hidden !== undefined) return '';
      return classes(c).includes('visually-hidden') ? '' : visibleText(c);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

type Kind = 'norwegian-only' | 'twin' | 'own';

/** What a link on an English page leads to. */
function kindOf(href: string): Kind {
  if (/^https?:\/\//.test(href)) {
    const host = new URL(href).hostname.replace(/^www\./, '');
    return NORWEGIAN_SITES.includes(host) ? 'norwegian-only' : 'own';
  }
  if (!href.startsWith('/')) return 'own'; // mailto:, tel:, #anchor
  const path = href.split(/[?#]/)[0]!;
  if (path.startsWith('/en/') || /\.[a-z0-9]+$/i.test(path)) return 'own';
  const twin = join(DIST, 'en', path.replace(/^\/nn\//, '/'), 'index.html');
  return existsSync(twin) ? 'twin' : 'norwegian-only';
}

const pages = htmlFiles(join(DIST, 'en')).map((file) => ({
  page: `/${relative(DIST, file)}`.replace(/index\.html$/, ''),
  tree: fromHtml(readFileSync(file, 'utf8')),
}));
const found = pages.flatMap(({ page, tree }) =>
  links(tree).map((a) => {
    const href = String(a.properties.href);
    return { page, href, kind: kindOf(href), text: visibleText(a), hreflang: a.properties.hrefLang };
  }),
);
const norwegianOnly = found.filter((l) => l.kind === 'norwegian-only');

describe('links from English pages to pages in Norwegian only', () => {
  test('the English pages and the links the issue names are there to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
    const on = (page: string, href: RegExp) => norwegianOnly.some((l) => l.page === page && href.test(l.href));
    expect(on('/en/', /^\/helsepersonell\/$/), 'the menu item for clinicians').toBe(true);
    expect(on('/en/nettstedskart/', /^\/helsepersonell\/e-post\/$/), 'the site map').toBe(true);
    expect(on('/en/endringer/', /^\/helsepersonell\//), "the change log's page links").toBe(true);
    expect(on('/en/reservasjon/edialog/', /#edialog/), 'the eDialog link').toBe(true);
    expect(on('/en/tilgjengelighet/', /uutilsynet\.no/), 'Uutilsynet').toBe(true);
    expect(on('/en/personvern/', /pasientinformasjon-ved-smertereg/), "the footer's contact fallback").toBe(true);
  });

  test('each says so visibly, «(in Norwegian)», and carries hreflang="nb"', () => {
    const bad = norwegianOnly
      .filter((l) => !l.text.includes(NOTE) || l.hreflang !== 'nb')
      .map((l) => `${l.page}: <a href="${l.href}" hreflang="${l.hreflang ?? ''}">${l.text}</a>`);
    expect(bad).toEqual([]);
  });

  test('the note is said once per link', () => {
    const twice = norwegianOnly.filter((l) => l.text.split(NOTE).length > 2).map((l) => `${l.page}: ${l.text}`);
    expect(twice).toEqual([]);
  });

  test('links to a Norwegian twin of an English page name its language (the language switcher)', () => {
    const bad = found.filter((l) => l.kind === 'twin' && !l.hreflang).map((l) => `${l.page}: ${l.href} ${l.text}`);
    expect(bad).toEqual([]);
  });
});
