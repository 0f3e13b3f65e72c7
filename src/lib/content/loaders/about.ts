/**
 * The statements the patient pages and the leaflet share, in every language:
 * content/words/<lang>/about.yaml, one entry per language (id "nb", "nn", "en"). A missing file, a
 * YAML error, a field the schema refuses or an unknown {placeholder} fails the build, naming the
 * file and the field. The text is stored as written; src/lib/content/read.ts fills in the facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { LANGS } from '../../../i18n/languages';
import { aboutProblems, aboutSchema } from '../about';
import { registrySchema } from '../schemas';

export function aboutLoader(content: string): Loader {
  return {
    name: 'about',
    async load(ctx) {
      const errors: string[] = [];
      // The registry's own loader reports its errors; here it only names the facts.
      const registry = registrySchema.safeParse(parse(readFileSync(join(content, 'registry.yaml'), 'utf8')));
      ctx.store.clear();
      for (const lang of LANGS) {
        const file = join(content, 'words', lang, 'about.yaml');
        if (!existsSync(file)) {
          errors.push(`${file}: missing: every language has the statements its patient pages and leaflet share`);
          continue;
        }
        let raw: unknown;
        try {
          raw = parse(readFileSync(file, 'utf8'));
        } catch (e) {
          errors.push(`${file}: ${(e as Error).message}`);
          continue;
        }
        const doc = aboutSchema.safeParse(raw);
        if (!doc.success) {
          errors.push(...doc.error.issues.map((i) => `${file}: field "${i.path.join('.')}": ${i.message}`));
          continue;
        }
        if (registry.success) {
          const problems = aboutProblems(doc.data, registry.data, lang);
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
