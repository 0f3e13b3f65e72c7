/** The pure parts of site search (src/lib/search/): query words, matching, ranking, preloads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, forms, matchedWords, nameMatch, similarity } from '../../src/lib/search/match';
import { isSearchPage, searchPath, siteMapPath } from '../../src/lib/search/pages';
import { buildTag, entryFile, searchPreloads, wasmFile } from '../../src/lib/search/preload';
import { words } from '../../src/i18n/dictionary';
import { headersFor } from '../../src/lib/security/headers';
import { pageUrl, searchSite, type PagefindApi, type PagefindFragment } from '../../src/lib/search/search';
import { fold, keywordVariants } from '../../src/lib/search/text';
import { contentWords, key, queryLanguage, queryWords, respellFor } from '../../src/lib/search/query';

const NB = queryLanguage(words('nb').search);
const NN = queryLanguage(words('nn').search);

describe('query words', () => {
  it('splits on white space and trims punctuation from the ends of words', () => {
    expect(queryWords('  Hvordan reserverer jeg meg?  ')).toEqual(['Hvordan', 'reserverer', 'jeg', 'meg']);
    expect(queryWords('«skjema», e-post!')).toEqual(['skjema', 'e-post']);
    expect(queryWords(' ?! ')).toEqual([]);
  });

  it('folds to letters and digits without æøå', () => {
    expect(key('Spørsmål')).toBe('sporsmal');
    expect(key('E-posten.')).toBe('eposten');
    expect(key('Blåbær')).toBe('blabaer');
    expect(fold('Éé')).toBe('ee');
  });

  it('keeps the content words, or all words when only function words were typed', () => {
    expect(contentWords(queryWords('hvordan reserverer jeg meg'), NB)).toEqual(['reserverer']);
    expect(contentWords(queryWords('hvordan kan jeg si nei til smertereg'), NB)).toEqual(['si', 'nei', 'smertereg']);
    expect(contentWords(['hva', 'er', 'det'], NB)).toEqual(['hva', 'er', 'det']);
  });

  it('lists keyword spellings without æøå', () => {
    expect(keywordVariants(['spørsmål'])).toEqual(['spørsmål', 'sporsmal', 'spoersmaal']);
    expect(keywordVariants(['Skjema'])).toEqual(['skjema']);
  });
});

describe('covers: is a typed word really found', () => {
  it.each([
    ['reserv', 'reservasjon', 'a word still being typed'],
    ['ringer', 'ring', 'another ending'],
    ['dagen', 'dager', 'another ending'],
    ['slettes', 'slettet', 'another ending'],
    ['innsynsrett', 'innsyn', 'a compound'],
    ['reservasjn', 'reserver', 'a typo at the end'],
  ])('%s is found as %s (%s)', (typed, found) => expect(covers(typed, found)).toBe(true));

  it.each([
    ['omsorg', 'om'],
    ['kantine', 'kan'],
    ['parkering', 'pa'],
    ['sporsmal', 'spor'],
  ])("Pagefind's fallback prefix: %s is not found as %s", (typed, found) => expect(covers(typed, found)).toBe(false));

  it('always holds when the found word starts with the typed word', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => covers(a, a + b)));
  });
});

describe('similarity', () => {
  it('is 1 for the same word and drops by a share per letter changed', () => {
    expect(similarity('skjema', 'skjema')).toBe(1);
    expect(similarity('skjema', 'skjemq')).toBeCloseTo(5 / 6);
    expect(similarity('reservere', 'reserver')).toBeCloseTo(8 / 9);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  it('is symmetric, between 0 and 1, and 1 only for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s);
        expect(s === 1).toBe(a === b);
      }),
    );
  });
});

describe('matched words and keyword names', () => {
  const fragment = {
    content: 'Send Nett-Reservasjon til oss. Skjemaet ligger her.',
    meta: { stikkord: 'skjema · reservasjonsskjema · skjema på papir', title: 'Skjema' },
    weighted_locations: [
      { location: 1, weight: 1 },
      { location: 4, weight: 1 },
      { location: 99, weight: 1 },
    ],
  };

  it('splits matched words into comparable forms', () => {
    expect(forms('Nett-Reservasjon')).toEqual(['nettreservasjon', 'nett', 'reservasjon']);
    expect(forms('nettReserver')).toEqual(['nettreserver', 'nett', 'reserver']);
  });

  it('reads the matched body words, and the matched metadata fields', () => {
    expect(matchedWords(fragment)).toEqual(['nettreservasjon', 'nett', 'reservasjon', 'skjemaet', '']);
    expect(matchedWords(fragment, ['stikkord'])).toContain('papir');
  });

  it('scores a page whose keyword phrases name every typed word', () => {
    expect(nameMatch(['skjema'], ['skjema'], fragment.meta.stikkord)).toBe(1);
    expect(nameMatch(['skjema', 'pa', 'papir'], ['skjema', 'papir'], fragment.meta.stikkord)).toBe(1);
    // "skjema på papir" is not named by "papir" alone, and no phrase is "papir".
    expect(nameMatch(['papir'], ['papir'], fragment.meta.stikkord)).toBe(0);
    expect(nameMatch(['skjemq'], ['skjemq'], fragment.meta.stikkord)).toBeCloseTo(5 / 6);
    expect(nameMatch([], [], fragment.meta.stikkord)).toBe(0);
  });

  it('turns Pagefind URLs into page URLs', () => {
    expect(pageUrl('/skjema/index.html')).toBe('/skjema/');
    expect(pageUrl('/a.html')).toBe('/a/');
    expect(pageUrl('/reservasjon/')).toBe('/reservasjon/');
  });
});

/**
 * A stand-in for Pagefind with two pages. Like Pagefind (pagefind#315), a word with no match
 * falls back to a prefix of it that is indexed: "omsorg" finds the page with "om".
 */
