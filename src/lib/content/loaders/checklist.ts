/**
 * The words of the clinicians' checklist: content/words/<lang>/checklist.yaml, one entry per
 * language that has the checklist (id "nb", "nn"), checked by `checklistWordsSchema`. A missing
 * file or a broken field fails the build, naming the file and the field.
 */
import { join } from 'node:path';
import { checklistWordsSchema } from '../../checklist/words';
import { FULL_LANGS } from '../../../i18n/languages';
import { contentLoader, failOn, issueLines, projectPath, readYamlFile, type ContentContext } from './context';

const checklistFile = (dir: string, lang: string) => join(dir, 'words', lang, 'checklist.yaml');

export async function loadChecklist(ctx: ContentContext, dir: string): Promise<void> {
  const problems: string[] = [];
  ctx.store.clear();
  for (const lang of FULL_LANGS) {
    const file = checklistFile(dir, lang);
    let raw: unknown;
    try {
      raw = readYamlFile(file, `the checklist in "${lang}" is made from it`);
    } catch (e) {
      problems.push((e as Error).message);
      continue;
    }
    const result = checklistWordsSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...issueLines(file, undefined, result.error));
      continue;
    }
    const filePath = projectPath(file);
    ctx.store.set({ id: lang, data: await ctx.parseData({ id: lang, data: raw as Record<string, unknown>, filePath }), filePath });
  }
  failOn(problems);
}

export const checklistLoader = (dir?: string) =>
  contentLoader('checklist', (d) => FULL_LANGS.map((l) => checklistFile(d, l)), loadChecklist, dir);
