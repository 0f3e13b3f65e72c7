/**
 * The words of a search query, and how they are compared: folded to plain a–z (see text.ts),
 * letters and digits only, with the function words of the reader's language set aside, and (on
 * nynorsk pages) bokmål spellings of common words mapped onto the nynorsk ones the pages use.
 * The language data is the language's search words (src/i18n/<lang>/search.ts), passed in.
 */
import { fold } from './text';

/**
 * What query handling needs to know of the reader's language (its words in
 * src/i18n/<lang>/search.ts): function words, folded, and the spellings to search in the pages'
 * form. The search page hands them to its script as data attributes.
 */
export interface QueryLanguage {
  stopWords: ReadonlySet<string>;
  /** Folded spelling as typed → the word the pages use. */
  spellings: ReadonlyMap<string, string>;
}

/** A language's search words as query data. */
export function queryLanguage(words: {
  stopWords: string;
  spellings?: Readonly<Record<string, string>> | undefined;
}): QueryLanguage {
  return {
    stopWords: new Set(words.stopWords.split(/\s+/).filter(Boolean)),
    spellings: new Map(Object.entries(words.spellings ?? {}).map(([from, to]) => [key(from), to])),
  };
}

/** A query word in the pages' spelling: "hvordan" → "korleis" on nynorsk pages; else as typed. */
export function respellFor(word: string, language: QueryLanguage): string {
  return language.spellings.get(key(word)) ?? word;
}

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
export function contentWords(words: readonly string[], language: QueryLanguage): string[] {
  const content = words.filter((w) => !language.stopWords.has(key(w)));
  return content.length > 0 ? content : [...words];
}
