/**
 * E-mail addresses, plain and disguised: "x@y", "x @ y.no", "x(at)y(dot)no", "x at y punktum no",
 * full-width '＠' (made plain by normalising).
 *
 * The words for '@' and '.' below (English and Norwegian: "at", "alfakrøll", "punktum", …) are
 * detection data, not interface words: they are what someone may type to hide an address, in any
 * page language. The messages shown to the reader are in src/i18n/<lang>/refusals.ts.
 */
import { add, isWord, lower, tick, type Scan, type Token } from './tokens';

/** Words that stand for '@' and '.' in a disguised e-mail address. */
const AT_WORDS = new Set(['at', 'alfakrøll', 'krøllalfa', 'snabela', 'snabel', 'krøll']);
const AT_WORDS_IN_BRACKETS = new Set([...AT_WORDS, 'a']);
const DOT_WORDS = new Set(['dot', 'punktum', 'prikk', 'punkt']);
const OPEN = /^\s*[([{<]\s*$/;
const CLOSE = /^\s*[)\]}>]\s*$/;
const SPACE = /^\s+$/;

/**
 * How many tokens after index i make up an '@' (0 if none): "@", " @ ", "(at)", "[at]",
 * " at ", "(a)", " alfakrøll ". The spaced word form only counts when a domain with a dot
 * follows (checked by the caller), because "at" is a common Norwegian word.
 */
function atMarker(t: Token[], i: number): { length: number; spaced: boolean } {
  const s = t[i];
  if (s?.type === 's' && s.text.includes('@') && [...s.text.trim()].length <= 3) return { length: 1, spaced: false };
  if (
    s?.type === 's' &&
    OPEN.test(s.text) &&
    AT_WORDS_IN_BRACKETS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    CLOSE.test(t[i + 2]!.text)
  ) {
    return { length: 3, spaced: false };
  }
  if (
    s?.type === 's' &&
    SPACE.test(s.text) &&
    AT_WORDS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    SPACE.test(t[i + 2]!.text)
  ) {
    return { length: 3, spaced: true };
  }
  return { length: 0, spaced: false };
}

/** Same for '.': ".", " . ", "(dot)", "[punktum]", " dot ", " punktum ". */
function dotMarker(t: Token[], i: number): number {
  const s = t[i];
  if (s?.type === 's' && /^\s?\.\s?$/.test(s.text)) return 1;
  if (
    s?.type === 's' &&
    (OPEN.test(s.text) || SPACE.test(s.text)) &&
    DOT_WORDS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    (CLOSE.test(t[i + 2]!.text) || SPACE.test(t[i + 2]!.text))
  ) {
    return 3;
  }
  return 0;
}

/** E-mail addresses: a word, an '@' marker, a domain of words joined by dot markers. */
export function findEmails(scan: Scan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    tick(scan);
    if (!isWord(t[i])) continue;
    const at = atMarker(t, i + 1);
    if (at.length === 0 || !isWord(t[i + 1 + at.length])) continue;
    // The domain: words joined by dot markers.
    let k = i + 1 + at.length;
    let dots = 0;
    for (;;) {
      tick(scan);
      const dot = dotMarker(t, k + 1);
      if (dot === 0 || !isWord(t[k + 1 + dot])) break;
      k += 1 + dot;
      dots++;
    }
    if (at.spaced && (dots === 0 || t[k]!.type !== 'l')) continue;
    // The local part: words joined by '.', '_', '-' or '+', at most 32 tokens back.
    let s = i;
    for (
      let back = 0;
      back < 32 && t[s - 1]?.type === 's' && /^[._+-]$/.test(t[s - 1]!.text) && isWord(t[s - 2]);
      back++
    ) {
      tick(scan);
      s -= 2;
    }
    add(scan, 'epost', t[s]!.start, t[k]!.end);
    i = k;
  }
}

/** In a field value, any '@' is refused, even without a word on both sides (when no address was found). */
export function findAtSign(scan: Scan): void {
  if (scan.found.some((f) => f.type === 'epost')) return;
  for (const token of scan.tokens) {
    tick(scan);
    if (token.type === 's' && token.text.includes('@')) {
      add(scan, 'epost', token.start, token.end);
      return;
    }
  }
}
