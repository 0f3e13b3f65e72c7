/**
 * The one reader of content/ for tests (unit and end-to-end): the YAML files, the registry as the
 * schema parses it, and every page's front matter and body. Tests compare the built site with
 * these, so a fact changed in content/ never needs a test changed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  joinMethod,
  joinRoute,
  mergeWords,
  methodPlaceSchema,
  methodWordsSchema,
  registrySchema,
  routePlaceSchema,
  routeWordsSchema,
  type Method,
  type Registry,
  type Route,
} from '../../src/lib/content/schemas.ts';
import type { FullLang, Lang } from '../../src/i18n/languages.ts';
import { termSchema, type Term } from '../../src/lib/content/terms.ts';
import { parseChecklistWords, type ChecklistWords } from '../../src/lib/checklist/words.ts';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

/** A YAML file in content/, as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const readYaml = (file: string): any => parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));

export const readRegistry = (): Registry => registrySchema.parse(readYaml('registry.yaml'));
/** Parses every entry of a YAML map with a schema. */
const parseAll = <T>(file: string, schema: { parse(v: unknown): T }): Record<string, T> =>
  Object.fromEntries(Object.entries(readYaml(file) as Record<string, unknown>).map(([id, v]) => [id, schema.parse(v)]));

/** A words collection in one language, joined as the build joins it (src/lib/content/loaders/words.ts). */
function joined<T>(
  kind: 'methods' | 'routes',
  lang: Lang,
  places: object,
  words: object,
  join: unknown,
): (T & { id: string })[] {
  const files = { places: `content/${kind}.yaml`, words: `content/words/${lang}/${kind}.yaml` };
  const { entries, errors } = mergeWords(places as never, words as never, files, join as never);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return entries as (T & { id: string })[];
}

export const readMethods = (lang: Lang = 'nb'): (Method & { id: string })[] =>
  joined<Method>(
    'methods',
    lang,
    parseAll('methods.yaml', methodPlaceSchema),
    parseAll(`words/${lang}/methods.yaml`, methodWordsSchema),
    joinMethod,
  );
export const readRoutes = (lang: Lang = 'nb'): (Route & { id: string })[] =>
  joined<Route>(
    'routes',
    lang,
    parseAll('routes.yaml', routePlaceSchema),
    parseAll(`words/${lang}/routes.yaml`, routeWordsSchema),
    joinRoute,
  );

/** content/words/<lang>/checklist.yaml as the schema parses it (the build reads it as the `checklist` collection). */
export const readChecklistWords = (lang: FullLang): ChecklistWords => {
  const file = `words/${lang}/checklist.yaml`;
  return parseChecklistWords(readFileSync(join(CONTENT_DIR, file), 'utf8'), `content/${file}`);
};

export interface ContentPage {
  /** "reservasjon/skjema" */
  id: string;
  /** "content/pages/nb/reservasjon/skjema.mdx" */
  file: string;
  /** The front matter as written (not parsed by the schema). */
  data: Record<string, unknown>;
  /** The MDX after the front matter. */
  body: string;
  /** The whole file. */
  text: string;
}

/** Every page in content/pages/<lang>/ (none while the language has no folder yet). */
export function readPages(lang: Lang = 'nb'): ContentPage[] {
  const base = join(CONTENT_DIR, 'pages', lang);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(base, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`content/pages/${lang}/${f}: no front matter`);
      return { id: f.replace(/\.mdx$/, ''), file: `content/pages/${lang}/${f}`, data: parse(m[1]!), body: m[2]!, text };
    });
}

/** A language's glossary (content/words/<lang>/terms.yaml), by term id, as the build reads it. */
export const readTerms = (lang: Lang): Map<string, Term> =>
  new Map(
    Object.entries(readYaml(`words/${lang}/terms.yaml`) as Record<string, unknown>).map(([id, t]) => [
      id,
      termSchema.parse(t),
    ]),
  );
