/**
 * What every detector works on: the normalised text split into tokens (runs of digits, of
 * letters, of anything else), the findings so far, and the step counter. A detector walks the
 * tokens once and looks at most a fixed number of tokens ahead, so every scan is linear.
 */
import type { Counter, Finding, PersonalDataType } from '../findings';

/** d: ASCII digits; l: letters (with their combining marks); s: anything else. */
export interface Token {
  type: 'd' | 'l' | 's';
  text: string;
  start: number;
  end: number;
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** Splits normalised text into tokens. */
export function tokenize(text: string, counter?: Counter): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const type = cp >= 0x30 && cp <= 0x39 ? 'd' : LETTER.test(ch) ? 'l' : 's';
    const last = tokens[tokens.length - 1];
    if (last && last.type === type) {
      last.text += ch;
      last.end += ch.length;
    } else {
      tokens.push({ type, text: ch, start: i, end: i + ch.length });
    }
    i += ch.length;
    if (counter) counter.steps++;
  }
  return tokens;
}

/** A separator between the parts of one number: up to three characters that are neither letters nor digits. */
export const isShortSeparator = (t: Token | undefined) => t !== undefined && t.type === 's' && [...t.text].length <= 3;

/** Digits or letters. */
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type !== 's';

/** The token in lower case, Norwegian rules ('' for none). */
export const lower = (t: Token | undefined) => (t ? t.text.toLocaleLowerCase('nb') : '');

/** One scan of one text: its tokens and what the detectors have found so far. */
export interface Scan {
  text: string;
  tokens: Token[];
  found: Finding[];
  counter?: Counter;
}

/** Records what a detector found between start and end of the normalised text. */
export function add(scan: Scan, type: PersonalDataType, start: number, end: number): void {
  scan.found.push({ type, match: scan.text.slice(start, end), start, end });
}

/** Counts n steps of a scan. */
export function tick(scan: Scan, n = 1): void {
  if (scan.counter) scan.counter.steps += n;
}
