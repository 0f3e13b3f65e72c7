/** The language model: the languages as data, the one format() and date formatter, the dictionaries. */
import { describe, expect, test } from 'vitest';
import { assertComplete, checkDictionary, fullWords, words } from '../../src/i18n/dictionary';
import { format, formatDate, FormatError, placeholders } from '../../src/i18n/format';
import { FULL_LANGS, LANGS, inScope, language, langOf, prefixOf, within } from '../../src/i18n/languages';

describe('languages', () => {
  test('bokmål first, then nynorsk and English; English has the patient pages only', () => {
    expect(LANGS).toEqual(['nb', 'nn', 'en']);
    expect(FULL_LANGS).toEqual(['nb', 'nn']);
    expect(inScope('en', 'helsepersonell')).toBe(false);
    expect(inScope('en', 'pasient')).toBe(true);
    expect(inScope('nn', 'helsepersonell')).toBe(true);
  });
  test('each language says its tags once: html, Open Graph, PDF, dates', () => {
    expect(language('nn')).toMatchObject({ htmlLang: 'nn', ogLocale: 'nn_NO', pdfLang: 'nn-NO' });
    expect(language('nn').dateLocales[0]).toBe('nn-NO');
  });
  test('an unknown locale is bokmål; a language without a document or tool falls back to bokmål', () => {
    expect(langOf('nn')).toBe('nn');
    expect(langOf(undefined)).toBe('nb');
    expect(langOf('de')).toBe('nb');
    expect(langOf('toString')).toBe('nb');
    expect(within('en', FULL_LANGS)).toBe('nb');
    expect(within('nn', FULL_LANGS)).toBe('nn');
    expect(prefixOf('nb')).toBe('');
    expect(prefixOf('en')).toBe('/en');
  });
});

describe('format', () => {
  test('fills every {name}, more than once if used so', () => {
    expect(format('{n} treff for «{q}»', { n: 3, q: 'skjema' })).toBe('3 treff for «skjema»');
    expect(format('{a}{a}', { a: 'x' })).toBe('xx');
    expect(format('ingen plassholdere')).toBe('ingen plassholdere');
  });
  test('a placeholder without a value is an error naming it, never left in the text', () => {
    expect(() => format('{n} treff for «{q}»', { n: 3 })).toThrow(FormatError);
    expect(() => format('{n} treff for «{q}»', { n: 3 })).toThrow(/\{q\}/);
  });
  test('placeholders lists each name once, in order', () => {
    expect(placeholders('{b} {a} {b}')).toEqual(['b', 'a']);
  });
  test('dates are long dates in the language, never shifted by a time zone', () => {
    expect(formatDate('2027-05-01', 'nb')).toBe('1. mai 2027');
    expect(formatDate('2026-11-27', 'nn')).toBe('27. november 2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDate('2026-01-01', 'nb')).toBe('1. januar 2026');
  });
});

describe('dictionaries', () => {
  test('every language has every key of bokmål, none empty; the patients-only language without the clinician parts', () => {
    for (const lang of LANGS) expect(() => checkDictionary(lang)).not.toThrow();
    // English has no clinician pages, so no composer: by type, and by the check.
    expect('composer' in words('en')).toBe(false);
    expect(() => checkDictionary('nn', { ...words('nn'), composer: undefined })).toThrow(
      /src\/i18n\/nn\.composer is missing/,
    );
    expect(words('nb').shell.skipLink).toBe('Hopp til hovedinnholdet');
    expect(fullWords('nn').shell.skipLink).toBe('Hopp til hovudinnhaldet');
  });
  test('a missing or empty word fails, naming the language and the key', () => {
    const { skipLink: _, ...withoutSkipLink } = words('nb').shell;
    expect(() => assertComplete({ shell: withoutSkipLink }, { shell: words('nb').shell }, 'nn', () => false)).toThrow(
      /nn\.shell\.skipLink is missing/,
    );
    const emptied = { shell: { ...words('nb').shell, footerLinks: { ...words('nb').shell.footerLinks, privacy: '' } } };
    expect(() => assertComplete(emptied, { shell: words('nb').shell }, 'en', () => false)).toThrow(
      /en\.shell\.footerLinks\.privacy is missing or empty/,
    );
  });
  test('a word with a value in it uses the one placeholder syntax', () => {
    expect(format(words('nb').shell.siteName, { shortName: 'SmerteReg' })).toBe('Reservasjon mot SmerteReg');
    expect(format(words('nn').shell.footerOwner, { shortName: 'SmerteReg', owner: 'Helse Bergen HF' })).toBe(
      'Helse Bergen HF driv SmerteReg.',
    );
  });
});
