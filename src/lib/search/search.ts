/**
 * Site search on top of Pagefind's JS API (/pagefind/pagefind.js, written by `pagefind --site dist`).
 * searchSite() takes the loaded Pagefind module as a parameter, so this file has no browser code:
 * the /sok/ page (src/components/search/search-page.ts) loads Pagefind and passes it in, the unit tests
 * pass a stand-in, and the relevance tests (tests/e2e/search.spec.ts) run the page's own copy.
 *
 * Why there is more here than `pagefind.search(q)`. What Pagefind 1.6 does, as checked on this site:
 *
 * 1. Junk. Pagefind matches each query word as a prefix of indexed (stemmed) words. When a word has
 *    no match at all, it falls back to the longest prefix of that word that is in the index
 *    (pagefind#315). So "omsorg" becomes "om" and finds «Om SmerteReg» with a full title boost,
 *    "parkering" becomes "på" and "kantine" becomes "kan". The scores cannot tell these from real
 *    hits (the junk title hit scores above real body hits), and the ranking options
 *    (termSimilarity, pageLength, …) only reorder them. But each result's fragment says which
 *    words matched (`weighted_locations` index into `content`, plus `matchedMetaFields`). So we
 *    keep a result only if every query word is really there (covers() in match.ts).
 * 2. Questions and typos. Pagefind requires every query word (AND), so "hvordan kan jeg slette
 *    opplysningene mine" would need "mine" on the page. We search the content words only (common
 *    Norwegian function words dropped, words.ts). If that finds nothing, a word that finds nothing
 *    on its own is tried by a shorter start (respell(): "ombestemt" → "ombestem…"), and at last
 *    each word is searched on its own and pages that match more of the words come first.
 * 3. Keywords. Stemming does not link derivations ("reservere" ≠ "reservasjon"), so each page's
 *    front-matter keywords are indexed too: Base.astro puts them, and their spellings without
 *    æøå, in a hidden element that is the Pagefind metadata field `stikkord`. Since Pagefind 1.5
 *    metadata is searched and can be boosted (`ranking.metaWeights`), and the keyword list never
 *    shows up as an excerpt. A page whose own keyword phrases name the query (nameMatch()) is
 *    ranked up: Pagefind alone puts «Reservasjonsskjema» first for "reservasjon", because the
 *    title starts with the word.
 * 4. The web worker. Pagefind's own work (decompressing and starting its WebAssembly, decoding the
 *    index, searching, building excerpts) took 350–600 ms of main-thread time on the first search
 *    in Chromium, in tasks of up to 50 ms, 4× that on Lighthouse's phone: most of the search page's
 *    Total Blocking Time (issue 14). In Pagefind's worker (its default) the main thread only parses
 *    pagefind.js and shows the results; the worker script costs 12 KB gzip more (first search:
 *    tests/bench/search.ts, budget 150 KB).
 */
import { covers, matchedWords, nameMatch, type FragmentWords } from './match';
import { contentWords, key, queryWords, respellFor, type QueryLanguage } from './query';

/** One search result, ready to show. */
export interface SearchHit {
  /** The page's URL, e.g. "/reservasjon/" (never ending in index.html). */
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML-escaped text where matching words are wrapped in <mark>. */
  excerpt: string;
  /** Higher is better: Pagefind's score times the keyword boost (in the last fallback, a sum of shares). */
  score: number;
}

/* The parts of Pagefind's JS API that we use (see pagefind_web_js/types/index.d.ts). */
export interface PagefindFragment extends FragmentWords {
  url: string;
  excerpt: string;
}
interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}
export interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind's defaults (title matches boosted 5×, the <h1> weighted 7× in the body), plus a boost
 * for matches in the keywords. Tuned on the 73 queries in tests/e2e/search-queries.ts: with the
 * keyword boost at 0, three of them miss their page; at 1 or 6, one does; at 3, none.
 * Excerpts of 12 words (two lines on a phone, three at most) stay smaller than the page's hint,
 * so that a result is never the page's Largest Contentful Paint (SearchPage.astro).
 * `noWorker: false`: Pagefind runs in its web worker (point 4 above).
 */
export const PAGEFIND_OPTIONS = {
  noWorker: false,
  excerptLength: 12,
  ranking: { metaWeights: { title: 5, stikkord: 3 } },
} as const;

/**
 * A page whose keywords name every typed word scores (1 + NAME_BOOST) times Pagefind's score.
 * On the same queries: top-1 86 % without it (0), 99 % at 2, 100 % from 4 up.
 */
const NAME_BOOST = 4;
/**
 * Check (and show) at most this many of Pagefind's best results: each costs a fragment of about
 * 1 KB, and a word on every page would otherwise load them all (19 now; 145 KB for the first
 * search, against a budget of 150 KB).
 */
