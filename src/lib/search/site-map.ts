/**
 * The site map (/nettstedskart/): every page, grouped by section, for readers and for finding
 * pages without JavaScript. A section is a top-level page with pages under it ("reservasjon"
 * with "reservasjon/skjema", …) and gets a heading; the top-level pages without pages under them
 * come first, in one list (a list after a section's heading would read as part of it).
 *
 * The site map is the one page whose weight grows with the number of pages. To keep it within
 * the page budget (25 KB gzip in all) at 1,000 pages, each section lists at most SECTION_LIMIT
 * of its pages here and says how many more there are, with a link to the section's own page
 * (tests/unit/site-map.test.ts renders 1,000 synthetic pages and measures it). Today's sections
 * have at most five pages, so every page is listed.
 */
import { sortPages, type PageLike } from '../content/site';

/** At most this many pages of one section on the site map. */
export const SECTION_LIMIT = 25;

export interface SiteMapGroup<P extends PageLike> {
  /** The section's own page; absent for the top-level pages without pages under them. */
  section?: P;
  /** The pages listed: the section's pages (at most `limit`), or those top-level pages. */
  pages: P[];
  /** How many of the section's pages are not listed. */
  more: number;
}

const topOf = (id: string) => id.split('/')[0]!;

/** Group pages for the site map, in site order (sortPages), sections limited to `limit` pages. */
export function siteMapGroups<P extends PageLike>(pages: readonly P[], limit = SECTION_LIMIT): SiteMapGroup<P>[] {
  const sorted = sortPages([...pages]);
  const top = sorted.filter((p) => !p.id.includes('/'));
  const topIds = new Set(top.map((p) => p.id));
  const under = new Map<string, P[]>();
  const orphans: P[] = [];
  for (const p of sorted) {
    if (!p.id.includes('/')) continue;
    if (topIds.has(topOf(p.id))) under.set(topOf(p.id), [...(under.get(topOf(p.id)) ?? []), p]);
    else orphans.push(p); // no page for its section: listed with the top-level pages, never lost
  }
  const loose: P[] = [];
  const sections: SiteMapGroup<P>[] = [];
  for (const p of top) {
    const children = under.get(p.id) ?? [];
    if (children.length === 0) loose.push(p);
    else sections.push({ section: p, pages: children.slice(0, limit), more: Math.max(0, children.length - limit) });
  }
  loose.push(...orphans);
  const groups: SiteMapGroup<P>[] = loose.length > 0 ? [{ pages: loose, more: 0 }, ...sections] : sections;
  return groups;
}
