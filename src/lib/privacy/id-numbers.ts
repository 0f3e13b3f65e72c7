/**
 * Fødselsnummer, D-, H- and synthetic numbers, and the dates inside them. Exactly 11 digits in,
 * a kind or null out: finding them in a text is the job of ./detectors/numbers.ts.
 *
 * The property tests hold classifyIdNumber against an independent validator from npm
 * (tests/unit/privacy/id-numbers-oracle.test.ts), where the differences are written down too.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Mod-11 control digit over the first weights.length digits; null when it would be 10. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  weights.forEach((w, i) => (sum += w * (digits[i] ?? 0)));
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  if (control === 10) return null;
  return control;
}

/**
 * The birth year from the two-digit year and the individnummer (digits 7–9), or null when the
 * combination is not used:
 *   000–499             → 1900–1999
 *   500–749, year 54–99 → 1854–1899
 *   500–999, year 00–39 → 2000–2039
 *   900–999, year 40–99 → 1940–1999
 */
function birthYear(individnummer: number, yy: number): number | null {
  if (individnummer <= 499) return 1900 + yy;
  if (individnummer <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy; // individnummer 500–999
  if (individnummer >= 900) return 1900 + yy; // yy 40–99
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the day exists in the month of that year. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A plain calendar date with a four-digit year from 1850 to 2099. */
export function isFullDate(year: number, month: number, day: number): boolean {
  return year >= 1850 && year <= 2099 && isCalendarDate(year, month, day);
}

/**
 * Day and month of an identity number's first four digits: a D-nummer adds 4 to the first
 * digit (day + 40), an H-number adds 4 to the third (month + 40), a synthetic test number adds
 * 8 to the third (month + 80), and a D-nummer may be synthetic too.
 */
export function idDate(
  dd: number,
  mm: number,
): { day: number; month: number; d: boolean; h: boolean; synthetic: boolean } {
  const d = dd > 40;
  const synthetic = mm > 80;
  const h = !synthetic && mm > 40;
  return { day: d ? dd - 40 : dd, month: synthetic ? mm - 80 : h ? mm - 40 : mm, d, h, synthetic };
}

export type IdNumberType = 'fodselsnummer' | 'dnummer' | 'hnummer' | 'syntetiskNummer';

/**
 * The kind of identity number `digits` is (exactly 11 digits with a valid date and valid
 * control digits), or null. Fødselsnummer, D-nummer (day + 40), H-number (month + 40) and
 * synthetic test numbers (month + 80, also on D-numre). A D-nummer that is also an H-number is
 * an H-number here.
 *
 * Control digits: the classic rule (k1 and k2 both mod 11, a control digit of 10 means the
 * number is never issued). Numbers issued from 2032 may follow a new rule for k1; such a number
 * fails here, but every 11 digits are refused anyway ('elleveSiffer').
 */
export function classifyIdNumber(digits: string): IdNumberType | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const n = [...digits].map(Number);
  const { day, month, d, h, synthetic } = idDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
  const year = birthYear(Number(digits.slice(6, 9)), Number(digits.slice(4, 6)));
  if (year === null || !isCalendarDate(year, month, day)) return null;
  if (controlDigit(n, K1_WEIGHTS) !== n[9]) return null;
  if (controlDigit(n, K2_WEIGHTS) !== n[10]) return null;
  return synthetic ? 'syntetiskNummer' : h ? 'hnummer' : d ? 'dnummer' : 'fodselsnummer';
}

/** True for a valid fødselsnummer, D-, H- or synthetic number written as exactly 11 digits. */
export function isValidFodselsnummer(digits: string): boolean {
  return classifyIdNumber(digits) !== null;
}

/**
 * Whether six digits can be the start of an identity number, or a date DDMMYY: a day and month
 * that exist (also as D-, H- or synthetic number). February 29 counts in every year divisible
 * by 4 (the century is unknown).
 */
export function isDdmmyy(six: string): boolean {
  if (!/^\d{6}$/.test(six)) return false;
  const { day, month } = idDate(Number(six.slice(0, 2)), Number(six.slice(2, 4)));
  const yy = Number(six.slice(4, 6));
  return isCalendarDate(yy % 4 === 0 ? 2000 : 2001, month, day);
}
