/**
 * Bad content fails the build with a message that names the file and the field;
 * a page past its review date only warns; missing contact details warn once, naming each.
 */
import { describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './helpers.ts';

const SLOW = 120_000;

describe.concurrent('a broken content file fails the build, naming file and field', () => {
  const cases: [string, string, (t: string) => string, RegExp[]][] = [
    [
      'malformed date',
      'pages/nb/kontakt.mdx',
      (t) => t.replace(/lastReviewed: "[^"]+"/, 'lastReviewed: "2026-13-45"'),
      [/kontakt\.mdx/, /lastReviewed/, /Invalid ISO date/],
    ],
    [
      'unquoted date',
      'pages/nb/kontakt.mdx',
      (t) => t.replace(/nextReview: "([^"]+)"/, 'nextReview: $1'),
      [/kontakt\.mdx/, /nextReview/],
    ],
    [
      'unknown audience',
      'pages/nb/personvern.mdx',
      (t) => t.replace('audience: alle', 'audience: lege'),
      [/personvern\.mdx/, /audience/, /pasient.*helsepersonell.*alle/],
    ],
    [
      'missing field',
      'pages/nb/informasjon.mdx',
      (t) => t.replace(/^description: .*\n/m, ''),
      [/informasjon\.mdx/, /description/],
    ],
    [
      'method page that does not exist',
      'methods.yaml',
      (t) => t.replace('page: /reservasjon/edialog/', 'page: /reservasjon/brevdue/'),
      [/methods\.yaml/, /edialog/, /field "page"/, /brevdue/],
    ],
    [
      'unknown source URL key',
      'pages/nb/kontakt.mdx',
      (t) => t.replace('url: url:smertereg', 'url: url:smerteregg'),
      [/kontakt\.mdx/, /sources\.0\.url/, /url:smerteregg/, /known keys: smertereg/],
    ],
    [
      'invalid contact e-mail',
      'registry.yaml',
      (t) => t.replace('email: ""', 'email: "ikke en adresse"'),
      [/registry\.yaml/, /secretariat\.email/],
    ],
    [
      'method without steps',
      'words/nb/methods.yaml',
      (t) => t.replace(/(edialog:[\s\S]*?)  steps:\n(    - .*\n)+/, '$1'),
      [/words\/nb\/methods\.yaml/, /edialog/, /field "steps"/],
    ],
    [
      'a language without the words of a method',
      'words/nn/methods.yaml',
      (t) => t.replace(/^edialog:/m, 'edialogg:'),
      [/words\/nn\/methods\.yaml: "edialog" is missing/, /words\/nn\/methods\.yaml: "edialogg" is not in/],
    ],
    [
      'a route link without its label',
      'words/en/routes.yaml',
      (t) => t.replace(/^  linkLabel: .*\n/m, ''),
      [/words\/en\/routes\.yaml: helsenorge: field "linkLabel" is required/],
    ],
    [
      'a translation that names another page',
      'pages/nn/kontakt.mdx',
      (t) => t.replace(/^translationOf: .*$/m, 'translationOf: personvern'),
      [/pages\/nn\/kontakt\.mdx/, /field "translationOf": "personvern" must be "kontakt"/],
    ],
    [
      'a translation without its source hash',
      'pages/en/kontakt.mdx',
      (t) => t.replace(/^sourceHash: .*\n/m, ''),
      [/pages\/en\/kontakt\.mdx/, /"translationOf" and "sourceHash" are required/],
    ],
  ];
  for (const [name, file, change, expected] of cases) {
    test(name, { timeout: SLOW }, () => {
      const f = fixture(`bad-${name.replace(/\W+/g, '-')}`);
      f.edit(file, change);
      const { code, output } = f.run('sync');
      expect(code, output).not.toBe(0);
      for (const re of expected) expect(output).toMatch(re);
    });
  }
});

describe('warnings that do not stop the build', () => {
  test(
    'translation status: a bokmål page changed after its translation, and a missing translation',
    { timeout: SLOW },
    () => {
      const f = fixture('translation-status');
      f.edit('pages/nb/kontakt.mdx', (t) => `${t}\nEin ny linje.\n`);
      rmSync(join(f.content, 'pages/nn/personvern.mdx'));
      const { code, output } = f.run('sync');
      expect(code, output).toBe(0);
      expect(output).toMatch(/nn: outdated: .*pages\/nn\/kontakt\.mdx: content\/pages\/nb\/kontakt\.mdx changed/);
      expect(output).toMatch(/en: outdated: .*pages\/en\/kontakt\.mdx/);
      expect(output).toMatch(/nn: missing: content\/pages\/nn\/personvern\.mdx/);
      expect(output).not.toMatch(/en: missing/);
    },
  );

  test('a past nextReview warns, naming the file', { timeout: SLOW }, () => {
    const f = fixture('overdue');
    f.edit('pages/nb/kontakt.mdx', (t) => t.replace(/nextReview: "[^"]+"/, 'nextReview: "2020-01-01"'));
    const { code, output } = f.run('sync');
    expect(code, output).toBe(0);
    expect(output).toMatch(/kontakt\.mdx: nextReview 2020-01-01 has passed/);
    expect(output).not.toMatch(/personvern\.mdx: nextReview/);
  });

  test('the shipped content warns once about each missing contact detail', { timeout: SLOW }, () => {
    const f = fixture('shipped');
    const { code, output } = f.run('sync');
    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((l) => l.includes('not configured'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/secretariat\.phone, secretariat\.email, secretariat\.postalAddress/);
  });
});