function fakePagefind(): { api: PagefindApi; searched: string[] } {
  const pages: (PagefindFragment & { words: string[] })[] = [
    {
      url: '/om-smertereg/',
      excerpt: 'Om SmerteReg',
      content: 'Om SmerteReg og innsyn',
      meta: { title: 'Om SmerteReg' },
      weighted_locations: [],
      words: ['om', 'smertereg', 'og', 'innsyn'],
    },
    {
      url: '/skjema/index.html',
      excerpt: '<mark>Skjema</mark> for reservasjon',
      content: 'Skjema for reservasjon',
      meta: { title: 'Skjema', stikkord: 'skjema · reservasjonsskjema' },
      weighted_locations: [],
      words: ['skjema', 'for', 'reservasjon'],
    },
  ];
  const searched: string[] = [];
  const api: PagefindApi = {
    options: async () => undefined,
    init: async () => undefined,
    search: async (term) => {
      searched.push(term);
      const terms = term.split(' ').map((t) => t.toLowerCase());
      const results = pages.flatMap((p, i) => {
        const at = terms.map((t) => {
          let n = p.words.findIndex((w) => w.startsWith(t));
          for (let len = t.length - 1; n < 0 && len >= 2; len--) n = p.words.findIndex((w) => w === t.slice(0, len));
          return n;
        });
        if (at.some((n) => n < 0)) return [];
        const data = { ...p, weighted_locations: at.map((location) => ({ location, weight: 1 })) };
        return [{ id: String(i), score: 1, data: async () => data }];
      });
      return { results };
    },
  };
  return { api, searched };
}

describe('searchSite with a stand-in Pagefind', () => {
  it('finds a page by a word on it, and gives its page URL', async () => {
    const { api } = fakePagefind();
    expect((await searchSite(api, 'Skjema', NB)).map((h) => h.url)).toEqual(['/skjema/']);
  });

  it('drops results that Pagefind found only by a short prefix of the word (junk)', async () => {
    const { api } = fakePagefind();
    expect(await searchSite(api, 'omsorg', NB)).toEqual([]);
  });

  it('searches the content words of a question, not the function words', async () => {
    const { api, searched } = fakePagefind();
    expect((await searchSite(api, 'hvordan får jeg innsyn', NB)).map((h) => h.url)).toEqual(['/om-smertereg/']);
    expect(searched[0]).toBe('innsyn');
  });

  it('finds a word typed with an extra letter at the end ("reservasjonn" as "reservasjon")', async () => {
    const { api } = fakePagefind();
    expect((await searchSite(api, 'reservasjonn', NB)).map((h) => h.url)).toEqual(['/skjema/']);
  });

  it('returns nothing for an empty query without searching', async () => {
    const { api, searched } = fakePagefind();
    expect(await searchSite(api, ' … ', NB)).toEqual([]);
    expect(searched).toEqual([]);
  });
});

describe('search pages and preloads', () => {
  it('puts the search page at /sok/ for bokmål and under the language prefix for others', () => {
    expect(searchPath()).toBe('/sok/');
    expect(searchPath('nb')).toBe('/sok/');
    expect(searchPath('nn')).toBe('/nn/sok/');
    expect(isSearchPage('sok')).toBe(true);
    expect(isSearchPage('nn/sok')).toBe(true);
    expect(isSearchPage('skjema')).toBe(false);
    expect(isSearchPage('soknad')).toBe(false);
  });

  it('sends a page with no results to the site map of its language', () => {
    expect(siteMapPath('nb')).toBe('/nettstedskart/');
    expect(siteMapPath('en')).toBe('/en/nettstedskart/');
  });

  it("modulepreloads Pagefind's module only (its worker cannot use the page's preloads)", () => {
    expect(searchPreloads()).toEqual([{ rel: 'modulepreload', href: '/pagefind/pagefind.js' }]);
  });

  it('names the WebAssembly Pagefind 1.6 fetches: its own for nb, nn and en, "unknown" otherwise', () => {
    expect(wasmFile('nb')).toBe('/pagefind/wasm.nb.pagefind');
    expect(wasmFile('NN')).toBe('/pagefind/wasm.nn.pagefind');
    expect(wasmFile('en')).toBe('/pagefind/wasm.en.pagefind');
    expect(wasmFile('se')).toBe('/pagefind/wasm.unknown.pagefind');
  });

  it("lets Pagefind's worker fetch the index and run its WebAssembly (a worker runs under its script's CSP)", () => {
    const csp = headersFor('/pagefind/pagefind-worker.js')['Content-Security-Policy'];
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("default-src 'none'");
    // Other scripts still get the policy that allows nothing.
    expect(headersFor('/pagefind/pagefind.js')['Content-Security-Policy']).not.toContain('connect-src');
  });

  it("respells bokmål query words in the nynorsk pages' form on nynorsk pages only", () => {
    expect(respellFor('Hvordan', NN)).toBe('korleis');
    expect(respellFor('hvordan', NB)).toBe('hvordan');
    expect(contentWords(queryWords('korleis reserverer eg meg'), NN)).toEqual(['reserverer']);
  });

  it('makes a URL-safe tag per build, reproducible from SOURCE_DATE_EPOCH', () => {
    expect(buildTag('1700000000')).toBe((1700000000 * 1000).toString(36));
    expect(buildTag(undefined, 36)).toBe('10');
    expect(() => buildTag('yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => entryFile('a b')).toThrow(/index tag/);
  });
});
