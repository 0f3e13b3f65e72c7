/**
 * What the patient pages and the leaflet share (content/words/<lang>/about.yaml): every language
 * parses, names only known facts and has the same parts with as many items as bokmål; the schema
 * and the placeholder check refuse a broken file, naming the field.
 */
import { describe, expect, test } from 'vitest';
import { aboutProblems, aboutSchema, fillAbout } from '../../src/lib/content/about';
import { LANGS } from '../../src/i18n/languages';
import { readRegistry, readYaml } from '../tools/content';

const registry = readRegistry();
const read = (lang: string) => aboutSchema.parse(readYaml(`words/${lang}/about.yaml`));

describe.each(LANGS)('content/words/%s/about.yaml', (lang) => {
  test('parses, names only known facts, and every fact is filled in', () => {
    const doc = read(lang);
    expect(aboutProblems(doc, registry, lang)).toEqual([]);
    expect(
      Object.values(fillAbout(doc, registry, lang))
        .flat()
        .join('\n'),
    ).not.toMatch(/[{}]/);
  });

  test('has as many items in each part as bokmål', () => {
    const [doc, nb] = [read(lang), read('nb')];
    for (const key of ['what', 'registered', 'rights', 'after'] as const) {
      expect(doc[key].length, key).toBe(nb[key].length);
    }
  });
});

test('a missing part, an empty item and an unknown fact are refused, naming the field', () => {
  const good = read('nb');
  const { rights: _rights, ...missing } = good;
  const issues = aboutSchema.safeParse(missing).error?.issues.map((i) => i.path.join('.'));
  expect(issues).toEqual(['rights']);
  const empty = aboutSchema.safeParse({ ...good, registered: ['Navn.', ' '] });
  expect(empty.error?.issues.map((i) => i.path.join('.'))).toEqual(['registered.1']);
  expect(aboutProblems({ ...good, after: ['Senest {frist} dager.'] }, registry, 'nb')).toEqual([
    expect.stringMatching(/^field "after\.0": Unknown placeholder \{frist\}/),
  ]);
});
