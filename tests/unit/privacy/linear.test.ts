/** Every scan is linear in the length of the text (src/lib/privacy/scan.ts), counted in steps, not timed. */
import { describe, expect, it } from 'vitest';
import { scanPersonalData, type Counter } from '../../../src/lib/privacy';
import { firstId, prng } from '../../privacy/synthetic';

describe('linear time', () => {
  const steps = (text: string, kind: 'value' | 'email' = 'value') => {
    const counter: Counter = { steps: 0 };
    scanPersonalData(text, kind, counter);
    return counter.steps;
  };
  const random = prng(7);
  const fillers: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['spaced digits', (n) => '1 '.repeat(n / 2)],
    ['fødselsnumre', (n) => `${firstId(1, 1, 1990)} `.repeat(n / 12)],
    ['dotted words before @', (n) => `${'a.'.repeat(n / 2 - 1)}@b`],
    ['@ signs', (n) => '@'.repeat(n)],
    ['disguised e-mail words', (n) => 'a at b dot '.repeat(n / 11)],
    ['names', (n) => 'Kari '.repeat(n / 5)],
    ['Arabic-Indic digits', (n) => '١'.repeat(n)],
    ['random mix', (n) => Array.from({ length: n }, () => '1a .@-(\u200B٣'[Math.floor(random() * 11)]).join('')],
    ['postcodes', (n) => '1234 ab '.repeat(n / 8)],
    ['dates', (n) => '1.1.90 '.repeat(n / 7)],
  ];

  it.each(fillers)(
    'a 20,000-character paste of %s takes at most a fixed number of steps per character',
    (_, make) => {
      const small = steps(make(2_000));
      const large = steps(make(20_000));
      // Ten times the text, about ten times the steps (a quadratic scan would be a hundred times).
      expect(large / small).toBeLessThan(11);
      expect(large / 20_000).toBeLessThan(200);
    },
    60_000,
  );
});
