/**
 * Synthetic personal data for the composer's tests, generated here (no real person's data is
 * typed anywhere in the tests). Written apart from src/lib/privacy so that the tests do not
 * trust the module they test.
 */

/** Mod-11 control digit; 10 means "no valid number with these digits". */
function mod11(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return (11 - (sum % 11)) % 11;
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The classic first control digit of 9 digits; 10 means none. */
export const classicK1 = (nine: string) => mod11(nine, K1);

/** Appends k1 and k2 to 9 digits, or null when a control digit would be 10. */
export function withControlDigits(nine: string): string | null {
  const k1 = mod11(nine, K1);
  if (k1 === 10) return null;
  const k2 = mod11(nine + k1, K2);
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

/**
 * The same digits with k1 by the rule for numbers issued from 2032 (Skatteetaten: k1 may be
 * computed with remainder 0, 1, 2 or 3; `rest` 1–3 gives the new values), and k2 over it as
 * always; null when either would be 10.
 */
export function with2032ControlDigits(nine: string, rest: number): string | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * K1[i]!;
  let k1 = 11 + rest - (sum % 11);
  if (k1 > 10) k1 -= 11;
  if (k1 === 10) return null;
  const k2 = mod11(nine + k1, K2);
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

export type IdKind = 'fodselsnummer' | 'dnummer' | 'hnummer' | 'syntetiskNummer';

/** Individnummer ranges that the century rule allows for a birth year in 1854–2039. */
export function individRanges(year: number): [number, number][] {
  if (year < 1900) return [[500, 749]];
  if (year >= 2000) return [[500, 999]];
  if (year >= 1940)
    return [
      [0, 499],
      [900, 999],
    ];
  return [[0, 499]];
}

/** The birth year an individnummer gives a two-digit year, or null when the pair is never issued. */
export function birthYearOf(individ: number, yy: number): number | null {
  for (const year of [1800 + yy, 1900 + yy, 2000 + yy]) {
    if (year < 1854 || year > 2039) continue;
    if (individRanges(year).some(([a, b]) => individ >= a && individ <= b)) return year;
  }
  return null;
}

/**
 * A valid synthetic identity number for a date, or null when the control digits fail:
 * D-nummer day + 40, H-number month + 40, synthetic month + 80.
 */
export function idNumber(
  day: number,
  month: number,
  year: number,
  individ: number,
  kind: IdKind = 'fodselsnummer',
): string | null {
  const dd = day + (kind === 'dnummer' ? 40 : 0);
  const mm = month + (kind === 'hnummer' ? 40 : kind === 'syntetiskNummer' ? 80 : 0);
  return withControlDigits(pad(dd, 2) + pad(mm, 2) + pad(year % 100, 2) + pad(individ, 3));
}

/** The first valid identity number for the date from individnummer `from` upwards. */
export function firstId(
  day: number,
  month: number,
  year: number,
  kind: IdKind = 'fodselsnummer',
  from?: number,
): string {
  const start = from ?? individRanges(year)[0]![0];
  for (let i = start; i < start + 100; i++) {
    const n = idNumber(day, month, year, i, kind);
    if (n) return n;
  }
  throw new Error('no individnummer found');
}

/** A small deterministic pseudo-random generator (mulberry32), so that lists are the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random digits, the first from `first` (a string of allowed first digits). */
export function randomDigits(random: () => number, n: number, first = '0123456789'): string {
  let s = first[Math.floor(random() * first.length)]!;
  while (s.length < n) s += String(Math.floor(random() * 10));
  return s;
}

/** Zero of each digit script: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, Mongolian, mathematical bold and monospace. */
export const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0x1810, 0x1d7ce, 0x1d7f6];

/** Writes ASCII digits in another script. */
export const inScript = (digits: string, zero: number) =>
  [...digits].map((d) => (d >= '0' && d <= '9' ? String.fromCodePoint(zero + Number(d)) : d)).join('');

/** Separators a hurried clinician (or a copy from another system) puts between digits. */
export const SEPARATORS = [
  '',
  ' ',
  '  ',
  '.',
  '-',
  '/',
  ',',
  '_',
  ' - ',
  '. ',
  ', ',
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u2007',
  '\u3000',
  '\u2010',
  '\u2011',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uFE63',
  '\uFF0D',
  '\u200B',
  '\u00AD',
  '\u2060',
  '\u200E',
  '\u200F',
  '\uFEFF',
  '\u2066',
];

/** The digits with one separator in each gap. */
export const spaced = (digits: string, seps: string[]) =>
  [...digits].map((d, i) => d + (i < digits.length - 1 ? (seps[i] ?? '') : '')).join('');

/** Today as yyyy-mm-dd in UTC, and days before it. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const daysBefore = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(Date.UTC(y!, m! - 1, d! - days)));
};
