/**
 * The checks the pages loader runs after Astro's glob() has read the MDX files
 * (src/lib/content/loaders/pages.ts `checkPages`), with a fake context whose store holds the
 * pages of a fixture copy of content/: translations name their page and its hash, the translation
 * status warns, each method's page exists, each registry URL key is known, an overdue review warns.
 * The front matter itself is checked by Astro (tests/build/content-errors.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { checkPages } from '../../../src/lib/content/loaders/pages.ts';
import { pageSchema } from '../../../src/lib/content/schemas.ts';
import { contentFixture, type ContentFixture } from '../../tools/content-fixture.ts';
import { fakeContext, globPages } from '../../tools/loader-context.ts';

/** The pages of a fixture changed by `change`, checked; the warnings, or the error thrown. */
async function check(
  name: string,
  change?: (f: ContentFixture) => void,
): Promise<{ warnings: string[]; error: string }> {
  const f = contentFixture(`loaders/${name}`);
  change?.(f);
  const ctx = fakeContext('pages', pageSchema);
  await globPages(ctx, f.content);
  try {
    checkPages(ctx, f.content);
    return { warnings: ctx.warnings, error: '' };
  } catch (e) {
    return { warnings: ctx.warnings, error: (e as Error).message };
  }
}

describe('the shipped pages', () => {
  test('pass without a warning', async () => {
    const { warnings, error } = await check('pages-shipped');
    expect(error).toBe('');
    expect(warnings).toEqual([]);
  });
});

describe('a broken page or reference fails, naming file and field', () => {
  test('a method page that does not exist', async () => {
    const { error } = await check('method-page', (f) =>
      f.edit('methods.yaml', (t) => t.replace('page: /reservasjon/edialog/', 'page: /reservasjon/brevdue/')),
    );
    expect(error).toMatch(/methods\.yaml: edialog: field "page": "\/reservasjon\/brevdue\/" is not a page/);
  });

  test('an unknown source URL key', async () => {
    const { error } = await check('source-key', (f) =>
      f.edit('pages/nb/kontakt.mdx', (t) => t.replace('url: url:smertereg', 'url: url:smerteregg')),
    );
    expect(error).toMatch(/pages\/nb\/kontakt\.mdx: field "sources\.0\.url": "url:smerteregg" is not a URL key/);
    expect(error).toMatch(/known keys: smertereg/);
  });

  test('a translation that names another page', async () => {
    const { error } = await check('translation-of', (f) =>
      f.edit('pages/nn/kontakt.mdx', (t) => t.replace(/^translationOf: .*$/m, 'translationOf: personvern')),
    );
    expect(error).toMatch(/pages\/nn\/kontakt\.mdx: field "translationOf": "personvern" must be "kontakt"/);
  });

  test('a translation without its source hash', async () => {
    const { error } = await check('source-hash', (f) =>
      f.edit('pages/en/kontakt.mdx', (t) => t.replace(/^sourceHash: .*\n/m, '')),
    );
    expect(error).toMatch(/pages\/en\/kontakt\.mdx: fields "translationOf" and "sourceHash" are required/);
  });

  test('a bokmål page with translation fields', async () => {
    const { error } = await check('nb-translation', (f) =>
      f.edit('pages/nb/kontakt.mdx', (t) => t.replace(/^audience: /m, 'translationOf: kontakt\naudience: ')),
    );
    expect(error).toMatch(
      /pages\/nb\/kontakt\.mdx: fields "translationOf" and "sourceHash" belong in translations only/,
    );
  });

  test('a page in a folder that is no language', async () => {
    const { error } = await check('no-language', (f) =>
      f.write('pages/se/kontakt.mdx', f.read('pages/nb/kontakt.mdx')),
    );
    expect(error).toMatch(/pages\/se\/kontakt\.mdx: "se" is not a language in src\/i18n\/languages\.ts/);
  });
});

describe('warnings that do not stop the build', () => {
  test('translation status: a bokmål page changed after its translation, and a missing translation', async () => {
    const { warnings, error } = await check('translation-status', (f) => {
      f.edit('pages/nb/kontakt.mdx', (t) => `${t}\nEin ny linje.\n`);
      f.remove('pages/nn/personvern.mdx');
    });
    expect(error).toBe('');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^nn: outdated: .*pages\/nn\/kontakt\.mdx: content\/pages\/nb\/kontakt\.mdx changed/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^en: outdated: .*pages\/en\/kontakt\.mdx/));
    expect(warnings).toContainEqual(expect.stringMatching(/^nn: missing: content\/pages\/nn\/personvern\.mdx/));
    expect(warnings.filter((w) => w.startsWith('en: missing'))).toEqual([]);
  });

  test('a past nextReview warns, naming the file', async () => {
    const { warnings, error } = await check('overdue', (f) =>
      f.edit('pages/nb/kontakt.mdx', (t) => t.replace(/nextReview: "[^"]+"/, 'nextReview: "2020-01-01"')),
    );
    expect(error).toBe('');
    expect(warnings.filter((w) => w.includes('nextReview'))).toEqual([
      expect.stringMatching(/pages\/nb\/kontakt\.mdx: nextReview 2020-01-01 has passed: review the page/),
    ]);
  });
});
