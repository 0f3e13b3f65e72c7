/**
 * Site structure derived from the pages collection: URLs, breadcrumbs, navigation.
 * A page's URL comes from its file path under content/pages/nb/ ("reservasjon/skjema.mdx"
 * → "/reservasjon/skjema/"; "index.mdx" → "/").
 */
export interface PageLike {
  id: string;
  data: { title: string; label?: string; order: number };
}

export function pathOf(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
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
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nb'));
}

/** Main navigation, in display order: id of the page and whether the current page is inside it. */
export const MAIN_NAV = ['om-smertereg', 'reservasjon', 'skjema', 'helsepersonell', 'kontakt'] as const;

export function isCurrentSection(currentId: string, navId: string): boolean {
  return currentId === navId || currentId.startsWith(`${navId}/`);
}
