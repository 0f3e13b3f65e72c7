/** Identity numbers as exactly 11 digits, and the dates in their first six (src/lib/privacy/id-numbers.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyIdNumber, isDdmmyy, isValidFodselsnummer } from '../../../src/lib/privacy';
import { generatedId } from '../../privacy/arbitraries';
import { firstId, idNumber } from '../../privacy/synthetic';

describe('classifyIdNumber', () => {
  // Hand-computed synthetic numbers (no real person):
  // 010190 124: k1 = 0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102; 102 mod 11 = 3; 11-3 = 8
  //             k2 = 0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110; 110 mod 11 = 0; 11 → 0
  // 410190 124: the same as a D-nummer (day + 40): k1 sum 114 → 7; k2 sum 128 → 4
  it('accepts hand-computed fødselsnummer and D-nummer', () => {
    expect(classifyIdNumber('01019012480')).toBe('fodselsnummer');
    expect(classifyIdNumber('41019012474')).toBe('dnummer');
    expect(isValidFodselsnummer('01019012481')).toBe(false); // k2 wrong
    expect(isValidFodselsnummer('01019012470')).toBe(false); // k1 wrong
  });

  it('knows H-numbers (month + 40) and synthetic numbers (month + 80)', () => {
    expect(classifyIdNumber(firstId(9, 9, 1965, 'hnummer'))).toBe('hnummer');
    expect(classifyIdNumber(firstId(14, 6, 1975, 'syntetiskNummer'))).toBe('syntetiskNummer');
    expect(classifyIdNumber(firstId(17, 5, 1980, 'dnummer'))).toBe('dnummer');
  });

  it('refuses impossible dates and unused century combinations', () => {
    expect(isValidFodselsnummer(firstId(29, 2, 2024, 'fodselsnummer', 500))).toBe(true);
    expect(classifyIdNumber(idNumber(29, 2, 2023, 500) ?? '')).toBe(null);
    expect(classifyIdNumber('31029012480')).toBe(null);
  });

  it('agrees with the test generator on 10,000 numbers of every kind', () => {
    fc.assert(
      fc.property(generatedId, ({ number, kind }) => classifyIdNumber(number) === kind),
      { numRuns: 10_000 },
    );
  });
});

describe('isDdmmyy', () => {
  it('knows D-, H- and synthetic dates and leap days', () => {
    expect(isDdmmyy('290224')).toBe(true);
    expect(isDdmmyy('290223')).toBe(false);
    expect(isDdmmyy('710191')).toBe(true); // D: 31 January
    expect(isDdmmyy('314991')).toBe(false); // H: 31 September
    expect(isDdmmyy('019291')).toBe(true); // synthetic: December
    expect(isDdmmyy('123456')).toBe(false);
  });
});
