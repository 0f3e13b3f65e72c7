/**
 * content/changelog.yaml, one list, as the single entry "log" of the `changelog` collection. A
 * broken entry fails the build naming the file and the field; a path that is no page fails it too;
 * a page changed since its newest entry warns, naming the page (src/lib/content/changelog.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DEFAULT_LANG } from '../../../i18n/languages';
import { changelogSchema, checkChangelog, idOfPath } from '../changelog';
import { contentLoader, failOn, issueLines, projectPath, readYamlFile, type ContentContext } from './context';

const CHANGELOG_ID = 'log';

/** The collection's schema: the file's list under `entries`. */
export const changelogCollectionSchema = z.strictObject({ entries: changelogSchema });

const changelogFile = (dir: string) => join(dir, 'changelog.yaml');

export async function loadChangelog(ctx: ContentContext, dir: string): Promise<void> {
  const file = changelogFile(dir);
  const raw = { entries: readYamlFile(file, 'the change log page /endringer/ is made from it') };
  const result = changelogCollectionSchema.safeParse(raw);
  if (!result.success) throw new Error(issueLines(file, undefined, result.error).join('\n'));
  const filePath = projectPath(file);
  ctx.store.clear();
  ctx.store.set({ id: CHANGELOG_ID, data: await ctx.parseData({ id: CHANGELOG_ID, data: raw, filePath }), filePath });

  const entries = result.data.entries;
  const sources = new Map<string, { file: string; text: string }>();
  for (const id of new Set(entries.flatMap((e) => e.pages.map((p) => idOfPath(p.path))))) {
    const page = join(dir, 'pages', DEFAULT_LANG, `${id}.mdx`);
    if (existsSync(page)) sources.set(id, { file: page, text: readFileSync(page, 'utf8') });
  }
  const { errors, warnings } = checkChangelog(entries, sources);
  failOn(errors.map((e) => `${dir}/${e}`));
  for (const w of warnings) ctx.logger.warn(w);
}

export const changelogLoader = (dir?: string) =>
  contentLoader('changelog', (d) => [changelogFile(d)], loadChangelog, dir);
