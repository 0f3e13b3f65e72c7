/**
 * The easy-read text (content/words/<lang>/easy-read.yaml): the shipped text in every language
 * parses and names only known facts, pictures and pages, stays within its readability budgets,
 * and the schema refuses what the easy-to-read standard rules out, naming the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  easyReadProblems,
  easyReadSchema,
  easyReadText,
  fillEasyRead,
  type EasyRead,
} from '../../src/lib/content/easy-read';
import { registrySchema } from '../../src/lib/content/schemas';
import { LANGS, type Lang } from '../../src/i18n/languages';
import { PICTOGRAM_IDS } from '../../src/lib/pictograms/pictograms';
import { lix, sentences } from '../tools/lix';

const registry = registrySchema.parse(parse(readFileSync('content/registry.yaml', 'utf8')));
const read = (lang: Lang): unknown => parse(readFileSync(`content/words/${lang}/easy-read.yaml`, 'utf8'));
const known = {
  pictograms: PICTOGRAM_IDS,
  pageExists: (path: string) => existsSync(`content/pages/nb/${path === '/' ? 'index' : path.slice(1, -1)}.mdx`),
};

/** Budgets of the easy-to-read standard as the issue sets them (LIX for Norwegian only). */
const BUDGET = { lix: 25, meanWords: 10, maxWords: 15 } as const;

const figures = (lang: Lang) => {
  const doc = easyReadSchema.parse(read(lang));
  const filled = fillEasyRead(doc, registry, lang);
  const all = lix(easyReadText(filled));
  const body = lix(easyReadText(filled, true));
  const longest = Math.max(...sentences(easyReadText(filled)).map((s) => s.length));
  return { doc, all, body, longest };
};

describe.each(LANGS)('the shipped easy-read text in %s', (lang) => {
  test('parses and names only known facts, pictures and pages', () => {
    const doc = easyReadSchema.parse(read(lang));
    expect(easyReadProblems(doc, registry, lang, known)).toEqual([]);
    // Facts are filled in, never left as {placeholders}.
    expect(easyReadText(fillEasyRead(doc, registry, lang))).not.toMatch(/[{}]/);
  });

  test('stays within the budgets: words per sentence everywhere, LIX in bokmål and nynorsk', () => {
    const { all, body, longest } = figures(lang);
    console.log(
      `${lang}: LIX ${all.lix} (sentences only ${body.lix}); words per sentence ${all.wordsPerSentence} ` +
        `(sentences only ${body.wordsPerSentence}), longest ${longest}; ${all.words} words, ${all.sentences} blocks`,
    );
    expect(body.wordsPerSentence).toBeLessThanOrEqual(BUDGET.meanWords);
    expect(all.wordsPerSentence).toBeLessThanOrEqual(BUDGET.meanWords);
    expect(longest).toBeLessThanOrEqual(BUDGET.maxWords);
    if (lang !== 'en') {
      expect(all.lix).toBeLessThanOrEqual(BUDGET.lix);
      expect(body.lix).toBeLessThanOrEqual(BUDGET.lix);
    }
  });
});

test('every language has the same pictures in the same order', () => {
  const ids = (lang: Lang) => easyReadSchema.parse(read(lang)).sections.map((s) => s.picture.id);
  for (const lang of LANGS) expect(ids(lang), lang).toEqual(ids('nb'));
});

describe('the schema and the checks refuse what easy-read rules out, naming the field', () => {
  const good = (): EasyRead => ({
    sections: [
      {
        heading: 'Hva er {shortName}?',
        picture: { id: 'register', alt: 'En liste.' },
        lines: ['{shortName} er et register.'],
        link: { href: '/skjema/', label: 'Gå til skjemaet' },
      },
    ],
  });
  const issues = (doc: unknown) =>
    (easyReadSchema.safeParse(doc).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
  const withSection = (change: Record<string, unknown>) => ({ sections: [{ ...good().sections[0], ...change }] });

  test('a good text passes', () => {
    expect(issues(good())).toEqual([]);
    expect(easyReadProblems(good(), registry, 'nb', known)).toEqual([]);
  });

  test('two sentences on one line, a line without a full stop, an abbreviation', () => {
    expect(issues(withSection({ lines: ['Du kan si nei. Det er lett.'] }))).toEqual([
      'sections.0.lines.0: one sentence per line: split the line where a sentence ends',
    ]);
    expect(issues(withSection({ lines: ['Du kan si nei'] }))).toEqual([
      'sections.0.lines.0: end the sentence with . ? or !',
    ]);
    for (const line of [
      'Logg inn med f.eks. BankID.',
      'Logg inn med t.d. BankID.',
      'Skriv PID på skjemaet.',
      'Use e.g. BankID.',
    ]) {
      expect(issues(withSection({ lines: [line] })), line).toContain(
        'sections.0.lines.0: write it out: no abbreviations (for example «for eksempel», not «f.eks.»)',
      );
    }
  });

  test('a picture without its text alternative, an unknown field, a bad link', () => {
    expect(issues(withSection({ picture: { id: 'form' } }))).toEqual([
      'sections.0.picture.alt: Invalid input: expected string, received undefined',
    ]);
    expect(issues(withSection({ image: 'x' }))).toEqual(['sections.0: Unrecognized key: "image"']);
    expect(issues(withSection({ link: { href: 'https://example.org/', label: 'Her' } }))).toEqual([
      'sections.0.link.href: href must be "url:<key>" or a page path like "/skjema/"',
    ]);
  });

  test('an unknown fact, pictogram, registry URL or page', () => {
    const doc = good();
    const section = doc.sections[0]!;
    section.lines = ['Ring {secretariatPhone}.'];
    section.picture.id = 'unicorn';
    section.link = { href: '/finnes-ikke/', label: 'Her' };
    expect(easyReadProblems(doc, registry, 'nb', known)).toEqual([
      expect.stringMatching(/^field "sections\.0\.lines\.0": Unknown placeholder \{secretariatPhone\}/),
      expect.stringMatching(/^field "sections\.0\.picture\.id": no pictogram "unicorn"/),
      'field "sections.0.link.href": no page /finnes-ikke/ in content/pages/',
    ]);
    section.link = { href: 'url:nowhere', label: 'Her' };
    expect(easyReadProblems(doc, registry, 'nb', known)).toContainEqual(
      expect.stringMatching(/^field "sections\.0\.link\.href": Unknown registry URL "url:nowhere"/),
    );
  });
});
