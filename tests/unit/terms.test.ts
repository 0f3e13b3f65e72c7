/**
 * The glossary check (src/lib/content/terms.ts, src/lib/content/loaders/terms.ts): a page must
 * explain a term where it first uses it, with <Term>; an unknown id and a second explanation fail,
 * naming the file and the line; headings, Markdown links and attribute values are names, not uses.
 * The loader fails on a broken glossary file, naming the file, the term and the field.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkTermUse, splitTerms, termSchema, termsAsWords, type Term } from '../../src/lib/content/terms';
import { loadTerms, type TermsContext } from '../../src/lib/content/loaders/terms';

const glossary: Record<string, Term> = {
  edialog: termSchema.parse({ term: 'eDialog', explanation: 'secure messages', forms: ['eDialog', 'e-dialog'] }),
  pid: termSchema.parse({ term: 'PID', explanation: 'your ID in SmerteReg' }),
};
const page = (body: string) => `---\ntitle: Test\n---\n\n${body}\n`;
const check = (body: string, options?: { usesNeedTerm?: boolean }) =>
  checkTermUse('content/pages/en/x.mdx', page(body), glossary, options);

describe('checkTermUse', () => {
  test('a page that explains each term where it first uses it passes', () => {
    expect(
      check('Use <Term id="edialog" />. Later, eDialog is a plain word.\n\nYour <Term id="pid">PID</Term>.'),
    ).toEqual([]);
  });

  test('a use before the <Term> fails, naming the file, the line and the term', () => {
    expect(check('Send it through eDialog.\n\nUse <Term id="edialog" />.')).toEqual([
      'content/pages/en/x.mdx:5: "eDialog" (the term "eDialog") is used before it is explained: make its first use <Term id="edialog">…</Term>',
    ]);
  });

  test('a use with no <Term> at all fails; any case and any form counts', () => {
    expect(check('Write your pid. Or use E-Dialog.')).toHaveLength(2);
  });

  test('words inside other words are not uses', () => {
    expect(check('Rapid and stupid things.')).toEqual([]);
  });

  test('headings, Markdown links and attribute values are names, not uses', () => {
    expect(
      check(
        '## Send a message through eDialog\n\n<h2 id="x">eDialog</h2>\n\n[Read about eDialog](/en/reservasjon/edialog/)\n\n<Callout title="Your PID">Text.</Callout>',
      ),
    ).toEqual([]);
  });

  test('an unknown id fails, naming the file and listing the terms', () => {
    expect(check('<Term id="bankid" />')).toEqual([
      'content/pages/en/x.mdx:5: <Term id="bankid">: no such term in the glossary (known: edialog, pid)',
    ]);
  });

  test('a second <Term> for the same word fails', () => {
    expect(check('<Term id="pid" /> and <Term id="pid" />')[0]).toMatch(
      /x\.mdx:5: <Term id="pid"> explains the term a second time/,
    );
  });

  test("on a clinicians' page only the tags are checked", () => {
    expect(check('Write the PID.', { usesNeedTerm: false })).toEqual([]);
    expect(check('<Term id="nope" />', { usesNeedTerm: false })).toHaveLength(1);
  });
});

describe('loadTerms', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A copy of content/words/*\/terms.yaml (no pages) with one file edited. */
  function fixture(edit?: { lang: string; change: (t: string) => string }) {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    dirs.push(dir);
    for (const lang of ['nb', 'nn', 'en']) {
      mkdirSync(join(dir, 'words', lang), { recursive: true });
      cpSync(join('content/words', lang, 'terms.yaml'), join(dir, 'words', lang, 'terms.yaml'));
    }
    if (edit) {
      const file = join(dir, 'words', edit.lang, 'terms.yaml');
      writeFileSync(file, edit.change(readFileSync(file, 'utf8')));
    }
    return dir;
  }
  const fakeContext = () => {
    const entries = new Map<string, unknown>();
    const ctx = {
      store: { clear: () => entries.clear(), set: (e: { id: string; data: unknown }) => entries.set(e.id, e.data) },
      parseData: async ({ data }: { data: unknown }) => data,
    } as unknown as TermsContext;
    return { ctx, entries };
  };

  test('the shipped glossaries load: the same terms in every language', async () => {
    const { ctx, entries } = fakeContext();
    await loadTerms(ctx, fixture());
    const ids = (lang: string) => [...entries.keys()].filter((k) => k.startsWith(`${lang}/`)).map((k) => k.slice(3));
    expect(ids('nb').length).toBeGreaterThanOrEqual(8);
    expect(ids('nn')).toEqual(ids('nb'));
    expect(ids('en')).toEqual(ids('nb'));
  });

  test('a term without its explanation fails, naming file, term and field', async () => {
    const dir = fixture({
      lang: 'en',
      change: (t) => t.replace(/^( {2}explanation: the people who work with the registry)$/m, ''),
    });
    await expect(loadTerms(fakeContext().ctx, dir)).rejects.toThrow(
      /words\/en\/terms\.yaml: registersekretariatet: field "explanation"/,
    );
  });

  test('a language without a term that bokmål has fails, naming both files', async () => {
    const dir = fixture({ lang: 'nn', change: (t) => t.replace(/^pid:\n(  .*\n)+/m, '') });
    await expect(loadTerms(fakeContext().ctx, dir)).rejects.toThrow(
      /words\/nn\/terms\.yaml: "pid" is missing \(.*words\/nb\/terms\.yaml has it\)/,
    );
  });
});

describe('<Term> in the text of a words file (about.yaml)', () => {
  const paper = new Map(Object.entries(glossary));
  test('splits into text and tags, in order, with the inner text and the explained flag', () => {
    expect(splitTerms('Med <Term id="edialog" />, og <Term id="pid" explained>PID</Term>.')).toEqual([
      'Med ',
      { id: 'edialog', explained: false, text: undefined },
      ', og ',
      { id: 'pid', explained: true, text: 'PID' },
      '.',
    ]);
  });
  test('on paper each tag is its word: the inner text, else the term itself', () => {
    expect(termsAsWords('Med <Term id="edialog" /> eller <Term id="x" explained>PID</Term>.', paper)).toBe(
      'Med eDialog eller PID.',
    );
  });
});
