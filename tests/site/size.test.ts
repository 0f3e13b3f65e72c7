/**
 * Size budgets of the built site (bytes are deterministic, so they are tests; times are not):
 * for every page, gzip -9 of its HTML plus every CSS and JS file it loads on a first visit is at
 * most 25 KB, and no page but the two tools loads any JavaScript. `npm run bench` prints the table.
 */
import { expect, test } from 'vitest';
import { DIST } from '../tools/built-site.ts';
import { BUDGET_BYTES, PAGES_WITH_JS, pageWeights } from '../tools/page-weight.ts';

const weights = pageWeights(DIST);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('every page and the CSS and JS it loads on a first visit stay within 25 KB gzip', () => {
  expect(weights.length, 'pages found in dist/').toBeGreaterThan(15);
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(
    `Heaviest first visit: ${heaviest.page} ${kb(heaviest.total)} (HTML ${heaviest.html} B, CSS ${heaviest.css} B, JS ${heaviest.js} B)`,
  );
  expect(weights.filter((w) => w.total > BUDGET_BYTES).map((w) => `${w.page} ${kb(w.total)}`)).toEqual([]);
});

test('only the search page and the e-mail composer load JavaScript', () => {
  const withJs = weights.filter((w) => w.js > 0).map((w) => w.page);
  expect(withJs.sort()).toEqual([...PAGES_WITH_JS].sort());
  for (const w of weights) expect(w.css, `${w.page} loads the stylesheet`).toBeGreaterThan(0);
});
