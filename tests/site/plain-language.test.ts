/**
 * A plain-language budget for every built page: LIX of the visible main text (tests/tools/lix.ts)
 * must stay within 40 on pages for patients and everyone, and within 45 on pages for clinicians
 * (their audience in the page's JSON-LD), and within 25 on the easy-read pages (/lettlest/). The text is what a browser's innerText gives at 1280 px
 * with scripting on (tests/tools/inner-text.ts): hidden search keywords and print-only text left
 * out, visually hidden text kept, each block its own line. The test prints the table, worst first,
 * so a writer sees where to work. Bokmål and nynorsk pages only: LIX is calibrated for
 * Scandinavian text, not for English.
 */
import { expect, test } from 'vitest';
import { builtPage, DIST, renderedText, type BuiltPage } from '../tools/built-site.ts';
import { attr, byTag, findAll, textContent } from '../tools/html.ts';
import { lix, type LixResult } from '../tools/lix.ts';
import { sitemapPaths } from '../tools/sitemap.ts';

const BUDGET = { patient: 40, clinician: 45, easyRead: 25 } as const;

interface Row extends LixResult {
  path: string;
  audience: keyof typeof BUDGET;
  budget: number;
}

/**
 * The page as the reader sees it once its script has run: the e-mail composer shows its form and
 * hides its no-JavaScript template (src/components/composer/pid-composer.ts, at the end of initPidComposer).
 */
function afterScripts(built: BuiltPage): BuiltPage {
  const tree = structuredClone(built.tree);
  for (const el of findAll(tree, (e) => attr(e, 'data-pid-template') !== undefined)) el.properties.hidden = true;
  for (const el of findAll(tree, (e) => attr(e, 'data-pid-form') !== undefined)) delete el.properties.hidden;
  return { ...built, tree, main: byTag(tree, 'main')[0] };
}

test('every page stays within its LIX budget', () => {
  const rows: Row[] = [];
  for (const path of sitemapPaths(DIST).filter((p) => !p.startsWith('/en/'))) {
    const page = afterScripts(builtPage(path));
    const jsonLd = JSON.parse(textContent(byTag(page.tree, 'script', { type: 'application/ld+json' })[0]!));
    const audience = /\/lettlest\/$/.test(path)
      ? 'easyRead'
      : jsonLd?.audience?.audienceType === 'Clinician'
        ? 'clinician'
        : 'patient';
    rows.push({ path, audience, budget: BUDGET[audience], ...lix(renderedText(page)) });
  }
  rows.sort((a, b) => b.lix - a.lix || a.path.localeCompare(b.path));
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
