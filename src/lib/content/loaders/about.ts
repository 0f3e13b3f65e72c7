/**
 * The statements the patient pages and the leaflet share, in every language:
 * content/words/<lang>/about.yaml, one entry per language (./per-language.ts). Beyond its schema,
 * an unknown {placeholder} fails the build, naming the file and the field.
 */
import { LANGS } from '../../../i18n/languages';
import { aboutProblems, aboutSchema, type About } from '../about';
import { perLanguageLoader, type PerLanguage } from './per-language';

const ABOUT: PerLanguage<About> = {
  name: 'about',
  file: 'about.yaml',
  langs: LANGS,
  schema: aboutSchema,
  neededFor: 'the statements its patient pages and leaflet share',
  check: (doc, lang, { registry }) => (registry ? aboutProblems(doc, registry, lang) : []),
};

export const aboutLoader = (dir?: string) => perLanguageLoader(ABOUT, dir);
