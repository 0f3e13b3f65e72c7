/**
 * Search per language: on /nn/sok/ nynorsk queries (and bokmål spellings of them) find the
 * nynorsk pages, on /en/sok/ English queries find the English pages; junk finds nothing; and a
 * search never leaves the reader's language. Same targets as bokmål (search.spec.ts): the
 * expected page first for ≥ 95 % of the queries and in the top 3 for all.
 */
import { expect, test } from './fixtures.ts';
import { searchThroughPage } from './search-helpers.ts';
import { JUNK_NN, RELEVANCE_NN } from './search-queries-nn.ts';
import { JUNK_EN, RELEVANCE_EN } from './search-queries-en.ts';
import type { RelevanceCase } from './search-queries.ts';

const LANGUAGES: { lang: string; cases: RelevanceCase[]; junk: string[]; warm: string }[] = [
  { lang: 'nn', cases: RELEVANCE_NN, junk: JUNK_NN, warm: 'reservere' },
  { lang: 'en', cases: RELEVANCE_EN, junk: JUNK_EN, warm: 'opt out' },
];

for (const { lang, cases, junk, warm } of LANGUAGES) {
  test.describe(`/${lang}/sok/`, () => {
    test(`the expected page comes first for ≥ 95 % of ${cases.length} queries, in the top 3 for all; ${junk.length} junk queries find nothing`, async ({
      page,
      watch,
    }) => {
      await page.goto(`/${lang}/sok/?q=${encodeURIComponent(warm)}`);
      await expect(page.locator('[data-search-page] [role="status"]')).toContainText(warm, { timeout: 30_000 });
      const got = await searchThroughPage(
        page,
        cases.map((c) => c.query),
      );
      const rows = cases.map((c, i) => ({ ...c, urls: got[i]!.urls, rank: got[i]!.urls.indexOf(c.expect) }));
      const top1 = rows.filter((r) => r.rank === 0).length;
      const top3 = rows.filter((r) => r.rank >= 0 && r.rank < 3).length;
      const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)} %`;
      console.log(
        `Search relevance (${lang}): top-1 ${top1}/${rows.length} (${pct(top1)}), top-3 ${top3}/${rows.length} (${pct(top3)})`,
      );
      for (const m of rows.filter((r) => r.rank !== 0)) {
        console.log(
          `  miss: «${m.query}» wants ${m.expect} (rank ${m.rank < 0 ? 'none' : m.rank + 1}); got ${m.urls.slice(0, 3).join(', ') || 'nothing'}`,
        );
      }
      // Results stay in the reader's language.
      expect(rows.flatMap((r) => r.urls).filter((u) => !u.startsWith(`/${lang}/`))).toEqual([]);
      expect(top1 / rows.length, 'top-1 rate').toBeGreaterThanOrEqual(0.95);
      expect(
        rows.filter((r) => r.rank < 0 || r.rank >= 3).map((r) => r.query),
        'queries without their page in the top 3',
      ).toEqual([]);
      const junkGot = await searchThroughPage(page, junk);
      expect(junkGot.filter((g) => g.urls.length > 0).map((g) => `${g.query}: ${g.urls.join(', ')}`)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  });
}
