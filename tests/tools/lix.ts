/**
 * LIX (läsbarhetsindex), the readability measure used for Scandinavian text:
 *   LIX = words / sentences + 100 × long words / words, where a long word has more than 6 letters.
 * Under 30 is very easy, 30–40 easy (plain public information), 40–50 medium, over 50 hard.
 *
 * Input is the visible text of a page's main content (innerText), so each line is a block
 * (heading, list item, paragraph, table cell) and ends a sentence even without a full stop:
 * a heading is not glued to the paragraph under it. URLs are left out; "helsenorge.no" and
 * "e-post" count as one word each.
 */
export interface LixResult {
  words: number;
  sentences: number;
  longWords: number;
  /** Average sentence length in words. */
  wordsPerSentence: number;
  lix: number;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** A word: letters or digits, joined by single dots, hyphens or apostrophes ("helsenorge.no", "e-post"). */
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;
/** A sentence ends at . ! ? or : followed by white space or the end of the block. */
const SENTENCE_END = /[.!?:](?=\s|$)/u;

/** The sentences of a text, as word lists (empty sentences are dropped). */
export function sentences(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.replace(URL_PATTERN, ' ').split(/\n+/)) {
    for (const part of line.split(SENTENCE_END)) {
      const words = part.match(WORD) ?? [];
      if (words.length > 0) out.push(words);
    }
  }
  return out;
}

const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

export function lix(text: string): LixResult {
  const all = sentences(text);
  const words = all.flat();
  const longWords = words.filter((w) => letters(w) > 6).length;
  const n = words.length;
  const s = all.length;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    words: n,
    sentences: s,
    longWords,
    wordsPerSentence: s === 0 ? 0 : round(n / s),
    lix: n === 0 || s === 0 ? 0 : round(n / s + (100 * longWords) / n),
  };
}
