/**
 * The loaders of the YAML collections (registry, routes, methods, changelog, checklist) with a
 * fake loader context over a fixture copy of content/: the shipped content loads with the expected
 * warnings only; a broken file fails, naming the file and the field. (Replaces the `astro sync` of
 * one fixture per case that tests/build/content-errors.test.ts and changelog.test.ts ran.)
 */
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../../src/lib/content/loaders/registry.ts';
import { loadMethods, loadRoutes } from '../../../src/lib/content/loaders/words.ts';
import { changelogCollectionSchema, loadChangelog } from '../../../src/lib/content/loaders/changelog.ts';
import { loadChecklist } from '../../../src/lib/content/loaders/checklist.ts';
import { methodSchema, registrySchema, routeSchema } from '../../../src/lib/content/schemas.ts';
import { checklistWordsSchema } from '../../../src/lib/checklist/words.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { readYaml } from '../../tools/content.ts';
import { contentFixture } from '../../tools/content-fixture.ts';
import { fakeContext } from '../../tools/loader-context.ts';

/** Runs a loader over a fixture changed by `change`; returns the context, or the error it threw. */
async function run(
  name: string,
  load: (ctx: ReturnType<typeof fakeContext>, dir: string) => Promise<void>,
  ctx: ReturnType<typeof fakeContext>,
  change?: (f: ReturnType<typeof contentFixture>) => void,
): Promise<{ ctx: ReturnType<typeof fakeContext>; error: string }> {
  const f = contentFixture(`loaders/${name}`);
  change?.(f);
  try {
    await load(ctx, f.content);
    return { ctx, error: '' };
  } catch (e) {
    return { ctx, error: (e as Error).message };
  }
}

describe('registry', () => {
  const ctx = () => fakeContext('registry', registrySchema);

  test('the shipped content loads as one entry and warns once about each missing contact detail', async () => {
    const { ctx: c, error } = await run('registry-shipped', loadRegistry, ctx());
    expect(error).toBe('');
    expect(c.store.keys()).toEqual(['smertereg']);
    expect(c.warnings.filter((w) => w.includes('not configured'))).toEqual([
      expect.stringMatching(
        /registry\.yaml: not configured: secretariat\.phone, secretariat\.email, secretariat\.postalAddress/,
      ),
    ]);
    expect(c.warnings.filter((w) => w.includes('siteFeedback has no e-mail, phone or url'))).toHaveLength(1);
    expect(c.warnings).toHaveLength(2);
  });

  test('an invalid contact e-mail fails, naming file and field', async () => {
    const { error } = await run('registry-email', loadRegistry, ctx(), (f) =>
      f.edit('registry.yaml', (t) => t.replace('email: ""', 'email: "ikke en adresse"')),
    );
    expect(error).toMatch(/registry\.yaml: field "secretariat\.email": email must be an e-mail address/);
  });

  test('a configured feedback e-mail must be an e-mail address', async () => {
    const { error } = await run('registry-feedback', loadRegistry, ctx(), (f) =>
      f.edit('registry.yaml', (t) => t.replace(/(siteFeedback:[\s\S]*?)email: ""/, '$1email: "ikke en adresse"')),
    );
    expect(error).toMatch(/registry\.yaml: field "siteFeedback\.email"/);
  });
});

