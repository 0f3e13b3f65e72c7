/**
 * The built site in dist/ as the tests over it (tests/site/) read it: every HTML page with its
 * URL path, language, page id and parsed tree, the stylesheet, and the text a browser would
 * render (tests/tools/inner-text.ts). Read once per test file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../src/i18n/languages.ts';
import { parsePath } from '../../src/lib/content/site.ts';
import { byTag, find, parseHtml, type Element, type Root } from './html.ts';
import { pathTo, renderer, type Renderer } from './inner-text.ts';

export const DIST = resolve(import.meta.dirname, '../..', process.env.SMERTEREG_OUT_DIR ?? 'dist');

export interface BuiltPage {
  /** The URL path: "/nn/skjema/"; the bokmål 404 page is "/404.html". */
  path: string;
  /** The file under dist/: "nn/skjema/index.html". */
  file: string;
  lang: Lang;
  /** The page id, the same for every language: "skjema", "index", "404". */
  id: string;
  html: string;
  tree: Root;
  /** The page's <main>, if it has one. */
  main: Element | undefined;
  /** A 404 page (served for missing URLs, not linked). */
  notFound: boolean;
}

let pages: BuiltPage[] | undefined;

/** Every HTML page in dist/ (Pagefind's files left out), sorted by path. */
export function builtPages(): BuiltPage[] {
  if (pages) return pages;
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run npm run build first.`);
  pages = (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((file) => {
      const path = file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
      const { lang, id } = parsePath(path === '/404.html' ? '/404/' : path);
      const html = readFileSync(join(DIST, file), 'utf8');
      const tree = parseHtml(html);
      return { path, file, lang, id, html, tree, main: byTag(tree, 'main')[0], notFound: id === '404' };
    });
  return pages;
}

/** A built page by its path; fails the test when there is none. */
export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not a page in ${DIST}`);
  return page;
}

/** The one stylesheet every page loads. */
export function stylesheet(): string {
  const href = find(
    builtPage('/').tree,
    (el) => el.tagName === 'link' && el.properties.rel?.toString() === 'stylesheet',
  )?.properties.href;
  if (typeof href !== 'string') throw new Error('the front page links no stylesheet');
  return readFileSync(join(DIST, href), 'utf8');
}

let shared: Renderer | undefined;
const rendering = () => (shared ??= renderer(stylesheet()));

/** What a browser shows of an element of a page as text (innerText), at 1280 px with scripting on. */
export function renderedText(page: BuiltPage, el: Element | undefined = page.main): string {
  if (!el) return '';
  return rendering().innerText(el, pathTo(page.tree, el));
}

/** Whether a browser renders the element at all (not hidden, not display: none). */
export function isRendered(page: BuiltPage, el: Element): boolean {
  return rendering().isRendered(el, pathTo(page.tree, el));
}
