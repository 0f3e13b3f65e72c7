/**
 * The public change log: its schema (newest first, known fields, real dates), the anchors on
 * /endringer/, "Sist endret" per page, and the hash check that warns about unlogged changes.
 */
import { describe, expect, test } from 'vitest';
import {
  changelogSchema,
  checkChangelog,
  entryAnchors,
  idOfPath,
  lastChange,
  sourceHash,
  type ChangelogEntry,
} from '../../src/lib/content/changelog';
import { readYaml } from '../tools/content';

const shipped = readYaml('changelog.yaml');
const entry = (date: string, paths: string[], hash = '0123456789abcdef'): ChangelogEntry => ({
  date,
  title: 'Rettet',
  what: 'Noe ble rettet.',
  why: 'Det var feil.',
  pages: paths.map((path) => ({ path, hash })),
});
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('changelog schema', () => {
  test('the shipped log parses', () => {
    expect(changelogSchema.safeParse(shipped).success).toBe(true);
  });

  test.each([
    ['a date that is no date', [{ ...entry('2026-11-27', ['/']), date: '2026-13-01' }], '0.date'],
    ['a missing reason', [{ ...entry('2026-11-27', ['/']), why: undefined }], '0.why'],
    ['an unknown field', [{ ...entry('2026-11-27', ['/']), who: 'x' }], '0'],
    ['a path that is no page path', [entry('2026-11-27', ['reservasjon'])], '0.pages.0.path'],
    ['a hash that is no hash', [entry('2026-11-27', ['/'], 'abc')], '0.pages.0.hash'],
    ['no pages', [{ ...entry('2026-11-27', []) }], '0.pages'],
  ])('refuses %s, naming the field', (_, data, field) => {
    const issues = issuesOf(changelogSchema.safeParse(data));
    expect(
      issues.some((i) => i.startsWith(`${field}:`)),
      issues.join('\n'),
    ).toBe(true);
  });

  test('refuses a log that is not newest first', () => {
    const issues = issuesOf(changelogSchema.safeParse([entry('2026-01-01', ['/']), entry('2026-02-01', ['/'])]));
    expect(issues).toEqual(['1.date: entries must be newest first: 2026-02-01 comes after 2026-01-01']);
  });
});

describe('anchors and "Sist endret"', () => {
  const log = [entry('2026-12-01', ['/a/']), entry('2026-11-27', ['/b/']), entry('2026-11-27', ['/a/', '/b/'])];

  test('anchors are the date, numbered from the oldest on the same day', () => {
    expect(entryAnchors(log)).toEqual(['endring-2026-12-01', 'endring-2026-11-27-2', 'endring-2026-11-27']);
    // A new entry on top does not move the anchors of the old ones.
    expect(entryAnchors([entry('2026-12-01', ['/c/']), ...log])).toEqual([
      'endring-2026-12-01-2',
      ...entryAnchors(log),
    ]);
  });

  test("a page's last change is the newest entry that names it", () => {
    expect(lastChange(log, '/a/')).toMatchObject({ entry: { date: '2026-12-01' }, anchor: 'endring-2026-12-01' });
    expect(lastChange(log, '/b/')).toMatchObject({ entry: { date: '2026-11-27' }, anchor: 'endring-2026-11-27-2' });
    expect(lastChange(log, '/c/')).toBeUndefined();
  });

  test('paths map to page ids', () => {
    expect(idOfPath('/')).toBe('index');
    expect(idOfPath('/reservasjon/etterpa/')).toBe('reservasjon/etterpa');
  });
});

describe('the hash check', () => {
  const text = '---\ntitle: A\n---\n\nTekst.\n';
  const sources = new Map([['a', { file: 'content/pages/nb/a.mdx', text }]]);

  test('the hash ignores line ends and trailing spaces, not content', () => {
    expect(sourceHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash(text.replace(/\n/g, '\r\n').replace('Tekst.', 'Tekst.  '))).toBe(sourceHash(text));
    expect(sourceHash(text.replace('Tekst.', 'Tekst!'))).not.toBe(sourceHash(text));
  });

  test('an unchanged page passes; a changed one warns, naming the page and the new hash', () => {
    expect(checkChangelog([entry('2026-11-27', ['/a/'], sourceHash(text))], sources)).toEqual({
      errors: [],
      warnings: [],
    });
    const changed = new Map([['a', { file: 'content/pages/nb/a.mdx', text: text.replace('Tekst.', 'Ny tekst.') }]]);
    const { errors, warnings } = checkChangelog([entry('2026-11-27', ['/a/'], sourceHash(text))], changed);
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'content/pages/nb/a.mdx (/a/) has changed since its last change-log entry (2026-11-27)',
    );
    expect(warnings[0]).toContain(sourceHash(changed.get('a')!.text));
  });

  test('only the newest entry for a page counts', () => {
    const log = [entry('2026-12-01', ['/a/'], sourceHash(text)), entry('2026-11-27', ['/a/'], 'ffffffffffffffff')];
    expect(checkChangelog(log, sources).warnings).toEqual([]);
  });

  test('a path that is no page is an error', () => {
    expect(checkChangelog([entry('2026-11-27', ['/finnes-ikke/'])], sources).errors).toEqual([
      'changelog.yaml: entry 1 (2026-11-27) names /finnes-ikke/, which is not a page',
    ]);
  });
});
