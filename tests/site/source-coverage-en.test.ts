/**
 * The source statements in English (tests/e2e/source-coverage-en.ts) on the built pages in dist/
 * (run `npm run build` first): the visible text of each page's <main> says what the statement
 * needs, and its links are there. A stand-in until the English wording joins the one table of
 * statements in every language (its `source` strings are the same as the bokmål rows').
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { STATEMENTS_EN } from '../e2e/source-coverage-en.ts';
import { findElement, visibleText } from '../tools/visible-text.ts';

const DIST = process.env.SMERTEREG_OUT_DIR ?? 'dist';

const hrefs = (el: Element): string[] =>
  el.children.flatMap((c) =>
    c.type !== 'element' ? [] : [...(c.tagName === 'a' ? [String(c.properties.href)] : []), ...hrefs(c)],
  );

function main(page: string): Element {
  const tree = fromHtml(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
  const el = findElement(tree, (e) => e.tagName === 'main');
  if (!el) throw new Error(`${page}: no <main>`);
  return el;
}

test('English covers the 16 statements that concern patients', () => {
  expect(STATEMENTS_EN).toHaveLength(16);
});

describe('every source statement is on its English page', () => {
  for (const s of STATEMENTS_EN) {
    test(`${s.page}: ${s.source}`, () => {
      const el = main(s.page);
      const text = visibleText(el).replace(/\s+/g, ' ');
      for (const re of s.text ?? []) expect(text).toMatch(re);
      for (const href of s.links ?? []) expect(hrefs(el)).toContain(href);
    });
  }
});
