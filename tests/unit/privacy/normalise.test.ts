/** The text every check runs on (src/lib/privacy/normalise.ts) and the PID as it goes into the e-mail. */
import { describe, expect, it } from 'vitest';
import { normalise, normalisePid } from '../../../src/lib/privacy';
import { DIGIT_ZEROS, inScript } from '../../privacy/synthetic';

describe('normalise', () => {
  it('makes every decimal digit ASCII, applies NFKC and removes invisible characters', () => {
    for (const zero of DIGIT_ZEROS) expect(normalise(inScript('0123456789', zero))).toBe('0123456789');
    expect(normalise('１\u200B２\u00AD3\u2060４\u200E5\u202E6\uFEFF')).toBe('123456');
    expect(normalise('kari＠ｓｙｋｅｈｕｓ')).toBe('kari@sykehus');
    expect(normalise('①②')).toBe('12');
  });

  it('normalisePid trims and drops a "PID" label', () => {
    expect(normalisePid('  PID: ١٢ ')).toBe('12');
    expect(normalisePid('pid 7')).toBe('7');
    expect(normalisePid('PID')).toBe('PID');
  });
});
