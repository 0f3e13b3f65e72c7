/**
 * The words of a search query, and how they are compared: folded to plain a–z (see text.ts),
 * letters and digits only, with common Norwegian function words set aside.
 */
import { fold } from './text';

/**
 * Function words: they narrow an AND search without saying what the reader is after.
 * Folded spelling (å → a, ø → o, æ → ae), like key().
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'jeg meg min mitt mine du deg din ditt dine vi oss vart vare han hun hen den det de dem dere seg sin sitt sine ' +
    'er var vaere blir bli ble blitt har hadde ha kan kunne skal skulle vil ville ma matte far fa gjor gjore ' +
    'hva hvem hvor hvordan hvorfor nar hvilken hvilket hvilke om i pa til av for fra med uten ut inn opp ' +
    'og eller men at som en et ei noe noen alle her der da sa hos mot'
  ).split(' '),
);

/** The words of a query: split on white space, punctuation trimmed from each end of a word. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Folded, letters and digits only: "E-posten." → "eposten", "Spørsmål" → "sporsmal". */
export function key(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The content words of a query ("hvordan reserverer jeg meg" → "reserverer"); all of them if that leaves none. */
export function contentWords(words: readonly string[]): string[] {
  const content = words.filter((w) => !STOP_WORDS.has(key(w)));
  return content.length > 0 ? content : [...words];
}
