/**
 * The site map (/nettstedskart/, PageList.astro) grouped by section, and its weight at 1,000
 * pages: rendered by Astro with synthetic pages and measured gzip-compressed, against the page
 * budget (25 KB gzip for a page in all) less what the rest of the page weighs.
 */
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageList from '../../src/components/PageList.astro';
import type { PageLike } from '../../src/lib/content/site';
import { SECTION_LIMIT, siteMapGroups } from '../../src/lib/search/site-map';

const page = (id: string, title = id, order = 50): PageLike => ({ id, data: { title, order } });

/** Page budget (README / tests/bench/bench.ts): a content page ≤ 25 KB gzip in all. */
const PAGE_BUDGET = 25 * 1024;
/**
 * What the site map page weighs besides the list: HTML shell (head, header, navigation, footer)
 * about 2 KB, CSS about 4.5 KB, icon 0.5 KB gzip (`npm run bench`, /nettstedskart/), with room
 * for growth.
 */
const REST_OF_PAGE = 10 * 1024;

/** Deterministic pseudo-random numbers (mulberry32), so the synthetic site is the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'reservasjon registeret smertebehandling pasient behandler skjema helsenorge melding sikker innsyn ' +
  'opplysninger sletting kvalitetsregister smerteteam sykehus rettigheter personvern samtykke brev ' +
  'digital papir frist svar klage veiledning steg oversikt kontakt helsepersonell tilgjengelighet ' +
  'journal nasjonalt endring tilbake kopi fullmakt verge barn ungdom spørsmål informasjon sende ' +
  'postadresse ordning forskning statistikk utlevering behandling formål lagring tid'
).split(' ');

/**
 * 1,000 synthetic pages like a grown site: 10 loose top-level pages and 10 sections, each a page with 98 pages under it,
 * each titled with 3–7 words, its URL made from the title.
 */
function syntheticSite(): PageLike[] {
  const next = random(14);
  const title = () => {
    const n = 3 + Math.floor(next() * 5);
    const t = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
    return t[0]!.toUpperCase() + t.slice(1);
  };
  const slug = (t: string) =>
    t
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-');
  const pages: PageLike[] = [];
  for (let i = 0; i < 10; i++) pages.push(page(`side-${i}-${slug(title())}`, title(), i));
  for (let s = 0; s < 10; s++) {
    const sectionTitle = title();
    const section = `${slug(sectionTitle)}-${s}`;
    pages.push(page(section, sectionTitle, 10 + s));
    for (let i = 0; i < 98; i++) {
      const t = title();
      pages.push(page(`${section}/${slug(t)}-${i}`, t, i));
    }
  }
  return pages;
}

async function render(pages: PageLike[]): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(PageList, { props: { pages } });
}

const gzip = (html: string) => gzipSync(html, { level: 9 }).length;

describe('siteMapGroups', () => {
  it('lists top-level pages without sub-pages first, then each section with its pages, in site order', () => {
    const groups = siteMapGroups([
      page('kontakt', 'Kontakt', 5),
      page('reservasjon', 'Reservasjon', 2),
      page('reservasjon/skjema', 'Skjema', 2),
      page('reservasjon/edialog', 'eDialog', 1),
      page('index', 'Forside', 0),
      page('hjelp/ord', 'Ord', 1), // its section has no page of its own
    ]);
    expect(groups.map((g) => [g.section?.id, g.pages.map((p) => p.id), g.more])).toEqual([
      [undefined, ['index', 'kontakt', 'hjelp/ord'], 0],
      ['reservasjon', ['reservasjon/edialog', 'reservasjon/skjema'], 0],
    ]);
  });

  it('lists at most the limit of a section and counts the rest', () => {
    const pages = [page('a'), ...Array.from({ length: 30 }, (_, i) => page(`a/p${String(i).padStart(2, '0')}`))];
    const [a] = siteMapGroups(pages, 25);
    expect(a!.pages).toHaveLength(25);
    expect(a!.more).toBe(5);
  });
});

describe('PageList', () => {
  it('renders a heading per section and a link per page', async () => {
    const html = await render([
      page('index', 'Forside', 0),
      page('reservasjon', 'Reservasjon', 1),
      page('reservasjon/skjema', 'Skjema', 1),
    ]);
    expect(html).toContain('<h2><a href="/reservasjon/">Reservasjon</a></h2>');
    expect(html).toContain('<a href="/reservasjon/skjema/">Skjema</a>');
    expect(html).toContain('<a href="/">Forside</a>');
    expect(html).not.toContain('sider til');
  });

  it(`stays within the page budget at 1,000 pages (sections limited to ${SECTION_LIMIT} pages)`, async () => {
    const pages = syntheticSite();
    expect(pages).toHaveLength(1000);
    const html = await render(pages);
    const bytes = gzip(html);
    console.log(
      `Site map at 1,000 synthetic pages: ${(bytes / 1024).toFixed(1)} KB gzip (list only; budget for it ${((PAGE_BUDGET - REST_OF_PAGE) / 1024).toFixed(1)} KB)`,
    );
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET - REST_OF_PAGE);
    expect(html.match(/<h2>/g)).toHaveLength(10);
    expect(html.match(/sider til under/g)).toHaveLength(10);
    expect(html).toMatch(/<p>Og \d+ sider til under <a href="\/[^"]+\/">[^<]+<\/a>\.<\/p>/);
    // The same 1,000 pages listed in full would be over budget: the measurement can fail.
    const all = pages.map((p) => `<li><a href="/${p.id}/">${p.data.title}</a></li>`).join('');
    expect(gzip(all)).toBeGreaterThan(PAGE_BUDGET - REST_OF_PAGE);
  });
});