const MAX_CHECKED = 15;

/** "/skjema/index.html" → "/skjema/", "/a.html" → "/a/". */
export function pageUrl(url: string): string {
  return url.replace(/index\.html$/, '').replace(/\.html$/, '/');
}

interface Checked {
  hit: SearchHit;
  id: string;
}

/**
 * Run one Pagefind search for `searched` and keep the results in which every word of `typed` is
 * really found (`searched` may hold shorter starts of the typed words, see respell()).
 * Best first, by Pagefind's score times the keyword boost.
 */
async function searchChecked(api: PagefindApi, searched: string[], typed: string[], all: string[]): Promise<Checked[]> {
  const response = await api.search(searched.join(' '));
  if (!response) return [];
  const typedKeys = typed.map(key).filter(Boolean);
  const allKeys = all.map(key).filter(Boolean);
  const checked = await Promise.all(
    response.results.slice(0, MAX_CHECKED).map(async (result): Promise<Checked | undefined> => {
      const data = await result.data();
      const found = matchedWords(data, result.matchedMetaFields);
      if (!typedKeys.every((t) => found.some((f) => covers(t, f)))) return undefined;
      const score = result.score * (1 + NAME_BOOST * nameMatch(allKeys, typedKeys, data.meta.stikkord ?? ''));
      const hit = { url: pageUrl(data.url), title: data.meta.title ?? data.url, excerpt: data.excerpt, score };
      return { hit, id: result.id };
    }),
  );
  return checked.filter((c): c is Checked => c !== undefined).sort((a, b) => b.hit.score - a.hit.score);
}

/**
 * A word that finds nothing may still be a typo or an ending that the stemmer does not
 * recognise: "ombestemt" has no stem in common with "ombestemmer", and Pagefind's own fallback
 * takes the longest prefix that is a whole indexed word, here "om". Try ever shorter starts of
 * the word as prefixes instead ("ombestem" finds "ombestemmer"), down to 60 % of the word and
 * at least five letters, and keep the first that finds pages where the word is really found.
 */
async function respell(
  api: PagefindApi,
  word: string,
  all: string[],
): Promise<{ start: string; found: Checked[] } | undefined> {
  const shortest = Math.max(5, Math.ceil(word.length * 0.6));
  for (let n = word.length - 1; n >= shortest; n--) {
    const start = word.slice(0, n);
    const found = await searchChecked(api, [start], [word], all);
    if (found.length > 0) return { start, found };
  }
  return undefined;
}

const hitsOf = (found: Checked[]): SearchHit[] => found.map((c) => c.hit);

/**
 * Search the site with a loaded Pagefind (`options(PAGEFIND_OPTIONS)` and `init()` done).
 * Resolves to the pages that match, best first; an empty array when nothing matches (also for
 * words that only share a short prefix with words on the site).
 */
export async function searchSite(api: PagefindApi, query: string, language: QueryLanguage): Promise<SearchHit[]> {
  // In the page's language: on nynorsk pages "hvordan" is searched as "korleis" (./query.ts).
  const words = queryWords(query).map((w) => respellFor(w, language));
  if (words.length === 0) return [];

  // 1. Every content word ("hvordan reserverer jeg meg" → "reserverer"); all words if that leaves none.
  const main = contentWords(words, language);
  const found = await searchChecked(api, main, main, words);
  if (found.length > 0) return hitsOf(found);

  // 2. Each word on its own, a word that finds nothing by a shorter start (respell()).
  const perWord: Checked[][] = [];
  const searched: string[] = [];
  for (const word of main) {
    let list = main.length > 1 ? await searchChecked(api, [word], [word], words) : [];
    let start = word;
    if (list.length === 0) ({ start, found: list } = (await respell(api, word, words)) ?? { start, found: list });
    perWord.push(list);
    searched.push(start);
  }
  if (main.length === 1) return hitsOf(perWord[0]!);
  if (searched.some((s, i) => s !== main[i])) {
    const respelled = await searchChecked(api, searched, main, words);
    if (respelled.length > 0) return hitsOf(respelled);
  }

  // 3. Any of the words: pages matching more of them first, then by score relative to the best.
  const merged = new Map<string, { hit: SearchHit; words: number; score: number }>();
  for (const list of perWord) {
    const best = Math.max(...list.map((c) => c.hit.score), Number.MIN_VALUE);
    for (const { hit, id } of list) {
      const entry = merged.get(id) ?? { hit, words: 0, score: 0 };
      entry.words += 1;
      entry.score += hit.score / best;
      merged.set(id, entry);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((e) => ({ ...e.hit, score: e.score }));
}
