/**
 * Every statement of the registry's source document is on the built site, in every language the
 * table gives it (tests/site/source-statements.ts, one row per statement): the page's rendered main
 * text says it, and the links it needs are there and shown.
 */
import { expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/languages.ts';
import { pathOf } from '../../src/lib/content/site.ts';
import { builtPage, isRendered, renderedText } from '../tools/built-site.ts';
import { byTag } from '../tools/html.ts';
import { flat } from '../tools/text.ts';
import { STATEMENTS } from './source-statements.ts';

const cases = LANGS.flatMap((lang) =>
  STATEMENTS.filter((s) => s.says[lang]).map((s) => ({ ...s, path: pathOf(s.page, lang), texts: s.says[lang]! })),
);

test('the table covers every statement in bokmål and nynorsk, and the 16 that concern patients in English', () => {
  expect(STATEMENTS.length).toBe(21);
  for (const lang of ['nb', 'nn'] as const)
    expect(cases.filter((c) => c.path === pathOf(c.page, lang)).length).toBe(21);
  // The clinician pages stay Norwegian (src/i18n/languages.ts, scope "patient").
  expect(cases.filter((c) => c.path === pathOf(c.page, 'en')).length).toBe(16);
});

test.each(cases)('$path: $source', ({ path, texts, links }) => {
  const page = builtPage(path);
  const text = flat(renderedText(page));
  for (const re of texts) expect(text).toMatch(re);
  for (const href of links ?? []) {
    expect(
      byTag(page.main!, 'a', { href }).some((a) => isRendered(page, a)),
      `a shown link to ${href}`,
    ).toBe(true);
  }
});
