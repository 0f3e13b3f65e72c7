/**
 * Is a typed word really found on a page? Pagefind matches each query word as a prefix of indexed
 * (stemmed) words and, when a word has no match at all, falls back to the longest prefix of it
 * that is in the index (pagefind#315): "omsorg" becomes "om", "kantine" becomes "kan". Each
 * result's fragment says which words matched, so search.ts keeps a result only when covers()
 * holds for every typed word against one of matchedWords(). All words here are folded (key()).
 */
import { key } from './query';

/** Words at least this similar count as the same word (one typo in four letters). */
const SIMILAR_ENOUGH = 0.75;

/** The parts of a Pagefind result fragment that the checks read (see pagefind_web_js/types/index.d.ts). */
export interface FragmentWords {
  content: string;
  meta: Record<string, string | undefined>;
  weighted_locations: { location: number; weight: number }[];
}

/** The comparable forms of one matched word: whole, and its parts ("nett?Reserver" → nettreserver, nett, reserver). */
export function forms(word: string): string[] {
  const parts = word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .map(key)
    .filter(Boolean);
  return [key(word), ...parts];
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Is the typed word `typed` really found as the matched word `found`? (Both folded.)
 * - `found` starts with it: the same word, a longer form, or a word still being typed;
 * - or they share all but the last two letters of `typed`, at least three: another ending
 *   ("ringer" / "ring", "dagen" / "dager");
 * - or they share at least five letters and at least half of `typed`: a compound or a typo
 *   at the end ("innsynsrett" / "innsyn", "reservasjn" / "reserver").
 * Pagefind's fallback prefixes fail all three: "omsorg" / "om", "kantine" / "kan", "sporsmal" / "spor".
 */
export function covers(typed: string, found: string): boolean {
  if (typed.length === 0) return true;
  if (found.startsWith(typed)) return true;
  const n = sharedStart(typed, found);
  if (n >= 3 && n >= typed.length - 2) return true;
  return n >= 5 && 2 * n >= typed.length;
}

/** The words of the page that Pagefind matched for a query: body words and matched metadata fields, as forms(). */
export function matchedWords(data: FragmentWords, matchedMetaFields: readonly string[] = []): string[] {
  const content = data.content.split(/\s+/);
  const words = data.weighted_locations.map((l) => content[l.location] ?? '');
  for (const field of matchedMetaFields) words.push(...(data.meta[field] ?? '').split(/\s+/));
  return [...new Set(words.flatMap(forms))];
}

/** 1 for the same word, less the more letters must change (Levenshtein distance over the longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return 1 - row[b.length]! / Math.max(a.length, b.length, 1);
}

/**
 * How well a page's own keywords (the `stikkord` metadata: phrases separated by "·") name what
 * was typed. A keyword phrase counts when every word in it is among the typed words `typedAll`
 * (similar enough, to allow typos): "melde meg ut" counts for "melde meg ut av smertereg",
 * "angre reservasjon" does not count for "reservasjon". Each typed content word in `typed` gets
 * the best similarity from a counted phrase; the result is their average, 0–1. All folded.
 */
export function nameMatch(typedAll: readonly string[], typed: readonly string[], keywords: string): number {
  if (typed.length === 0) return 0;
  const phrases = keywords
    .split('·')
    .map((p) => p.split(/\s+/).map(key).filter(Boolean))
    .filter((p) => p.length > 0);
  const close = (a: string, b: string) => similarity(a, b) >= SIMILAR_ENOUGH;
  const counted = phrases.filter((p) => p.every((w) => typedAll.some((t) => close(t, w))));
  let total = 0;
  for (const t of typed)
    total += Math.max(
      0,
      ...counted
        .flat()
        .map((w) => similarity(t, w))
        .filter((s) => s >= SIMILAR_ENOUGH),
    );
  return total / typed.length;
}
