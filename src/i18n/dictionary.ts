/**
 * Every language's words: src/i18n/<code>/index.ts for each language in src/i18n/languages.ts,
 * one import each. The table's type follows the languages' scope: a language of scope "all"
 * must have the clinicians' words too, so a language row without its words, or words with a gap,
 * fails astro check. At build time each dictionary is also checked against bokmål's, key by key
 * at every depth, so an empty string fails the build.
 */
import { DEFAULT_LANG, isFullLang, LANGS, type FullLang, type Lang } from './languages.ts';
import { CLINICIAN_FEATURES, type FullWords, type PatientWords } from './schema/index.ts';
import nb from './nb/index.ts';
import nn from './nn/index.ts';
import en from './en/index.ts';

/** What a language's words must hold, from its scope in languages.ts. */
type WordsOf<L extends Lang> = L extends FullLang ? FullWords : PatientWords;

const DICTIONARIES: { readonly [L in Lang]: WordsOf<L> } = { nb, nn, en };

/**
 * Every key of `reference` is in `value`, at every depth, with the same kind of value and no empty
 * string. Keys that `optional` names may be missing (a file a language does not have). Throws,
 * naming the file and the key.
 */
export function assertComplete(
  value: unknown,
  reference: unknown,
  path: string,
  optional: (p: string) => boolean,
): void {
  if (typeof reference === 'object' && reference !== null && !Array.isArray(reference)) {
    if (typeof value !== 'object' || value === null) throw new Error(`${path} is missing`);
    for (const key of Object.keys(reference)) {
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined && optional(`${path}.${key}`)) continue;
      assertComplete(child, (reference as Record<string, unknown>)[key], `${path}.${key}`, optional);
    }
  } else if (Array.isArray(reference)) {
    if (!Array.isArray(value) || value.length === 0) throw new Error(`${path} is missing or empty`);
  } else if (typeof value !== typeof reference || value === '') {
    throw new Error(`${path} is missing or empty`);
  }
}

/** Keys a language may leave out: other languages' names (said in their own) and files it has not got. */
const OPTIONAL = /\.(langNames|files)\./;

/** Bokmål's words, as far as a language of `lang`'s scope must have them. */
function referenceFor(lang: Lang): PatientWords {
  const reference: PatientWords = DICTIONARIES[DEFAULT_LANG];
  if (isFullLang(lang)) return reference;
  const clinician: readonly string[] = CLINICIAN_FEATURES;
  return Object.fromEntries(
    Object.entries(reference).filter(([key]) => !clinician.includes(key)),
  ) as unknown as PatientWords;
}

/** Checks a language's words against bokmål's; throws naming the file and the key. */
export function checkDictionary(lang: Lang, words: unknown = DICTIONARIES[lang]): void {
  assertComplete(words, referenceFor(lang), `src/i18n/${lang}`, (p) => OPTIONAL.test(p));
}

for (const lang of LANGS) checkDictionary(lang);

/** The words of a language: what every language has. */
export function words(lang: Lang): PatientWords {
  return DICTIONARIES[lang];
}

/** The words of a language with every page, the clinicians' tools among them. */
export function fullWords(lang: FullLang): FullWords {
  return DICTIONARIES[lang];
}
