/** File names with a content hash, and sizes as the download links state them. */
import { ui } from '../../src/i18n/ui';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  DOCUMENTS,
  DOWNLOAD_IDS,
  fileDetails,
  formatSize,
  hashedStem,
  HASH_LENGTH,
  pageLang,
  parseDownloadId,
  resolveDownloadId,
} from '../../src/lib/downloads/downloads';

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
      langNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
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

describe('the table of downloads (document × language)', () => {
  it('has the form in nb, nn and en, the guide and the checklist in nb and nn', () => {
    expect([...DOWNLOAD_IDS].sort()).toEqual(
      [
        'huskeliste-nb',
        'huskeliste-nn',
        'skjema-en',
        'skjema-nb',
        'skjema-nn',
        'veiledning-nb',
        'veiledning-nn',
      ].sort(),
    );
  });

  it('names every file in ASCII with its language, and no two alike', () => {
    const names = Object.values(DOCUMENTS).flatMap((d) => Object.entries(d.stems));
    for (const [lang, stem] of names) {
      expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(stem).toMatch({ nb: /-bokmal$/, nn: /-nynorsk$/, en: /-english$/ }[lang]!);
    }
    expect(new Set(names.map(([, stem]) => stem)).size).toBe(names.length);
    // The bokmål and nynorsk form keep the names they had before English came.
    expect(DOCUMENTS.skjema.stems.nb).toBe('reservasjonsskjema-bokmal');
    expect(DOCUMENTS.skjema.stems.nn).toBe('reservasjonsskjema-nynorsk');
  });

  it('resolves ids: explicit ones as they are, a document alone in the page language (bokmål where missing)', () => {
    expect(resolveDownloadId('skjema-nn', 'en')).toBe('skjema-nn');
    expect(resolveDownloadId('skjema', 'en')).toBe('skjema-en');
    // The ids the bokmål pages used before: on a nynorsk page they give the nynorsk file.
    expect(resolveDownloadId('veiledning-helsenorge', 'nb')).toBe('veiledning-nb');
    expect(resolveDownloadId('veiledning-helsenorge', 'nn')).toBe('veiledning-nn');
    expect(resolveDownloadId('huskeliste', 'nn')).toBe('huskeliste-nn');
    expect(resolveDownloadId('huskeliste', 'en')).toBe('huskeliste-nb');
    expect(() => resolveDownloadId('skjema-se', 'nb')).toThrow(/Unknown download "skjema-se". Known: .*skjema-nb/);
    expect(parseDownloadId('huskeliste-nn')).toEqual({ doc: 'huskeliste', lang: 'nn' });
  });

  it('reads the page language from the locale, bokmål by default', () => {
    expect(pageLang(undefined)).toBe('nb');
    expect(pageLang('nn')).toBe('nn');
    expect(pageLang('en')).toBe('en');
    expect(pageLang('se')).toBe('nb');
  });

  it('states the file language in the page language', () => {
    expect(fileDetails(40_000, 'nn', ui('nn').download)).toBe('PDF, nynorsk, 40 kB');
    expect(fileDetails(40_000, 'en', ui('nb').download)).toBe('PDF, engelsk, 40 kB');
    expect(fileDetails(40_000, 'en', ui('en').download)).toBe('PDF, English, 40 kB');
    expect(fileDetails(9_449, 'nb', ui('en').download)).toBe('PDF, Norwegian Bokmål, 9.4 kB');
    expect(formatSize(850, ui('en').download)).toBe('850 bytes');
  });
});
