/**
 * A plain-language budget for every built page: LIX of the visible main text (tests/tools/lix.ts)
 * must stay within 40 on pages for patients and everyone, and within 45 on pages for clinicians
 * (their audience in the page's JSON-LD), and within 25 on the easy-read pages (/lettlest/). Hidden
 * search keywords and URLs are left out. The test prints the table, worst first, so a writer sees
 * where to work. Bokmål and nynorsk pages only: LIX is calibrated for Scandinavian text, not for
 * English.
 */
import { sitemapPaths } from '../tools/sitemap.ts';
import { parsePath } from '../../src/lib/content/site.ts';
import { lix, type LixResult } from '../tools/lix.ts';
import { expect, test } from './fixtures.ts';

const BUDGET = { patient: 40, clinician: 45, easyRead: 25 } as const;

interface Row extends LixResult {
  path: string;
  audience: keyof typeof BUDGET;
  budget: number;
}

test('every page stays within its LIX budget', async ({ page }) => {
  test.setTimeout(120_000);
  const rows: Row[] = [];
  for (const path of sitemapPaths().filter((p) => parsePath(p).lang !== 'en')) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const audience = /\/lettlest\/$/.test(path)
      ? 'easyRead'
      : jsonLd?.audience?.audienceType === 'Clinician'
        ? 'clinician'
        : 'patient';
    // innerText leaves out what is not rendered: the hidden keyword line, print-only text.
    const text = await page.locator('main').innerText();
    rows.push({ path, audience, budget: BUDGET[audience], ...lix(text) });
  }
  rows.sort((a, b) => b.lix - a.lix);
  const table = [
    'LIX   budget  words/sentence  words  sentences  page',
    ...rows.map(
      (r) =>
        `${r.lix.toFixed(1).padStart(4)}  ${String(r.budget).padStart(6)}  ${r.wordsPerSentence.toFixed(1).padStart(14)}  ` +
        `${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}  ${r.path}${r.lix > r.budget ? '  OVER' : ''}`,
    ),
  ];
  const words = rows.reduce((n, r) => n + r.words, 0);
  const sentences = rows.reduce((n, r) => n + r.sentences, 0);
  table.push(`all pages: ${(words / sentences).toFixed(1)} words per sentence`);
  console.log(table.join('\n'));

  expect(rows.length).toBeGreaterThan(10);
  expect(
    rows.filter((r) => r.words < 10).map((r) => r.path),
    'a page with almost no text was measured',
  ).toEqual([]);
  expect(rows.filter((r) => r.lix > r.budget).map((r) => `${r.path}: LIX ${r.lix} > ${r.budget}`)).toEqual([]);
});
