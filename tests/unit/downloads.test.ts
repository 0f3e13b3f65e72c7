/** File names with a content hash, and sizes as the download links state them. */
import { words } from '../../src/i18n/dictionary';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  DOWNLOAD_IDS,
  fileDetails,
  formatSize,
  hashedStem,
  HASH_LENGTH,
  parseDownloadId,
  resolveDownloadId,
  stemOf,
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
    expect(formatSize(bytes, words('nb').downloads)).toBe(text);
  });

  it('rejects what is not a size', () => {
    expect(() => formatSize(-1, words('nb').downloads)).toThrow();
    expect(() => formatSize(Number.NaN, words('nb').downloads)).toThrow();
  });

  it('describes a file as in a link: type, language, size', () => {
    expect(fileDetails(46_427, 'nb', 'nb')).toBe('PDF, bokmål, 46 kB');
    expect(fileDetails(46_463, 'nn', 'nb')).toBe('PDF, nynorsk, 46 kB');
  });

  it('takes its words from the dictionary it is given', () => {
    const say = {
      ...words('en').downloads,
      langNames: {},
      details: '{type}, {size}, in {language}',
    };
    expect(formatSize(850, say)).toBe('850 bytes');
    expect(formatSize(1000, say)).toBe('1 kB');
    expect(formatSize(9449, say)).toBe('9.4 kB');
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
  it('has the form and the printed material in nb, nn and en, the guide and the checklist in nb and nn: the files each language names', () => {
    const everywhere = ['form', 'leaflet', 'poster', 'easyRead'].flatMap((doc) =>
      ['nb', 'nn', 'en'].map((l) => `${doc}-${l}`),
    );
    expect([...DOWNLOAD_IDS].sort()).toEqual(
      [...everywhere, 'checklist-nb', 'checklist-nn', 'guide-nb', 'guide-nn'].sort(),
    );
  });

  it('names every file in ASCII with its language, and no two alike', () => {
    const names = DOWNLOAD_IDS.map((id) => {
      const { doc, lang } = parseDownloadId(id);
      return [lang, stemOf(doc, lang)!] as const;
    });
    for (const [lang, stem] of names) {
      expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(stem).toMatch({ nb: /-bokmal$/, nn: /-nynorsk$/, en: /-english$/ }[lang]);
    }
    expect(new Set(names.map(([, stem]) => stem)).size).toBe(names.length);
    // The bokmål and nynorsk form keep the names they had before English came.
    expect(stemOf('form', 'nb')).toBe('reservasjonsskjema-bokmal');
    expect(stemOf('form', 'nn')).toBe('reservasjonsskjema-nynorsk');
  });

  it('resolves ids: explicit ones as they are, a document alone in the page language (bokmål where missing)', () => {
    expect(resolveDownloadId('form-nn', 'en')).toBe('form-nn');
    expect(resolveDownloadId('form', 'en')).toBe('form-en');
    expect(resolveDownloadId('guide', 'nn')).toBe('guide-nn');
    expect(resolveDownloadId('guide', 'en')).toBe('guide-nb');
    expect(resolveDownloadId('checklist', 'nn')).toBe('checklist-nn');
    expect(resolveDownloadId('checklist', 'en')).toBe('checklist-nb');
    expect(() => resolveDownloadId('form-se', 'nb')).toThrow(/Unknown download "form-se". Known: .*form-nb/);
    expect(parseDownloadId('checklist-nn')).toEqual({ doc: 'checklist', lang: 'nn' });
  });

  it('states the file language in the page language', () => {
    expect(fileDetails(40_000, 'nn', 'nn')).toBe('PDF, nynorsk, 40 kB');
    expect(fileDetails(40_000, 'en', 'nb')).toBe('PDF, engelsk, 40 kB');
    expect(fileDetails(40_000, 'en', 'en')).toBe('PDF, English, 40 kB');
    expect(fileDetails(9_449, 'nb', 'en')).toBe('PDF, Norwegian Bokmål, 9.4 kB');
    expect(formatSize(850, words('en').downloads)).toBe('850 bytes');
  });
});
