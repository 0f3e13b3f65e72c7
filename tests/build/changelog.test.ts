/**
 * The change log and the feedback contact in a real build (astro sync of a fixture copy of
 * content/): an unlogged change to a page warns, naming the page; a log entry naming no page, or
 * a malformed entry, fails the build naming file and field; the shipped content is in step with
 * its log, and says once that no feedback contact is configured.
 */
import { describe, expect, test } from 'vitest';
import { fixture } from './helpers.ts';

// Several syncs run at once on a small shared machine: allow for it.
const SLOW = 180_000;

describe.concurrent('content/changelog.yaml in the build', () => {
  test(
    'the shipped pages match their newest entries; the missing feedback contact warns once',
    { timeout: SLOW },
    () => {
      const { code, output } = fixture('changelog-shipped').run('sync');
      expect(code, output).toBe(0);
      expect(output).not.toMatch(/has changed since its last change-log entry/);
      expect(output.split('\n').filter((l) => l.includes('siteFeedback has no e-mail, phone or url'))).toHaveLength(1);
    },
  );

  test('a page changed without a new entry warns, naming the page', { timeout: SLOW }, () => {
    const f = fixture('changelog-stale');
    f.edit('pages/nb/reservasjon/etterpa.mdx', (t) => t.replace('## Har du spørsmål?', '## Lurer du på noe?'));
    const { code, output } = f.run('sync');
    expect(code, output).toBe(0);
    expect(output).toMatch(
      /reservasjon\/etterpa\.mdx \(\/reservasjon\/etterpa\/\) has changed since its last change-log entry \(\d{4}-\d\d-\d\d\)/,
    );
    expect(output.match(/has changed since its last change-log entry/g)).toHaveLength(1);
  });

  test('an entry naming a page that does not exist fails the build', { timeout: SLOW }, () => {
    const f = fixture('changelog-no-page');
    f.edit('changelog.yaml', (t) => t.replace('path: /endringer/', 'path: /endringer-som-ikke-finnes/'));
    const { code, output } = f.run('sync');
    expect(code, output).not.toBe(0);
    expect(output).toMatch(
      /changelog\.yaml: entry \d+ \(\d{4}-\d\d-\d\d\) names \/endringer-som-ikke-finnes\/, which is not a page/,
    );
  });

  test('a malformed date fails the build, naming the file and the field', { timeout: SLOW }, () => {
    const f = fixture('changelog-bad-date');
    f.edit('changelog.yaml', (t) => t.replace(/date: "\d{4}-\d\d-\d\d"/, 'date: "2026-13-45"'));
    const { code, output } = f.run('sync');
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/changelog\.yaml/);
    expect(output).toMatch(/entries\.0\.date|entries\W+0\W+date/);
  });

  test('a configured feedback e-mail must be an e-mail address', { timeout: SLOW }, () => {
    const f = fixture('feedback-bad-email');
    f.edit('registry.yaml', (t) => t.replace(/(siteFeedback:[\s\S]*?)email: ""/, '$1email: "ikke en adresse"'));
    const { code, output } = f.run('sync');
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/siteFeedback\.email/);
  });
});
