/**
 * What the content loaders in this folder need from Astro's loader context, and the small helpers
 * they share. Each loader is a plain function of such a context and the content folder, so a unit
 * test runs it with a fake context (tests/tools/loader-context.ts) over a fixture folder, without
 * starting Astro; src/content.config.ts wires the same functions to Astro's collections.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';

/** The parts of Astro's LoaderContext the loaders use. */
export type ContentContext = Pick<LoaderContext, 'store' | 'parseData'> & {
  logger: Pick<LoaderContext['logger'], 'warn'>;
};

/** The content folder: content/, or the fixture copy a build test points SMERTEREG_CONTENT_DIR at. */
export function contentDir(): string {
  return process.env.SMERTEREG_CONTENT_DIR ?? 'content';
}

/** A file's path as Astro wants it in an entry: relative to the project root. */
export const projectPath = (file: string): string => relative(process.cwd(), file);

/** A YAML file as plain data. A missing or unreadable file fails, naming the file and what needs it. */
export function readYamlFile(file: string, neededFor: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: missing: ${neededFor}`);
  }
  try {
    return parse(text) as unknown;
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
}

/** Zod issues as lines naming the file, the entry (if any) and the field: `file: id: field "a.b": message`. */
export function issueLines(file: string, id: string | undefined, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${id ? `${id}: ` : ''}field "${i.path.join('.')}": ${i.message}`);
}

/** Throws one error listing every problem (each once), if there are any. */
export function failOn(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error([...new Set(problems)].join('\n'));
}

/**
 * An Astro loader that runs `load` over the content folder and, in `astro dev`, again whenever
 * one of the files `watched` returns changes (as Astro's own file() loader does).
 */
export function contentLoader(
  name: string,
  watched: (dir: string) => string[],
  load: (ctx: ContentContext, dir: string) => Promise<void>,
  dir = contentDir(),
): Loader {
  return {
    name,
    async load(ctx) {
      await load(ctx, dir);
      if (!ctx.watcher) return;
      const files = new Set(watched(dir).map((f) => resolve(f)));
      ctx.watcher.add([...files]);
      ctx.watcher.on('change', (changed) => {
        if (files.has(resolve(changed))) load(ctx, dir).catch((e: unknown) => ctx.logger.error(String(e)));
      });
    },
  };
}
