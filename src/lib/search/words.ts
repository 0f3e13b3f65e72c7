/**
 * The words of a search query, and how they are compared: folded to plain a–z (see text.ts),
 * letters and digits only, with the function words of the reader's language set aside, and (on
 * nynorsk pages) bokmål spellings of common words mapped onto the nynorsk ones the pages use.
 */
import { fold } from './text';
import type { Lang } from '../../i18n/languages';

/** Bokmål function words. Folded spelling (å → a, ø → o, æ → ae), like key(). */
const NB_STOP =
  'jeg meg min mitt mine du deg din ditt dine vi oss vart vare han hun hen den det de dem dere seg sin sitt sine ' +
  'er var vaere blir bli ble blitt har hadde ha kan kunne skal skulle vil ville ma matte far fa gjor gjore ' +
  'hva hvem hvor hvordan hvorfor nar hvilken hvilket hvilke om i pa til av for fra med uten ut inn opp ' +
  'og eller men at som en et ei noe noen alle her der da sa hos mot';

/**
 * Function words per language: they narrow an AND search without saying what the reader is
 * after. Nynorsk readers often type bokmål, so the nynorsk list includes the bokmål one.
 */
const STOP: Record<Lang, string> = {
  nb: NB_STOP,
  nn:
    NB_STOP +
    ' eg ho dei dykk dykkar vere vart vorte gjer kva kven kor korleis kvifor kvar utan ein eit noko nokon sjolv',
  en:
    'i me my mine you your yours we us our he she they them it its the a an and or but of to in on at for from ' +
    'with by about how what when where who whom why which can could do does did is are was were be been being ' +
    'have has had will would should shall may might must this that these those there here want get if so as ' +
    'am please',
};

const STOP_SETS = new Map<Lang, ReadonlySet<string>>();
/** The function words of a language, folded. */
export function stopWords(lang: Lang = 'nb'): ReadonlySet<string> {
  let set = STOP_SETS.get(lang);
  if (!set) STOP_SETS.set(lang, (set = new Set(STOP[lang].split(' '))));
  return set;
}
/** The bokmål function words (kept for callers that search bokmål only). */
export const STOP_WORDS: ReadonlySet<string> = stopWords('nb');

/**
 * Bokmål spellings that readers of the nynorsk pages type, and the nynorsk word those pages use
 * ("hvordan" → "korleis", "ikke" → "ikkje"): on a nynorsk page a query word with a bokmål spelling
 * is searched in its nynorsk form. Keys as typed, in lower case.
 */
export const SPELLINGS: Partial<Record<Lang, Readonly<Record<string, string>>>> = {
  nn: {
    hvordan: 'korleis',
    hva: 'kva',
    hvem: 'kven',
    hvor: 'kvar',
    hvorfor: 'kvifor',
    hvis: 'dersom',
    ikke: 'ikkje',
    jeg: 'eg',
    fra: 'frå',
    uten: 'utan',
    bare: 'berre',
    noen: 'nokon',
    noe: 'noko',
    være: 'vere',
    mye: 'mykje',
    sier: 'seier',
    si: 'sei',
    gjør: 'gjer',
    spørre: 'spørje',
    finner: 'finn',
    trekke: 'trekkje',
    sykehus: 'sjukehus',
    sykehuset: 'sjukehuset',
    sykepleier: 'sjukepleiar',
    behandler: 'behandlar',
    behandleren: 'behandlaren',
    behandlingen: 'behandlinga',
    opplysninger: 'opplysningar',
    opplysningene: 'opplysningane',
    personopplysninger: 'personopplysningar',
    meldinger: 'meldingar',
    nettsiden: 'nettsida',
    siden: 'sida',
    dager: 'dagar',
    mer: 'meir',
    rettigheter: 'rettar',
    veiledning: 'rettleiing',
    veiledningen: 'rettleiinga',
    brukerveiledning: 'brukarrettleiing',
    bekreftelse: 'stadfesting',
    slettet: 'sletta',
    endringer: 'endringar',
    informasjonskapsler: 'informasjonskapslar',
    tilgjengelighet: 'tilgjengelegheit',
    tilgjengelighetserklæring: 'tilgjengelegheitserklæring',
    skjermleser: 'skjermlesar',
    muntlig: 'munnleg',
    innhold: 'innhald',
  },
};

const SPELLING_KEYS = new Map<Lang, ReadonlyMap<string, string>>();
/** A query word in the page language's spelling: "hvordan" → "korleis" on nynorsk pages; else as typed. */
export function respellFor(word: string, lang: Lang = 'nb'): string {
  const table = SPELLINGS[lang];
  if (!table) return word;
  let keys = SPELLING_KEYS.get(lang);
  if (!keys) SPELLING_KEYS.set(lang, (keys = new Map(Object.entries(table).map(([from, to]) => [key(from), to]))));
  return keys.get(key(word)) ?? word;
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
export function contentWords(words: readonly string[], lang: Lang = 'nb'): string[] {
  const stop = stopWords(lang);
  const content = words.filter((w) => !stop.has(key(w)));
  return content.length > 0 ? content : [...words];
}
