/**
 * Site structure derived from the pages collection: URLs, breadcrumbs, navigation.
 * A page's URL comes from its file path under content/pages/<lang>/ ("reservasjon/skjema.mdx"
 * → "/reservasjon/skjema/"; "index.mdx" → "/"), under "/<lang>/" for every language but the
 * default ("/nn/reservasjon/skjema/").
 */
import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/languages.ts';
export interface PageLike {
  id: string;
  data: { title: string; label?: string; order: number };
}

export function pathOf(id: string, lang: Lang = DEFAULT_LANG): string {
  const path = id === 'index' ? '/' : `/${id}/`;
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The language and page id of a site path: "/nn/skjema/" → { lang: "nn", id: "skjema" }. */
export function parsePath(path: string): { lang: Lang; id: string } {
  const parts = path.split('/').filter(Boolean);
  const lang = isLang(parts[0]) && parts[0] !== DEFAULT_LANG ? parts.shift()! : DEFAULT_LANG;
  return { lang: lang as Lang, id: parts.length === 0 ? 'index' : parts.join('/') };
}

/**
 * Where a link to a page goes for a reader of `page.lang`: the page in that language, or the
 * bokmål page when the language is not meant to have it (clinician pages in English).
 */
export function hrefOf(page: { id: string; lang: Lang; fallback: boolean; inScope: boolean }): string {
  return pathOf(page.id, page.fallback && !page.inScope ? DEFAULT_LANG : page.lang);
}

/** Whether a page gets a URL in its language: its own text, or a fallback the language should have. */
export function isPublished(page: { fallback: boolean; inScope: boolean }): boolean {
  return !page.fallback || page.inScope;
}

export function labelOf(page: PageLike): string {
  return page.data.label ?? page.data.title;
}

/** Ancestors of a page that exist as pages, from the front page down (the page itself excluded). */
export function breadcrumbs<P extends PageLike>(id: string, pages: P[]): P[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const trail: P[] = [];
  const home = byId.get('index');
  if (id === 'index') return trail;
  if (home) trail.push(home);
  const parts = id.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = byId.get(parts.slice(0, i).join('/'));
    if (parent) trail.push(parent);
  }
  return trail;
}

/** Pages sorted for lists and the site map: by order, then title. */
export function sortPages<P extends PageLike>(pages: P[]): P[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, DEFAULT_LANG));
}

/** Main navigation, in display order: id of the page and whether the current page is inside it. */
export const MAIN_NAV = ['om-smertereg', 'reservasjon', 'skjema', 'helsepersonell', 'kontakt'] as const;

export function isCurrentSection(currentId: string, navId: string): boolean {
  return currentId === navId || currentId.startsWith(`${navId}/`);
}
