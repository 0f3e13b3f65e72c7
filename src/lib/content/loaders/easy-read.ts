/**
 * The easy-read text in every language: content/words/<lang>/easy-read.yaml, one entry per
 * language (./per-language.ts). Beyond its schema, an unknown {placeholder}, pictogram, registry
 * URL or page fails the build, naming the file and the field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANG, LANGS } from '../../../i18n/languages';
import { PICTOGRAM_IDS } from '../../pictograms/pictograms';
import { easyReadProblems, easyReadSchema, type EasyRead } from '../easy-read';
import { perLanguageLoader, type PerLanguage } from './per-language';

/** Whether "/x/y/" is a page: content/pages/<default language>/x/y.mdx (or "/" the front page). */
const pageExists = (dir: string) => (path: string) => {
  const id = path === '/' ? 'index' : path.slice(1, -1);
  return existsSync(join(dir, 'pages', DEFAULT_LANG, `${id}.mdx`));
};

const EASY_READ: PerLanguage<EasyRead> = {
  name: 'easy-read',
  file: 'easy-read.yaml',
  langs: LANGS,
  schema: easyReadSchema,
  neededFor: 'the easy-read text',
  check: (doc, lang, { registry, dir }) =>
    registry ? easyReadProblems(doc, registry, lang, { pictograms: PICTOGRAM_IDS, pageExists: pageExists(dir) }) : [],
};

export const easyReadLoader = (dir?: string) => perLanguageLoader(EASY_READ, dir);
