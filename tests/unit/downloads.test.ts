/** File names with a content hash, and sizes as the download links state them. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, fileDetails, formatSize, hashedStem, HASH_LENGTH } from '../../src/lib/downloads/downloads';

describe('formatSize (kB = 1000 bytes, Norwegian decimal comma)', () => {
  it.each([
    [0, '0 byte'],
    [999, '999 byte'],
    [1000, '1 kB'],
    [1049, '1 kB'],
    [1050, '1,1 kB'],
    [9449, '9,4 kB'],
    [9949, '9,9 kB'],
    [9950, '10 kB'],
    [26_770, '27 kB'],
    [46_427, '46 kB'],
    [46_500, '47 kB'],
    [999_499, '999 kB'],
    [1_250_000, '1,3 MB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('rejects what is not a size', () => {
    expect(() => formatSize(-1)).toThrow();
    expect(() => formatSize(Number.NaN)).toThrow();
  });

  it('describes a file as in a link: type, language, size', () => {
    expect(fileDetails(46_427, 'nb')).toBe('PDF, bokmål, 46 kB');
    expect(fileDetails(46_463, 'nn')).toBe('PDF, nynorsk, 46 kB');
  });

  it('takes its words from the interface dictionary of the page', () => {
    const words = {
      langNames: { nb: 'Bokmål', nn: 'Nynorsk' },
      pdf: 'PDF',
      decimalSeparator: '.',
      byteUnit: 'bytes',
      details: (type: string, lang: string, size: string) => `${type}, ${size}, in ${lang}`,
    };
    expect(fileDetails(9449, 'nn', words)).toBe('PDF, 9.4 kB, in Nynorsk');
    expect(formatSize(850, words)).toBe('850 bytes');
    expect(formatSize(1000, words)).toBe('1 kB');
  });
});

describe('hashed file names', () => {
  const bytes = new TextEncoder().encode('reservasjonsskjema æøå');

  it('end in the first hex digits of the SHA-256 of the bytes', () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(contentHash(bytes)).toBe(sha.slice(0, HASH_LENGTH));
    expect(hashedStem('reservasjonsskjema-bokmal', bytes)).toBe(`reservasjonsskjema-bokmal-${sha.slice(0, 8)}`);
  });

  it('change when the content changes', () => {
    const other = new TextEncoder().encode('reservasjonsskjema æøå!');
    expect(hashedStem('x', other)).not.toBe(hashedStem('x', bytes));
  });

  it('only take plain URL-safe stems', () => {
    expect(() => hashedStem('Reservasjonsskjema bokmål', bytes)).toThrow(/lower-case/);
  });
});
