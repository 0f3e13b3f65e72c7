/**
 * Site search on top of Pagefind's JS API (/pagefind/pagefind.js, written by `pagefind --site dist`).
 *
 * The /sok/ page loads this module when the reader focuses its search field, or at once for
 * /sok/?q=…; it then loads Pagefind (JS, WebAssembly, one index chunk) and one small fragment per
 * result. The page and the relevance tests (tests/e2e/search.spec.ts) call the same searchSite().
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
 *    keep a result only if every query word is really there (see covers()): as the start of a
 *    matched word (the reader is still typing: "reserv" → "reservasjon"), as the same word with
 *    another ending ("ringer" → "ring", "slettes" → "slettet"), or sharing a long start that
 *    covers at least half of the typed word (a compound or a typo: "innsynsrett" → "innsyn",
 *    "reservasjn" → "reserver"). A two-letter "om" at the start of six-letter "omsorg" is none
 *    of these.
 * 2. Questions and typos. Pagefind requires every query word (AND), so "hvordan kan jeg slette
 *    opplysningene mine" would need "mine" on the page. We search the content words only (common
 *    Norwegian function words dropped). If that finds nothing, a word that finds nothing on its
 *    own is tried by a shorter start (respell(): "ombestemt" → "ombestem…"), and at last each
 *    word is searched on its own and pages that match more of the words come first.
 * 3. Keywords. Stemming does not link derivations ("reservere" ≠ "reservasjon"), so each page's
 *    front-matter keywords are indexed too: Base.astro puts them, and their spellings without
 *    æøå, in a hidden element that is the Pagefind metadata field `stikkord`. Since Pagefind 1.5
 *    metadata is searched and can be boosted (`ranking.metaWeights`), and the keyword list never
 *    shows up as an excerpt. A page whose own keyword phrases name the query (nameMatch()) is
 *    ranked up: Pagefind alone puts «Reservasjonsskjema» first for "reservasjon", because the
 *    title starts with the word.
 * 4. `noWorker`. The index is one chunk of about 14 KB and a query takes a few milliseconds.
 *    A web worker would gain nothing here, but costs a 43 KB download (budget: 150 KB for the
 *    first search, see tests/bench/search.ts).
 */
import { fold } from './search-text';

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
interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  weighted_locations: { location: number; weight: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Where `pagefind --site dist` puts its bundle. A variable, so that Vite leaves the import alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Pagefind's defaults (title matches boosted 5×, the <h1> weighted 7× in the body), plus a boost
 * for matches in the keywords. Tuned on the 73 queries in tests/e2e/search-queries.ts: with the
 * keyword boost at 0, three of them miss their page; at 1 or 6, one does; at 3, none.
 */
export const PAGEFIND_OPTIONS = {
  noWorker: true,
  excerptLength: 26,
  ranking: { metaWeights: { title: 5, stikkord: 3 } },
} as const;

/**
 * A page whose keywords name every typed word scores (1 + NAME_BOOST) times Pagefind's score.
 * On the same queries: top-1 86 % without it (0), 99 % at 2, 100 % from 4 up.
 */
const NAME_BOOST = 4;
/** Words at least this similar count as the same word (one typo in four letters). */
const SIMILAR_ENOUGH = 0.75;
/**
 * Check (and show) at most this many of Pagefind's best results: each costs a fragment of about
 * 1 KB, and a word on every page would otherwise load them all (19 now; 145 KB for the first
 * search, against a budget of 150 KB).
 */
const MAX_CHECKED = 15;

let pagefind: Promise<PagefindApi> | undefined;

/** Load and set up Pagefind once; later calls get the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await api.options({ ...PAGEFIND_OPTIONS });
    await api.init();
    return api;
  })();
  pagefind.catch(() => {
    pagefind = undefined; // let a later search try again
  });
  return pagefind;
}

/**
 * Function words: they narrow an AND search without saying what the reader is after.
 * Folded spelling (å → a, ø → o, æ → ae), like key().
 */
const STOP_WORDS = new Set(
  ('jeg meg min mitt mine du deg din ditt dine vi oss vart vare han hun hen den det de dem dere seg sin sitt sine ' +
    'er var vaere blir bli ble blitt har hadde ha kan kunne skal skulle vil ville ma matte far fa gjor gjore ' +
    'hva hvem hvor hvordan hvorfor nar hvilken hvilket hvilke om i pa til av for fra med uten ut inn opp ' +
    'og eller men at som en et ei noe noen alle her der da sa hos mot')
    .split(' '),
);

/** The words of a query: split on anything that is not a letter or digit inside a word. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Folded, letters and digits only: "E-posten." → "eposten", "Spørsmål" → "sporsmal". */
function key(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The comparable forms of one matched word: whole, and its parts ("nett?Reserver" → nett, reserver). */
function forms(word: string): string[] {
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

/** The words of the page that Pagefind matched for this query: body words and matched metadata fields. */
function matchedWords(result: PagefindResult, data: PagefindFragment): string[] {
  const content = data.content.split(/\s+/);
  const words = data.weighted_locations.map((l) => content[l.location] ?? '');
  for (const field of result.matchedMetaFields ?? []) words.push(...(data.meta[field] ?? '').split(/\s+/));
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
 * How well the page's own keywords name what was typed. A keyword phrase counts when every word
 * in it is among the typed words (similar enough, to allow typos): "melde meg ut" counts for
 * "melde meg ut av smertereg", "angre reservasjon" does not count for "reservasjon". Each typed
 * content word gets the best similarity from a counted phrase; the result is their average, 0–1.
 */
function nameMatch(typedAll: string[], typed: string[], data: PagefindFragment): number {
  if (typed.length === 0) return 0;
  const phrases = (data.meta.stikkord ?? '')
    .split('·')
    .map((p) => p.split(/\s+/).map(key).filter(Boolean))
    .filter((p) => p.length > 0);
  const close = (a: string, b: string) => similarity(a, b) >= SIMILAR_ENOUGH;
  const counted = phrases.filter((p) => p.every((w) => typedAll.some((t) => close(t, w))));
  let total = 0;
  for (const t of typed) total += Math.max(0, ...counted.flat().map((w) => similarity(t, w)).filter((s) => s >= SIMILAR_ENOUGH));
  return total / typed.length;
}

function pageUrl(url: string): string {
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
      const found = matchedWords(result, data);
      if (!typedKeys.every((t) => found.some((f) => covers(t, f)))) return undefined;
      const score = result.score * (1 + NAME_BOOST * nameMatch(allKeys, typedKeys, data));
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
async function respell(api: PagefindApi, word: string, all: string[]): Promise<{ start: string; found: Checked[] } | undefined> {
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
 * Search the site. Resolves to the pages that match, best first; an empty array when nothing
 * matches (also for words that only share a short prefix with words on the site).
 */
export async function searchSite(query: string): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const api = await loadPagefind();

  // 1. Every content word ("hvordan reserverer jeg meg" → "reserverer"); all words if that leaves none.
  const content = words.filter((w) => !STOP_WORDS.has(key(w)));
  const main = content.length > 0 ? content : words;
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
