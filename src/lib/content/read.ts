/**
 * Read access to content/ for components and endpoints. Everything a page states about
 * the registry comes through here, from the one file that holds it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Method, PageData, Registry, Route } from './schemas';
import type { ChangelogEntry } from './changelog';
import { fillEasyRead, type FilledSection } from './easy-read';
import type { ChecklistWords } from '../checklist/words';
import type { Term } from './terms';
import { fillAbout, type About } from './about';
import { DEFAULT_LANG, LANGS, inScope, type FullLang, type Lang } from '../../i18n/languages';

export async function getRegistry(): Promise<Registry> {
  const entry = await getEntry('registry', 'smertereg');
  if (!entry) throw new Error('content/registry.yaml did not load');
  return entry.data;
}

export type MethodEntry = Method & { id: string };
export type RouteEntry = Route & { id: string };

/** The entries of a words collection in one language, ids without the language. */
async function inLanguage<C extends 'methods' | 'routes'>(collection: C, lang: Lang) {
  const all = await getCollection(collection, (e) => e.id.startsWith(`${lang}/`));
  return all
    .map((e) => ({ ...(e.data as CollectionEntry<C>['data']), id: e.id.slice(lang.length + 1) }))
    .sort((a, b) => a.order - b.order);
}

export async function getMethods(lang: Lang = DEFAULT_LANG): Promise<MethodEntry[]> {
  return inLanguage('methods', lang);
}

export async function getRoutes(lang: Lang = DEFAULT_LANG): Promise<RouteEntry[]> {
  return inLanguage('routes', lang);
}

/** The easy-read text in `lang` (content/words/<lang>/easy-read.yaml), facts filled in, links resolved. */
export async function getEasyRead(lang: Lang = DEFAULT_LANG): Promise<FilledSection[]> {
  const entry = await getEntry('easyRead', lang);
  if (!entry) throw new Error(`content/words/${lang}/easy-read.yaml did not load`);
  return fillEasyRead(entry.data, await getRegistry(), lang);
}

/** What the patient pages and the leaflet both say, in `lang` (content/words/<lang>/about.yaml), facts filled in. */
export async function getAbout(lang: Lang = DEFAULT_LANG): Promise<About> {
  const entry = await getEntry('about', lang);
  if (!entry) throw new Error(`content/words/${lang}/about.yaml did not load`);
  return fillAbout(entry.data, await getRegistry(), lang);
}

/** The public change log, newest first (content/changelog.yaml). */
export async function getChangelog(): Promise<ChangelogEntry[]> {
  const entry = await getEntry('changelog', 'log');
  if (!entry) throw new Error('content/changelog.yaml did not load');
  return entry.data.entries;
}

/** The words of the clinicians' checklist in one language (content/words/<lang>/checklist.yaml). */
export async function getChecklistWords(lang: FullLang): Promise<ChecklistWords> {
  const entry = await getEntry('checklist', lang);
  if (!entry) throw new Error(`content/words/${lang}/checklist.yaml did not load`);
  return entry.data;
}

/**
 * A page of the site in one language. `id` is its path without the language ("reservasjon/skjema",
 * "index"), the same for every twin. When the language has no translation, the page is the
 * bokmål one (`fallback`), shown with a notice if the language should have it, or linked as
 * bokmål where it is out of the language's scope (clinician pages in English).
 */
export interface SitePage {
  id: string;
  /** The language of the site around the page (URL prefix, interface). */
  lang: Lang;
  /** The language the page's text is written in: `lang`, or bokmål for a fallback. */
  textLang: Lang;
  data: PageData;
  entry: CollectionEntry<'pages'>;
  /** No translation: the bokmål text is shown. */
  fallback: boolean;
  /** Whether the language is meant to have this page (src/i18n/languages.ts scope). */
  inScope: boolean;
}

const slugOf = (entry: CollectionEntry<'pages'>) => entry.id.slice(entry.id.indexOf('/') + 1);

/** Every page of the site as a reader of `lang` gets it, in bokmål where there is no translation. */
export async function getPages(lang: Lang = DEFAULT_LANG): Promise<SitePage[]> {
  const all = await getCollection('pages');
  const of = (l: Lang) => new Map(all.filter((e) => e.id.startsWith(`${l}/`)).map((e) => [slugOf(e), e]));
  const source = of(DEFAULT_LANG);
  const own = of(lang);
  return [...source.entries()].map(([id, nb]) => {
    const entry = own.get(id) ?? nb;
    const fallback = !own.has(id);
    return {
      id,
      lang,
      textLang: fallback ? DEFAULT_LANG : lang,
      data: entry.data,
      entry,
      fallback,
      inScope: inScope(lang, nb.data.audience),
    };
  });
}

/** One page by its id in one language. */
export async function getPage(id: string, lang: Lang = DEFAULT_LANG): Promise<SitePage> {
  const page = (await getPages(lang)).find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${DEFAULT_LANG}/${id}.mdx is missing`);
  return page;
}

/** The languages that have their own text of a page (the twins a language switcher links to). */
export async function twinsOf(id: string): Promise<Lang[]> {
  const all = await getCollection('pages');
  return LANGS.filter((l) => all.some((e) => e.id === `${l}/${id}`));
}

export type TermEntry = Term & { id: string };

/** The glossary of a language (content/words/<lang>/terms.yaml), by term id. */
export async function getTerms(lang: Lang = DEFAULT_LANG): Promise<Map<string, TermEntry>> {
  const all = await getCollection('terms', (e) => e.id.startsWith(`${lang}/`));
  return new Map(all.map((e) => [e.id.slice(lang.length + 1), { ...e.data, id: e.id.slice(lang.length + 1) }]));
}
