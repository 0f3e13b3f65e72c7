/**
 * <Steps> fails the build, naming the page, when its content is anything but one ordered list
 * (the unit test tests/unit/steps.test.ts covers the check itself; this proves a real build stops).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixture } from './helpers.ts';

test('a <Steps> with a bullet list fails the build and names the page', { timeout: 120_000 }, () => {
  const f = fixture('steps-bullets');
  writeFileSync(
    join(f.content, 'pages/nb/steg-feil.mdx'),
    [
      '---',
      'title: Steg med feil liste',
      'description: En side i en testkopi der Steps har en punktliste i stedet for en nummerert liste.',
      'audience: alle',
      'lastReviewed: "2026-11-27"',
      'nextReview: "2027-05-27"',
      'sources:',
      '  - label: Test',
      '    url: https://example.invalid/',
      '---',
      '',
      '<Steps>',
      '',
      '- Logg inn',
      '- Klikk på navnet ditt',
      '',
      '</Steps>',
      '',
    ].join('\n'),
  );
  const { code, output } = f.run('build');
  expect(code, output).not.toBe(0);
  expect(output).toMatch(/<Steps> on \/steg-feil\/: the content must be exactly one ordered list/);
  expect(output).toMatch(/starts with <ul>/);
});
