/**
 * The words of search, per language in src/i18n/<lang>/search.ts: the search page's interface
 * (src/components/search/SearchPage.astro; its browser script gets them as data attributes, so it has
 * no words of its own) and the language data the query handling needs (src/lib/search/query.ts).
 */
export interface SearchWords {
  /** The field's label: "Hva leter du etter?" */
  label: string;
  /** The hint under the label, with example words. */
  help: string;
  button: string;
  /** Accessible name of the results list. */
  resultsLabel: string;
  /** "{n} treff for «{q}»": filled in by the script. */
  count: string;
  /** "Ingen treff for «{q}»." */
  noResults: string;
  /** When Pagefind cannot be loaded. */
  failed: string;
  /** After no results: "Prøv et annet ord, eller se" + the site-map link + "." */
  tryAgain: string;
  siteMapLink: string;
  /**
   * Function words, space-separated, in folded spelling (å → a, ø → o, æ → ae): they narrow an
   * AND search without saying what the reader is after.
   */
  stopWords: string;
  /**
   * Spellings readers of this language's pages type, and the word the pages use: on nynorsk pages
   * "hvordan" is searched as "korleis". Keys as typed, in lower case.
   */
  spellings?: Readonly<Record<string, string>>;
}
