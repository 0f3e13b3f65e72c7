/**
 * Language checks on one built page (tests/site/languages.test.ts): a nynorsk page carries no
 * bokmål interface string and no bokmål-only word in its own text; an English page no Norwegian
 * interface string. Text marked as another language (`lang="nb"`), the hidden search keywords
 * (readers of nynorsk pages often search in bokmål) and words inside «…» (names of helsenorge.no's
 * bokmål menus, and the wording the change log quotes) are left out. The text is the DOM's
 * textContent. Other hidden text is checked too: what a tool shows once its script runs (the
 * composer's form, its messages) is the page's language as much as what it shows before.
 */
import { words } from '../../src/i18n/dictionary.ts';
import { language, type Lang } from '../../src/i18n/languages.ts';
import { attr, byTag, textContent, type Element } from './html.ts';

/**
 * Every plain string the shell and the shared components show in a language, at any depth: the
 * shell's and the search page's words, the guide drawing's caption, how downloads are described.
 * Query data (stop words, spellings) and file names are not text on a page.
 */
function strings(lang: Lang): string[] {
  const { shell, search, guide, downloads } = words(lang);
  const { stopWords: _stop, spellings: _spellings, ...searchText } = search;
  const { files: _files, ...downloadText } = downloads;
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk([shell, searchText, guide.illustrationCaption, downloadText]);
  return out;
}

/**
 * The bokmål interface strings that differ in `lang`: none of them may show on its pages. Language
 * names are left out: an English page rightly says "Norwegian bokmål".
 */
function bokmalOnly(lang: Lang): string[] {
  const own = new Set(strings(lang));
  const names = new Set(Object.values(words('nb').downloads.langNames));
  return strings('nb').filter((s) => s.length >= 5 && !own.has(s) && !names.has(s) && s !== language('nb').htmlLang);
}

/** Words that are bokmål and never nynorsk (Språkrådet's nynorsk norm). */
const BOKMAL_WORDS = [
  'ikke',
  'hva',
  'hvordan',
  'hvis',
  'hvem',
  'hvor',
  'hvorfor',
  'uten',
  'bare',
  'noen',
  'fra',
  'være',
  'ble',
  'jeg',
  'mye',
  'dere',
  'deres',
  'siden',
  'sykehus',
  'sykehuset',
  'behandleren',
  'opplysninger',
  'meldinger',
  'gjør',
];

/** Bokmål words of the list as whole words, not inside «…». */
const WORD = new RegExp(`(?<![\\p{L}«])(${BOKMAL_WORDS.join('|')})(?![\\p{L}»])`, 'giu');

const NN_BANNED = bokmalOnly('nn');
const NN_NAMES = new Set(Object.values(words('nn').downloads.langNames));
const EN_BANNED = [
  ...new Set([...bokmalOnly('en'), ...strings('nn').filter((s) => !strings('en').includes(s) && !NN_NAMES.has(s))]),
].filter((s) => s.length >= 5);

/** The text of `root` in `lang`: elements marked as another language, the search keywords and «…» left out. */
function ownText(root: Element, lang: Lang): string {
  const other = (el: Element) =>
    (attr(el, 'lang') !== undefined && attr(el, 'lang') !== lang) || attr(el, 'data-pagefind-meta') !== undefined;
  return textContent(root, other).replace(/«[^»]*»/g, '');
}

/** What is wrong with the language of a page (its <body> and <main>); empty when all is well. */
export function languageProblems(body: Element, main: Element | undefined, lang: Lang): string[] {
  if (lang === 'nn') {
    const found: string[] = [];
    const text = ownText(body, 'nn');
    for (const s of NN_BANNED) if (text.includes(s)) found.push(`bokmål interface string «${s}»`);
    for (const m of (main ? ownText(main, 'nn') : '').matchAll(WORD)) found.push(`bokmål word «${m[1]}»`);
    return found;
  }
  if (lang === 'en') {
    const text = ownText(body, 'en');
    return EN_BANNED.filter((s) => text.includes(s)).map((s) => `Norwegian interface string «${s}»`);
  }
  return [];
}

export const bodyOf = (tree: Parameters<typeof byTag>[0]): Element => byTag(tree, 'body')[0]!;
