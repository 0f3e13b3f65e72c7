/**
 * classifyIdNumber held against an independent validator: @navikt/fnrvalidator, NAV's own
 * (the Norwegian Labour and Welfare Administration), maintained on npm. On generated 11-digit
 * strings, valid and near-valid, both must say the same: valid or not, and which kind.
 *
 * Where they may differ, on purpose (each tested on its own below):
 *  - The 2032 rule for k1. Skatteetaten will issue numbers whose first control digit is computed
 *    with remainder 0–3 instead of 0. The package accepts them; classifyIdNumber keeps the
 *    classic rule, so such a number is no kind here, but the scan still refuses it as 11 digits.
 *  - The century. classifyIdNumber checks that the individnummer is used with that two-digit
 *    year (500–749 with 40–53 never is); the package checks only the date. The same unused
 *    pairs are refused here as 11 digits.
 *  - 29 February 1900. With the century, 290200 and individnummer 000–499 is 1900, which was no
 *    leap year; the package reads 00 as 2000.
 *  - Names of kinds. A D-nummer that is also an H-number is the package's 'dnr-and-hnr' and an
 *    H-number here; a synthetic D-nummer is its 'dnr-and-tnr' and a synthetic number here.
 */
import { idnr } from '@navikt/fnrvalidator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyIdNumber, findPersonalData, type IdNumberType } from '../../../src/lib/privacy';
import { generatedId } from '../../privacy/arbitraries';
import {
  birthYearOf,
  classicK1,
  firstId,
  pad,
  with2032ControlDigits,
  withControlDigits,
} from '../../privacy/synthetic';

type OracleKind = Extract<ReturnType<typeof idnr>, { status: 'valid' }>['type'];
const KIND: Record<OracleKind, IdNumberType> = {
  fnr: 'fodselsnummer',
  dnr: 'dnummer',
  hnr: 'hnummer',
  tnr: 'syntetiskNummer',
  'dnr-and-hnr': 'hnummer',
  'dnr-and-tnr': 'syntetiskNummer',
};

/** The package's verdict as a kind of ours, or null. */
function oracle(digits: string): IdNumberType | null {
  const result = idnr(digits);
  return result.status === 'valid' ? KIND[result.type] : null;
}

/** Whether a difference listed above applies to 11 digits (worked out here, not by either validator). */
function documentedDifference(s: string): string | null {
  if (classicK1(s.slice(0, 9)) !== Number(s[9])) return 'k1 by the 2032 rule (or wrong)';
  const year = birthYearOf(Number(s.slice(6, 9)), Number(s.slice(4, 6)));
  if (year === null) return 'individnummer not used with that year';
  const dd = Number(s.slice(0, 2)) % 40;
  const mm = Number(s.slice(2, 4)) % 40;
  if (year === 1900 && dd === 29 && mm === 2) return '29 February 1900';
  return null;
}

const replaceAt = (s: string, i: number, d: string) => s.slice(0, i) + d + s.slice(i + 1);

/** 11 digits: valid numbers of every kind, and near misses of every sort. */
const elevenDigits = fc.oneof(
  // valid
  generatedId.map((x) => x.number),
  // one digit changed
  fc
    .tuple(generatedId, fc.nat(10), fc.integer({ min: 1, max: 9 }))
    .map(([x, i, add]) => replaceAt(x.number, i, String((Number(x.number[i]) + add) % 10))),
  // two neighbours swapped
  fc
    .tuple(generatedId, fc.nat(9))
    .map(([x, i]) => x.number.slice(0, i) + x.number[i + 1] + x.number[i] + x.number.slice(i + 2)),
  // k1 by the 2032 rule
  fc
    .tuple(generatedId, fc.integer({ min: 1, max: 3 }))
    .map(([x, rest]) => with2032ControlDigits(x.number.slice(0, 9), rest) ?? x.number),
  // another individnummer, control digits made to fit: every century pair
  fc
    .tuple(generatedId, fc.nat(999))
    .map(([x, individ]) => withControlDigits(x.number.slice(0, 6) + pad(individ, 3)) ?? x.number),
  // any day, month and year field (also D, H, synthetic and impossible), control digits made to fit
  fc
    .tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.nat(999))
    .map(([dd, mm, yy, individ]) => withControlDigits(pad(dd, 2) + pad(mm, 2) + pad(yy, 2) + pad(individ, 3)))
    .filter((s): s is string => s !== null),
  // anything
  fc.stringMatching(/^\d{11}$/),
);

