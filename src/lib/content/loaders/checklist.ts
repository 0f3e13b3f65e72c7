/**
 * The words of the clinicians' checklist: content/words/<lang>/checklist.yaml, one entry per
 * language that has the checklist (id "nb", "nn"), checked by `checklistWordsSchema`
 * (./per-language.ts: a missing file or a broken field fails the build, naming file and field).
 */
import { checklistWordsSchema } from '../../checklist/words';
import { FULL_LANGS } from '../../../i18n/languages';
import { loadPerLanguage, perLanguageLoader, type PerLanguage } from './per-language';

const CHECKLIST: PerLanguage<unknown> = {
  name: 'checklist',
  file: 'checklist.yaml',
  langs: FULL_LANGS,
  schema: checklistWordsSchema,
  neededFor: 'the checklist it is made from',
};

export const loadChecklist = loadPerLanguage(CHECKLIST);
export const checklistLoader = (dir?: string) => perLanguageLoader(CHECKLIST, dir);
