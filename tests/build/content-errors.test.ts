/**
 * What only Astro can show about broken content: its own front-matter check of an MDX page (the
 * page schema applied by the glob() loader, with Astro's YAML parser) fails `astro sync`, naming
 * the file and every broken field. Astro stops at the first broken file, so one file carries the
 * four faults. The loaders' own checks (YAML files, references, translations, warnings) are
 * unit-tested with a fake context in tests/unit/loaders/.
 */
import { expect, test } from 'vitest';
import { fixture } from './helpers.ts';

test(
  'a page with a malformed date, an unquoted date, an unknown audience and no description fails the sync, naming file and fields',
  { timeout: 120_000 },
  () => {
    const f = fixture('bad-front-matter');
    f.edit('pages/nb/kontakt.mdx', (t) =>
      t
        .replace(/lastReviewed: "[^"]+"/, 'lastReviewed: "2026-13-45"')
        .replace(/nextReview: "([^"]+)"/, 'nextReview: $1')
        .replace(/^audience: .*$/m, 'audience: lege')
        .replace(/^description: .*\n/m, ''),
    );
    const { code, output } = f.run('sync');
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/pages → nb\/kontakt data does not match collection schema/);
    expect(output).toMatch(/content\/pages\/nb\/kontakt\.mdx/);
    expect(output).toMatch(/lastReviewed\W+Invalid ISO date/);
    // Unquoted, Astro's YAML parser makes the date an object: the schema wants the quoted string.
    expect(output).toMatch(/nextReview\W+Expected type `"string"`, received `"object"`/);
    expect(output).toMatch(/audience\W+Invalid option: expected one of "pasient"\|"helsepersonell"\|"alle"/);
    expect(output).toMatch(/description\W+description\W+Required|description\W+Required/);
  },
);