describe('routes and methods', () => {
  test('the shipped content loads every route and method in every language, ids "<lang>/<id>"', async () => {
    const routes = await run('routes-shipped', loadRoutes, fakeContext('routes', routeSchema));
    const methods = await run('methods-shipped', loadMethods, fakeContext('methods', methodSchema));
    expect([routes.error, methods.error]).toEqual(['', '']);
    for (const lang of LANGS) {
      expect(routes.ctx.store.keys().filter((k) => k.startsWith(`${lang}/`))).toHaveLength(4);
      expect(methods.ctx.store.keys().filter((k) => k.startsWith(`${lang}/`))).toHaveLength(4);
    }
    expect(methods.ctx.store.get('nn/edialog')?.filePath).toBe(
      'tests/.tmp/loaders/methods-shipped/content/words/nn/methods.yaml',
    );
    expect(routes.ctx.warnings).toEqual([]);
  });

  test('a method without steps fails, naming file, method and field', async () => {
    const { error } = await run('method-steps', loadMethods, fakeContext('methods', methodSchema), (f) =>
      f.edit('words/nb/methods.yaml', (t) => t.replace(/(edialog:[\s\S]*?)  steps:\n(    - .*\n)+/, '$1')),
    );
    expect(error).toMatch(/words\/nb\/methods\.yaml: edialog: field "steps"/);
  });

  test('a language without the words of a method fails, naming both ids', async () => {
    const { error } = await run('method-words', loadMethods, fakeContext('methods', methodSchema), (f) =>
      f.edit('words/nn/methods.yaml', (t) => t.replace(/^edialog:/m, 'edialogg:')),
    );
    expect(error).toMatch(/words\/nn\/methods\.yaml: "edialog" is missing/);
    expect(error).toMatch(/words\/nn\/methods\.yaml: "edialogg" is not in/);
  });

  test('a missing words file fails, naming it', async () => {
    const { error } = await run('routes-file', loadRoutes, fakeContext('routes', routeSchema), (f) =>
      f.remove('words/en/routes.yaml'),
    );
    expect(error).toMatch(/words\/en\/routes\.yaml: missing: every language needs the words of .*routes\.yaml/);
  });

  test('a route link without its label fails, naming file, route and field', async () => {
    const { error } = await run('route-label', loadRoutes, fakeContext('routes', routeSchema), (f) =>
      f.edit('words/en/routes.yaml', (t) => t.replace(/^  linkLabel: .*\n/m, '')),
    );
    expect(error).toMatch(/words\/en\/routes\.yaml: helsenorge: field "linkLabel" is required/);
  });
});

describe('changelog', () => {
  const ctx = () => fakeContext('changelog', changelogCollectionSchema);

  test('the shipped pages match their newest entries: one entry "log", no warning', async () => {
    const { ctx: c, error } = await run('changelog-shipped', loadChangelog, ctx());
    expect(error).toBe('');
    expect(c.store.keys()).toEqual(['log']);
    expect(c.warnings).toEqual([]);
  });

  test('a page changed without a new entry warns, naming the page and its new hash', async () => {
    const { ctx: c, error } = await run('changelog-stale', loadChangelog, ctx(), (f) =>
      f.edit('pages/nb/reservasjon/etterpa.mdx', (t) => t.replace('## Har du spørsmål?', '## Lurer du på noe?')),
    );
    expect(error).toBe('');
    expect(c.warnings).toEqual([
      expect.stringMatching(
        /reservasjon\/etterpa\.mdx \(\/reservasjon\/etterpa\/\) has changed since its last change-log entry \(\d{4}-\d\d-\d\d\).*set its hash to [0-9a-f]{16}/,
      ),
    ]);
  });

  test('an entry naming a page that does not exist fails', async () => {
    const { error } = await run('changelog-no-page', loadChangelog, ctx(), (f) =>
      f.edit('changelog.yaml', (t) => t.replace('path: /endringer/', 'path: /endringer-som-ikke-finnes/')),
    );
    expect(error).toMatch(
      /changelog\.yaml: entry \d+ \(\d{4}-\d\d-\d\d\) names \/endringer-som-ikke-finnes\/, which is not a page/,
    );
  });

  test('a malformed date fails, naming the file and the field', async () => {
    const { error } = await run('changelog-date', loadChangelog, ctx(), (f) =>
      f.edit('changelog.yaml', (t) => t.replace(/date: "\d{4}-\d\d-\d\d"/, 'date: "2026-13-45"')),
    );
    expect(error).toMatch(/changelog\.yaml: field "entries\.0\.date": Invalid ISO date/);
  });
});

describe('checklist words (the checklist collection)', () => {
  const ctx = () => fakeContext('checklist', checklistWordsSchema);

  test('one entry per language that has the checklist, as the schema parses it', async () => {
    const { ctx: c, error } = await run('checklist-shipped', loadChecklist, ctx());
    expect(error).toBe('');
    expect(c.store.keys()).toEqual(['nb', 'nn']);
    for (const lang of ['nb', 'nn']) expect(c.data()[lang]).toEqual(readYaml(`words/${lang}/checklist.yaml`));
  });

  test('a broken field fails, naming file and field', async () => {
    const { error } = await run('checklist-field', loadChecklist, ctx(), (f) =>
      f.edit('words/nn/checklist.yaml', (t) => t.replace(/^title: .*$/m, 'title: ""')),
    );
    expect(error).toMatch(/words\/nn\/checklist\.yaml: field "title": /);
  });

  test('a missing file fails, naming it', async () => {
    const { error } = await run('checklist-file', loadChecklist, ctx(), (f) => f.remove('words/nb/checklist.yaml'));
    expect(error).toMatch(/words\/nb\/checklist\.yaml: missing: every language has the checklist it is made from/);
  });
});
