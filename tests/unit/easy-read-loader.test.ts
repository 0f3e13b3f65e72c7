/**
 * The easy-read loader (src/lib/content/loaders/easy-read.ts) with a fake loader context, on a
 * copy of content/: the shipped text loads in every language; a broken file fails, naming the
 * file and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { easyReadLoader } from '../../src/lib/content/loaders/easy-read';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'easy-read-'));
  cpSync('content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the loader; returns what it stored, by id. */
async function load(): Promise<Map<string, unknown>> {
  const stored = new Map<string, unknown>();
  const ctx = {
    store: {
      clear: () => stored.clear(),
      set: (e: { id: string; data: unknown }) => stored.set(e.id, e.data),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { warn() {}, info() {} },
  };
  await easyReadLoader(dir).load(ctx as unknown as LoaderContext);
  return stored;
}

const file = (lang: string) => join(dir, 'words', lang, 'easy-read.yaml');
const edit = (lang: string, change: (text: string) => string) =>
  writeFileSync(file(lang), change(readFileSync(file(lang), 'utf8')));

test('the shipped text loads, one entry per language', async () => {
  const stored = await load();
  expect([...stored.keys()]).toEqual(['nb', 'nn', 'en']);
  expect((stored.get('nn') as { sections: unknown[] }).sections.length).toBeGreaterThan(5);
});

test('a broken field fails the build, naming the file and the field', async () => {
  edit('nn', (t) =>
    t
      .replace('- Du kan seie nei når du vil.', '- Du kan seie nei. Du kan gjere det når du vil.')
      .replace('id: calendar', 'id: kalender')
      .replace('{deadlineDays} dagar', '{fristDagar} dagar'),
  );
  const error = load();
  await expect(error).rejects.toThrow(
    `${file('nn')}: field "sections.2.lines.1": one sentence per line: split the line where a sentence ends`,
  );
  edit('nn', (t) => t.replace('- Du kan seie nei. Du kan gjere det når du vil.', '- Du kan seie nei når du vil.'));
  await expect(load()).rejects.toThrow(`${file('nn')}: field "sections.9.picture.id": no pictogram "kalender"`);
  await expect(load()).rejects.toThrow(`${file('nn')}: field "sections.9.lines.2": Unknown placeholder {fristDagar}`);
});

test('a missing file or a YAML error names the file', async () => {
  rmSync(file('en'));
  edit('nb', (t) => t.replace('sections:', 'sections: ['));
  const error = load();
  await expect(error).rejects.toThrow(`${file('en')}: missing`);
  await expect(load()).rejects.toThrow(file('nb'));
});
