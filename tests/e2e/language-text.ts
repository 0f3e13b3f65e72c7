/**
 * Language checks on one page, for the per-page test in pages.spec.ts: a nynorsk page carries no
 * bokmål interface string and no bokmål-only word in its own text; an English page no Norwegian
 * interface string. Text marked as another language (`lang="nb"`) and words inside «…» (names of
 * helsenorge.no's bokmål menus, and the wording the change log quotes) are left out.
 */
import type { Page } from '@playwright/test';
import { words } from '../../src/i18n/dictionary.ts';
import { language, type Lang } from '../../src/i18n/languages.ts';

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

/** The page's text in its own language: elements marked as another language, hidden ones and «…» left out. */
function ownText(page: Page, lang: Lang, root: 'main' | 'body'): Promise<string> {
  return page.evaluate(
    ([lang, root]) => {
      const el = document.querySelector(root)!.cloneNode(true) as HTMLElement;
      el.querySelectorAll(`[lang]:not([lang="${lang}"]), [hidden]`).forEach((e) => e.remove());
      return (el.textContent ?? '').replace(/«[^»]*»/g, '');
    },
    [lang, root] as const,
  );
}

/** What is wrong with the language of the page now loaded; empty when all is well. */
export async function languageProblems(page: Page, lang: Lang): Promise<string[]> {
  if (lang === 'nn') {
    const found: string[] = [];
    const body = await ownText(page, 'nn', 'body');
    for (const s of NN_BANNED) if (body.includes(s)) found.push(`bokmål interface string «${s}»`);
    for (const m of (await ownText(page, 'nn', 'main')).matchAll(WORD)) found.push(`bokmål word «${m[1]}»`);
    return found;
  }
  if (lang === 'en') {
    const body = await ownText(page, 'en', 'body');
    return EN_BANNED.filter((s) => body.includes(s)).map((s) => `Norwegian interface string «${s}»`);
  }
  return [];
}
