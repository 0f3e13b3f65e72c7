/**
 * Every page in every language: content/pages/<lang>/<path>.mdx, entry id "<lang>/<path>", read by
 * Astro's glob() loader (which renders the MDX and checks the front matter against the schema,
 * naming file and field). Then the checks across files, as a plain function of the loaded entries:
 * each page is in a language of src/i18n/languages.ts; translations name their bokmål page and its
 * hash (a per-language status is printed: pages missing, translations made from an older text);
 * each method's page exists; each "url:<key>" source is a key in content/registry.yaml. A page
 * past its nextReview warns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { DEFAULT_LANG, LANGS, isLang } from '../../../i18n/languages';
import { sourceHash } from '../changelog';
import { brokenMethodPages, brokenSourceKeys } from '../references';
import { isReviewOverdue, type PageData } from '../schemas';
import { statusLines, translationStatus } from '../translations';
import { contentDir, failOn, readYamlFile, type ContentContext } from './context';

const pagesDir = (dir: string) => join(dir, 'pages');

/** The keys under `urls:` in content/registry.yaml, for "url:<key>" in a page's sources. */
function registryUrlKeys(dir: string): string[] {
  const raw = readYamlFile(join(dir, 'registry.yaml'), 'pages name its URLs') as { urls?: object } | null;
  return Object.keys(raw?.urls ?? {});
}

/** The methods in content/methods.yaml with the page each names. */
function methodPages(dir: string): { id: string; page: string }[] {
  const raw = (readYamlFile(join(dir, 'methods.yaml'), 'methods name their pages') ?? {}) as Record<
    string,
    { page?: unknown }
  >;
  return Object.entries(raw).map(([id, m]) => ({ id, page: typeof m?.page === 'string' ? m.page : '' }));
}

/** The checks across pages, over the entries glob() has put in the store. */
export function checkPages(ctx: ContentContext, dir: string): void {
  const entries = ctx.store.values().map((e) => ({
    id: e.id,
    lang: e.id.split('/')[0]!,
    slug: e.id.split('/').slice(1).join('/'),
    filePath: e.filePath ?? e.id,
    data: e.data as PageData,
  }));
  const problems: string[] = [];
  for (const e of entries) {
    if (!isLang(e.lang)) {
      problems.push(`${e.filePath}: "${e.lang}" is not a language in src/i18n/languages.ts (${LANGS.join(', ')})`);
    } else if (e.lang === DEFAULT_LANG && (e.data.translationOf || e.data.sourceHash)) {
      problems.push(`${e.filePath}: fields "translationOf" and "sourceHash" belong in translations only`);
    }
  }
  const source = entries.filter((e) => e.lang === DEFAULT_LANG);
  const sources = source.map((e) => ({
    id: e.slug,
    audience: e.data.audience,
    hash: sourceHash(readFileSync(join(pagesDir(dir), DEFAULT_LANG, `${e.slug}.mdx`), 'utf8')),
  }));
  for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
    const translated = entries
      .filter((e) => e.lang === lang)
      .map((e) => ({ id: e.slug, file: e.filePath, translationOf: e.data.translationOf, sourceHash: e.data.sourceHash }));
    const status = translationStatus(lang, sources, translated);
    problems.push(...status.errors);
    for (const line of statusLines(status)) ctx.logger.warn(line);
  }
  problems.push(
    ...brokenMethodPages(
      methodPages(dir),
      source.map((e) => e.slug),
      join(dir, 'methods.yaml'),
    ),
    ...brokenSourceKeys(entries, registryUrlKeys(dir)),
  );
  failOn(problems);
  for (const e of entries) {
    if (isReviewOverdue(e.data.nextReview)) {
      ctx.logger.warn(`${e.filePath}: nextReview ${e.data.nextReview} has passed: review the page.`);
    }
  }
}

export function pagesLoader(dir = contentDir()): Loader {
  // Ids are the file paths without ".mdx" ("nb/index", "nn/reservasjon/skjema"): the default
  // would drop a trailing "/index" and turn "nb/index.mdx" into "nb".
  const mdx = glob({ pattern: '**/*.mdx', base: pagesDir(dir), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'pages',
    async load(ctx) {
      await mdx.load(ctx);
      checkPages(ctx, dir);
    },
  };
}
