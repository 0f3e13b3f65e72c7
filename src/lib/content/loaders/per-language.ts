/**
 * A collection with one entry per language, each content/words/<lang>/<file>.yaml checked by a
 * schema (the checklist's words, the easy-read text, the statements the pages and the leaflet
 * share): entry id = the language. A missing file, a YAML error, a field the schema refuses, or a
 * problem `check` finds (an unknown {placeholder}, picture or page) fails the build, naming the
 * file and the field. The text is stored as written; src/lib/content/read.ts fills in the facts.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Lang } from '../../../i18n/languages';
import { registrySchema, type Registry } from '../schemas';
import { contentLoader, failOn, issueLines, projectPath, readYamlFile, type ContentContext } from './context';

export interface PerLanguage<T> {
  /** The collection's name. */
  name: string;
  /** The file under content/words/<lang>/: "easy-read.yaml". */
  file: string;
  /** The languages that have it. */
  langs: readonly Lang[];
  schema: z.ZodType<T>;
  /** What the file is for, for the message when it is missing. */
  neededFor: string;
  /** Problems beyond the schema, each a line naming the field; the registry is there when it parses. */
  check?: (data: T, lang: Lang, context: { registry: Registry | undefined; dir: string }) => string[];
}

const wordsFile = (dir: string, lang: string, file: string) => join(dir, 'words', lang, file);

export function loadPerLanguage<T>(spec: PerLanguage<T>) {
  return async (ctx: ContentContext, dir: string): Promise<void> => {
    const problems: string[] = [];
    // The registry's own loader reports its errors; here it only names the facts.
    let registry: Registry | undefined;
    try {
      registry = registrySchema.safeParse(readYamlFile(join(dir, 'registry.yaml'), '')).data;
    } catch {
      registry = undefined;
    }
    ctx.store.clear();
    for (const lang of spec.langs) {
      const file = wordsFile(dir, lang, spec.file);
      let raw: unknown;
      try {
        raw = readYamlFile(file, `every language has ${spec.neededFor}`);
      } catch (e) {
        problems.push((e as Error).message);
        continue;
      }
      const result = spec.schema.safeParse(raw);
      if (!result.success) {
        problems.push(...issueLines(file, undefined, result.error));
        continue;
      }
      const found = spec.check?.(result.data, lang, { registry, dir }) ?? [];
      problems.push(...found.map((p) => `${file}: ${p}`));
      if (found.length > 0) continue;
      const filePath = projectPath(file);
      const data = await ctx.parseData({ id: lang, data: result.data as Record<string, unknown>, filePath });
      ctx.store.set({ id: lang, data, filePath });
    }
    failOn(problems);
  };
}

/** The Astro loader for src/content.config.ts (and its dev-time watch of the files). */
export const perLanguageLoader = <T>(spec: PerLanguage<T>, dir?: string) =>
  contentLoader(spec.name, (d) => spec.langs.map((l) => wordsFile(d, l, spec.file)), loadPerLanguage(spec), dir);
