/**
 * The `routes` and `methods` collections in every language: the places in content/<kind>.yaml
 * joined with content/words/<lang>/<kind>.yaml. Entry ids are "<lang>/<id>". A missing or extra
 * id, a missing words file or a broken field fails the build, naming the file (and the field).
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { LANGS } from '../../../i18n/languages';
import {
  joinMethod,
  joinRoute,
  mergeWords,
  methodPlaceSchema,
  methodWordsSchema,
  routePlaceSchema,
  routeWordsSchema,
} from '../schemas';
import { contentLoader, failOn, issueLines, projectPath, readYamlFile, type ContentContext } from './context';

export type WordsKind = 'routes' | 'methods';

interface WordsSpec<P extends { order: number }, W, T> {
  placeSchema: z.ZodType<P>;
  wordsSchema: z.ZodType<W>;
  join: (place: P, words: W, id: string) => T | string;
}

/** Every entry of a YAML map checked with `schema`; broken entries become problems. */
function entriesOf<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const r = schema.safeParse(value);
    if (r.success) out[id] = r.data;
    else problems.push(...issueLines(file, id, r.error));
  }
  return out;
}

const placesFile = (dir: string, kind: WordsKind) => join(dir, `${kind}.yaml`);
const wordsFile = (dir: string, kind: WordsKind, lang: string) => join(dir, 'words', lang, `${kind}.yaml`);

/** Loads one kind in every language of src/i18n/languages.ts. */
async function loadWords<P extends { order: number }, W, T>(
  ctx: ContentContext,
  dir: string,
  kind: WordsKind,
  spec: WordsSpec<P, W, T>,
): Promise<void> {
  const places = placesFile(dir, kind);
  const problems: string[] = [];
  const placed = entriesOf(places, readYamlFile(places, `the ${kind} of the site`), spec.placeSchema, problems);
  ctx.store.clear();
  for (const lang of LANGS) {
    const file = wordsFile(dir, kind, lang);
    let raw: unknown;
    try {
      raw = readYamlFile(file, `every language needs the words of ${places}`);
    } catch (e) {
      problems.push((e as Error).message);
      continue;
    }
    const words = entriesOf(file, raw, spec.wordsSchema, problems);
    const merged = mergeWords(placed, words, { places, words: file }, spec.join);
    problems.push(...merged.errors);
    for (const { id, ...data } of merged.entries) {
      const entryId = `${lang}/${id}`;
      const filePath = projectPath(file);
      ctx.store.set({ id: entryId, data: await ctx.parseData({ id: entryId, data, filePath }), filePath });
    }
  }
  failOn(problems);
}

export const loadRoutes = (ctx: ContentContext, dir: string) =>
  loadWords(ctx, dir, 'routes', { placeSchema: routePlaceSchema, wordsSchema: routeWordsSchema, join: joinRoute });

export const loadMethods = (ctx: ContentContext, dir: string) =>
  loadWords(ctx, dir, 'methods', { placeSchema: methodPlaceSchema, wordsSchema: methodWordsSchema, join: joinMethod });

const watched = (kind: WordsKind) => (dir: string) => [
  placesFile(dir, kind),
  ...LANGS.map((l) => wordsFile(dir, kind, l)),
];

export const routesLoader = (dir?: string) => contentLoader('routes', watched('routes'), loadRoutes, dir);
export const methodsLoader = (dir?: string) => contentLoader('methods', watched('methods'), loadMethods, dir);
