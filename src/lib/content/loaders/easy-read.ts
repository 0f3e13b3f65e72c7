/**
 * The easy-read text in every language: content/words/<lang>/easy-read.yaml, one entry per
 * language (id "nb", "nn", "en"). A missing file, a YAML error, a field the schema refuses, an
 * unknown {placeholder}, pictogram, registry URL or page fails the build, naming the file and the
 * field. The text is stored as written; src/lib/content/read.ts fills in the facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { DEFAULT_LANG, LANGS } from '../../../i18n/languages';
import { PICTOGRAM_IDS } from '../../pictograms/pictograms';
import { easyReadProblems, easyReadSchema } from '../easy-read';
import { registrySchema } from '../schemas';

/** Whether "/x/y/" is a page: content/pages/<default language>/x/y.mdx (or "/" the front page). */
const pageExists = (content: string) => (path: string) => {
  const id = path === '/' ? 'index' : path.slice(1, -1);
  return existsSync(join(content, 'pages', DEFAULT_LANG, `${id}.mdx`));
};

export function easyReadLoader(content: string): Loader {
  return {
    name: 'easy-read',
    async load(ctx) {
      const errors: string[] = [];
      // The registry's own loader reports its errors; here it only names the facts.
      const registry = registrySchema.safeParse(parse(readFileSync(join(content, 'registry.yaml'), 'utf8')));
      ctx.store.clear();
      for (const lang of LANGS) {
        const file = join(content, 'words', lang, 'easy-read.yaml');
        if (!existsSync(file)) {
          errors.push(`${file}: missing: every language has the easy-read text`);
          continue;
        }
        let raw: unknown;
        try {
          raw = parse(readFileSync(file, 'utf8'));
        } catch (e) {
          errors.push(`${file}: ${(e as Error).message}`);
          continue;
        }
        const doc = easyReadSchema.safeParse(raw);
        if (!doc.success) {
          errors.push(...doc.error.issues.map((i) => `${file}: field "${i.path.join('.')}": ${i.message}`));
          continue;
        }
        if (registry.success) {
          const known = { pictograms: PICTOGRAM_IDS, pageExists: pageExists(content) };
          const problems = easyReadProblems(doc.data, registry.data, lang, known);
          errors.push(...problems.map((p) => `${file}: ${p}`));
          if (problems.length > 0) continue;
        }
        const filePath = relative(process.cwd(), file);
        ctx.store.set({ id: lang, data: await ctx.parseData({ id: lang, data: doc.data, filePath }), filePath });
      }
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  };
}
