/**
 * The text every check runs on. Unicode NFKC, every decimal digit as 0–9, invisible formatting
 * characters removed: so that "１２", "١٢" and "1\u200B2" are all "12" to the detectors.
 */
import type { Counter } from './findings';

/**
 * Invisible formatting characters: every Unicode format character (Cf: zero-width space and
 * joiners, soft hyphen, word joiner, bidi marks and isolates, BOM, …), the combining grapheme
 * joiner, the Hangul fillers and the variation selectors.
 */
const INVISIBLE = /^[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a decimal digit in any script. Unicode puts every script's digits 0–9 in one
 * contiguous run, and adjacent runs of digits start at a multiple of ten from the first, so
 * the value is the distance from the start of the block of digits, modulo 10.
 */
const digitValues = new Map<number, string>();
function asciiDigit(cp: number, counter?: Counter): string {
  let value = digitValues.get(cp);
  if (value === undefined) {
    let start = cp;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) {
      start--;
      if (counter) counter.steps++;
    }
    value = String((cp - start) % 10);
    digitValues.set(cp, value);
  }
  return value;
}

/**
 * The text every check runs on: NFKC (full-width letters and digits, ligatures, the full-width
 * '@' become their plain forms), every Unicode decimal digit as an ASCII digit, invisible
 * formatting characters removed. One pass, linear in the length of the text.
 */
export function normalise(text: string, counter?: Counter): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (counter) counter.steps++;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (INVISIBLE.test(ch)) continue;
    else if (DECIMAL_DIGIT.test(ch)) out += asciiDigit(cp, counter);
    else out += ch;
  }
  return out;
}