describe('classifyIdNumber against @navikt/fnrvalidator', () => {
  it('draws both valid and invalid numbers (the comparison is not one-sided)', () => {
    const sample = fc.sample(elevenDigits, { numRuns: 4_000, seed: 11 });
    const valid = sample.filter((s) => classifyIdNumber(s) !== null).length;
    expect(valid / sample.length).toBeGreaterThan(0.25);
    expect(valid / sample.length).toBeLessThan(0.75);
    expect(sample.filter((s) => documentedDifference(s) === null && oracle(s) === null).length).toBeGreaterThan(400);
  });

  it('agrees on validity and kind on 20,000 valid and near-valid numbers, outside the listed differences', () => {
    fc.assert(
      fc.property(elevenDigits, (s) => documentedDifference(s) !== null || classifyIdNumber(s) === oracle(s)),
      { numRuns: 20_000 },
    );
  }, 120_000);

  it('never calls valid what the package refuses', () => {
    fc.assert(
      fc.property(elevenDigits, (s) => {
        const ours = classifyIdNumber(s);
        return ours === null || oracle(s) === ours;
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);
});

describe('where the two differ, on purpose', () => {
  const refusedAsDigits = (s: string) => findPersonalData(s).map((f) => f.type);

  it('a number with k1 by the 2032 rule: valid for the package, refused here as 11 digits', () => {
    const nine = firstId(1, 1, 1990).slice(0, 9);
    const numbers = [1, 2, 3].map((rest) => with2032ControlDigits(nine, rest)).filter((s) => s !== null);
    expect(numbers.length).toBeGreaterThan(0);
    for (const s of numbers) {
      expect(oracle(s), s).toBe('fodselsnummer');
      expect(classifyIdNumber(s), s).toBe(null);
      expect(refusedAsDigits(s), s).toEqual(['elleveSiffer']);
    }
  });

  it('an individnummer never used with its year: valid for the package, refused here as 11 digits', () => {
    // 500–749 is 1854–1899 (year 54–99) or 2000–2039 (00–39): never with year 45.
    let s: string | null = null;
    for (let individ = 600; s === null; individ++) s = withControlDigits(`120345${pad(individ, 3)}`);
    expect(oracle(s)).toBe('fodselsnummer');
    expect(classifyIdNumber(s)).toBe(null);
    expect(refusedAsDigits(s)).toEqual(['elleveSiffer']);
  });

  it('29 February 1900: valid for the package (it reads 00 as 2000), refused here as 11 digits', () => {
    let s: string | null = null;
    for (let individ = 100; s === null; individ++) s = withControlDigits(`290200${pad(individ, 3)}`);
    expect(oracle(s)).toBe('fodselsnummer');
    expect(classifyIdNumber(s)).toBe(null);
    expect(refusedAsDigits(s)).toEqual(['elleveSiffer']);
    // The same day in 2000 (individnummer 500–999) is valid for both.
    expect(classifyIdNumber(firstId(29, 2, 2000, 'fodselsnummer', 500))).toBe('fodselsnummer');
    expect(oracle(firstId(29, 2, 2000, 'fodselsnummer', 500))).toBe('fodselsnummer');
  });

  it('a D-nummer that is also an H-number, or synthetic: valid for both, named as the H-number or synthetic number', () => {
    const h = firstId(9, 9, 1965, 'hnummer');
    const dh = withControlDigits(String(Number(h[0]) + 4) + h.slice(1, 9));
    const t = firstId(14, 6, 1975, 'syntetiskNummer');
    const dt = withControlDigits(String(Number(t[0]) + 4) + t.slice(1, 9));
    for (const [s, theirs, ours] of [
      [dh, 'dnr-and-hnr', 'hnummer'],
      [dt, 'dnr-and-tnr', 'syntetiskNummer'],
    ] as const) {
      expect(s).not.toBe(null);
      expect(idnr(s!)).toEqual({ status: 'valid', type: theirs });
      expect(classifyIdNumber(s!)).toBe(ours);
    }
  });
});
