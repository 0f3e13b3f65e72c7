/**
 * Numbers in a text: identity numbers, their first digits, dates written with digits and phone
 * numbers. Any short run (up to three characters) of anything that is not a letter or a digit
 * separates the digits of one number, so "DDMMYY NNNNN", "DD.MM.YY-NNN NN" or digits with
 * no-break spaces, minus signs or underscores between them are one number.
 */
import { classifyIdNumber, idDate, isCalendarDate, isDdmmyy, isFullDate } from '../id-numbers';
import { add, isShortSeparator, tick, type Scan } from './tokens';
import { dateType } from './word-dates';

/**
 * Numbers: a group is digit tokens joined by short separators. In each group:
 *  - every 11-digit window that is a valid identity number;
 *  - every span of consecutive parts with at most 12 digits that is a phone number, a date
 *    (DDMMYY, DDMMYYYY, YYYYMMDD, D.M.YY, D.M.YYYY, YYYY-M-D) or the first 9 or 10 digits of an
 *    identity number;
 *  - 11 or more digits, when nothing more specific was found.
 */
export function findNumbers(scan: Scan): void {
  const t = scan.tokens;
  let i = 0;
  while (i < t.length) {
    tick(scan);
    if (t[i]!.type !== 'd') {
      i++;
      continue;
    }
    const parts: number[] = [i];
    let j = i;
    while (isShortSeparator(t[j + 1]) && t[j + 2]?.type === 'd') {
      j += 2;
      parts.push(j);
      tick(scan);
    }
    const before = scan.found.length;
    checkGroup(scan, parts);
    const digitCount = parts.reduce((n, p) => n + t[p]!.text.length, 0);
    if (digitCount >= 11 && scan.found.length === before) add(scan, 'elleveSiffer', t[i]!.start, t[j]!.end);
    i = j + 1;
  }
}

function checkGroup(scan: Scan, parts: number[]): void {
  const t = scan.tokens;
  // Where each digit of the group is in the text.
  const at: number[] = [];
  let digits = '';
  for (const p of parts) {
    const token = t[p]!;
    for (let k = 0; k < token.text.length; k++) at.push(token.start + k);
    digits += token.text;
    tick(scan, token.text.length);
  }
  for (let w = 0; w + 11 <= digits.length; w++) {
    tick(scan, 11);
    const type = classifyIdNumber(digits.slice(w, w + 11));
    if (type) add(scan, type, at[w]!, at[w + 10]! + 1);
  }

  for (let a = 0; a < parts.length; a++) {
    let span = '';
    const lengths: number[] = [];
    for (let b = a; b < parts.length; b++) {
      tick(scan);
      const token = t[parts[b]!]!;
      span += token.text;
      lengths.push(token.text.length);
      if (span.length > 12) break;
      checkSpan(scan, parts[a]!, parts[b]!, span, lengths);
    }
  }
}

function checkSpan(scan: Scan, first: number, last: number, digits: string, lengths: number[]): void {
  const t = scan.tokens;
  const start = t[first]!.start;
  const end = t[last]!.end;
  const n = digits.length;
  const num = (from: number, to: number) => Number(digits.slice(from, to));

  // Dates written with separators: D.M.YY, D.M.YYYY, YYYY-M-D (three parts).
  if (lengths.length === 3) {
    const [l1, l2, l3] = lengths as [number, number, number];
    if (l1 <= 2 && l2 <= 2 && (l3 === 2 || l3 === 4)) {
      const day = num(0, l1);
      const month = num(l1, l1 + l2);
      const year = l3 === 4 ? num(l1 + l2, n) : 2000;
      const { day: d, month: m } = idDate(day, month);
      if (isCalendarDate(year, m, d) && (l3 === 2 || isFullDate(year, m, d)))
        return add(scan, dateType(scan, first), start, end);
    }
    if (l1 === 4 && l2 <= 2 && l3 <= 2 && isFullDate(num(0, 4), num(4, 4 + l2), num(4 + l2, n))) {
      return add(scan, dateType(scan, first), start, end);
    }
  }

  const plusBefore = t[first - 1]?.type === 's' && /\+\s?$/.test(t[first - 1]!.text);
  const phoneStart = plusBefore ? t[first - 1]!.start + t[first - 1]!.text.lastIndexOf('+') : start;
  if (n === 6 && isDdmmyy(digits)) return add(scan, dateType(scan, first), start, end);
  if (n === 8) {
    const ddmmyyyy = isFullDate(num(4, 8), num(2, 4), num(0, 2));
    const yyyymmdd = isFullDate(num(0, 4), num(4, 6), num(6, 8));
    if (ddmmyyyy || yyyymmdd) return add(scan, dateType(scan, first), start, end);
    if (/^[2-9]/.test(digits) || plusBefore) return add(scan, 'telefon', phoneStart, end);
  }
  if (n === 10 && digits.startsWith('47') && (plusBefore || /^47[2-9]/.test(digits)))
    return add(scan, 'telefon', phoneStart, end);
  if ((n === 9 || n === 10) && isDdmmyy(digits.slice(0, 6))) return add(scan, 'fodselsnummerStart', start, end);
  if (n === 12 && digits.startsWith('0047')) return add(scan, 'telefon', start, end);
}
