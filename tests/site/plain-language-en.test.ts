/**
 * A plain-language budget for English: Flesch reading ease of the visible main text at least 60
 * on every English page (60–70: plain English, read easily by 13- to 15-year-olds). Measured over
 * the built site in dist/ (run `npm run build` first) the way the LIX test measures bokmål and
 * nynorsk: the text of <main> as a browser's innerText gives it (tests/tools/inner-text.ts),
 * each line a block and a sentence ending at . ! ? or : (tests/tools/lix.ts). Syllables are
 * counted by wooorm's `syllable`, the score by his `flesch`. The test prints the table, worst first.
 */
import { expect, test } from 'vitest';
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { sentences } from '../tools/lix.ts';
import { sitemapPaths } from '../tools/sitemap.ts';
import { builtPage, DIST, renderedText } from '../tools/built-site.ts';

const BUDGET = 60;

export interface FleschResult {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  score: number;
}

export function readingEase(text: string): FleschResult {
  const all = sentences(text);
  const words = all.flat();
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    words: words.length,
    sentences: all.length,
    syllables,
    wordsPerSentence: round(words.length / all.length),
    syllablesPerWord: Math.round((100 * syllables) / words.length) / 100,
    score: round(flesch({ sentence: all.length, word: words.length, syllable: syllables })),
  };
}

test('the measure: short common words score high, long Latinate sentences low', () => {
  expect(readingEase('You can say no. You do not have to say why.').score).toBeGreaterThan(90);
  expect(
    readingEase(
      'Registration of personal information is conducted notwithstanding the absence of consent, ' +
        'subject to subsequent objection by the registered individual.',
    ).score,
  ).toBeLessThan(30);
});

test(`every English page has a Flesch reading ease of at least ${BUDGET}`, () => {
  const rows = sitemapPaths(DIST)
    .filter((p) => p.startsWith('/en/'))
    .map((path) => ({ path, ...readingEase(renderedText(builtPage(path))) }))
    .sort((a, b) => a.score - b.score || a.path.localeCompare(b.path));
  console.log(
    [
      'Flesch  words/sentence  syllables/word  words  sentences  page',
      ...rows.map(
        (r) =>
          `${r.score.toFixed(1).padStart(6)}  ${r.wordsPerSentence.toFixed(1).padStart(14)}  ` +
          `${r.syllablesPerWord.toFixed(2).padStart(14)}  ${String(r.words).padStart(5)}  ` +
          `${String(r.sentences).padStart(9)}  ${r.path}${r.score < BUDGET ? '  UNDER' : ''}`,
      ),
    ].join('\n'),
  );
  expect(rows.length, 'English pages in the sitemap').toBeGreaterThanOrEqual(15);
  expect(
    rows.filter((r) => r.words < 10).map((r) => r.path),
    'a page with almost no text was measured',
  ).toEqual([]);
  expect(rows.filter((r) => r.score < BUDGET).map((r) => `${r.path}: Flesch ${r.score} < ${BUDGET}`)).toEqual([]);
});
