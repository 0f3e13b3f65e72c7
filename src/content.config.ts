/**
 * The collections behind every page. Schemas live in src/lib/content/schemas.ts; this file wires
 * them to the files in content/ and adds the build-time warnings and cross-checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import {
  feedbackChannels,
  isReviewOverdue,
  joinMethod,
  joinRoute,
  mergeWords,
  methodPlaceSchema,
  methodSchema,
  methodWordsSchema,
  missingContactFields,
  missingTranslations,
  pageSchema,
  registrySchema,
  routePlaceSchema,
  routeSchema,
  routeWordsSchema,
  type PageData,
  type Registry,
} from './lib/content/schemas';
import { DEFAULT_LANG, LANGS, isLang } from './i18n/languages';
import { statusLines, translationStatus } from './lib/content/translations';
import { brokenMethodPages, brokenSourceKeys } from './lib/content/references';
import { changelogSchema, checkChangelog, idOfPath, sourceHash, type ChangelogEntry } from './lib/content/changelog';
import { easyReadSchema } from './lib/content/easy-read';
import { easyReadLoader } from './lib/content/loaders/easy-read';

/** Tests point this at a fixture copy of content/ (e.g. with contact details set). */
const CONTENT = process.env.SMERTEREG_CONTENT_DIR ?? 'content';

/** The keys under `urls:` in content/registry.yaml, for "url:<key>" in a page's sources. */
const registryUrlKeys = (): string[] =>
  Object.keys((parse(readFileSync(join(CONTENT, 'registry.yaml'), 'utf8')) as { urls?: object } | null)?.urls ?? {});

/** The methods in content/methods.yaml with the page each names. */
const methodPages = (): { id: string; page: string }[] =>
  Object.entries(
    (parse(readFileSync(join(CONTENT, 'methods.yaml'), 'utf8')) ?? {}) as Record<string, { page?: unknown }>,
  ).map(([id, m]) => ({ id, page: typeof m?.page === 'string' ? m.page : '' }));

/** content/registry.yaml is one object: load it as the single entry "smertereg". */
const registry = defineCollection({
  loader: {
    name: 'registry',
    async load(ctx) {
      await file(join(CONTENT, 'registry.yaml'), {
        parser: (text) => ({ smertereg: parse(text) as Record<string, unknown> }),
      }).load(ctx);
      const entry = ctx.store.get('smertereg');
      const missing = entry ? missingContactFields(entry.data as Registry) : [];
      if (missing.length > 0) {
        ctx.logger.warn(
          `${CONTENT}/registry.yaml: not configured: ${missing.join(', ')}. ` +
            'Pages link to SmerteReg\'s official page instead. See README, "Deploying".',
        );
      }
      const untranslated = entry ? missingTranslations(entry.data as Registry) : [];
      if (untranslated.length > 0) {
        ctx.logger.warn(
          `${CONTENT}/registry.yaml: no translation of ${untranslated.join(', ')}: ` +
            'those pages show the bokmål text, marked as bokmål.',
        );
      }
      if (entry && feedbackChannels(entry.data as Registry).length === 0) {
        ctx.logger.warn(
          `${CONTENT}/registry.yaml: siteFeedback has no e-mail, phone or url: the accessibility page ` +
            'says that no feedback channel is set up yet. See README, "Deploying".',
        );
      }
    },
  } satisfies Loader,
  schema: registrySchema,
});

/** Zod issues as "file: id: field "x": message" lines. */
const issueLines = (file: string, id: string, error: z.ZodError): string[] =>
  error.issues.map((i) => `${file}: ${id}: field "${i.path.join('.')}": ${i.message}`);

/**
 * A collection of `kind` (routes or methods) in every language: the places in content/<kind>.yaml
 * joined with content/words/<lang>/<kind>.yaml. Entry ids are "<lang>/<id>". A missing or extra
 * id, or a broken field, fails the build naming the file.
 */
function wordsLoader<P extends { order: number }, W, T>(
  kind: 'routes' | 'methods',
  placeSchema: z.ZodType<P>,
  wordsSchema: z.ZodType<W>,
  joinFn: (place: P, words: W, id: string) => T | string,
): Loader {
  return {
    name: kind,
    async load(ctx) {
      const placesFile = join(CONTENT, `${kind}.yaml`);
      const errors: string[] = [];
      const places: Record<string, P> = {};
      for (const [id, raw] of Object.entries(
        (parse(readFileSync(placesFile, 'utf8')) ?? {}) as Record<string, unknown>,
      )) {
        const r = placeSchema.safeParse(raw);
        if (r.success) places[id] = r.data;
        else errors.push(...issueLines(placesFile, id, r.error));
      }
      ctx.store.clear();
      for (const lang of LANGS) {
        const wordsFile = join(CONTENT, 'words', lang, `${kind}.yaml`);
        if (!existsSync(wordsFile)) {
          errors.push(`${wordsFile}: missing: every language needs the words of ${placesFile}`);
          continue;
        }
        const words: Record<string, W> = {};
        for (const [id, raw] of Object.entries(
          (parse(readFileSync(wordsFile, 'utf8')) ?? {}) as Record<string, unknown>,
        )) {
          const r = wordsSchema.safeParse(raw);
          if (r.success) words[id] = r.data;
          else errors.push(...issueLines(wordsFile, id, r.error));
        }
        const merged = mergeWords(places, words, { places: placesFile, words: wordsFile }, joinFn);
        errors.push(...merged.errors);
        for (const { id, ...data } of merged.entries) {
          ctx.store.set({
            id: `${lang}/${id}`,
            data: await ctx.parseData({ id: `${lang}/${id}`, data }),
            filePath: relative(process.cwd(), wordsFile),
          });
        }
      }
      if (errors.length > 0) throw new Error([...new Set(errors)].join('\n'));
    },
  };
}

const routes = defineCollection({
  loader: wordsLoader('routes', routePlaceSchema, routeWordsSchema, joinRoute),
  schema: routeSchema,
});

const methods = defineCollection({
  loader: wordsLoader('methods', methodPlaceSchema, methodWordsSchema, joinMethod),
  schema: methodSchema,
});

/**
 * Every page in every language: content/pages/<lang>/<path>.mdx, entry id "<lang>/<path>".
 * Translations must name their bokmål page and its hash; the build reports, per language, pages
 * missing and translations made from an older bokmål text (src/lib/content/translations.ts).
 */
const pages = defineCollection({
  loader: {
    name: 'pages',
    async load(ctx) {
      // Ids are the file paths without ".mdx" ("nb/index", "nn/reservasjon/skjema"): the default
      // would drop a trailing "/index" and turn "nb/index.mdx" into "nb".
      await glob({
        pattern: '**/*.mdx',
        base: join(CONTENT, 'pages'),
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      }).load(ctx);
      const entries = [...ctx.store.values()].map((e) => ({
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
        hash: sourceHash(readFileSync(join(CONTENT, 'pages', DEFAULT_LANG, `${e.slug}.mdx`), 'utf8')),
      }));
      for (const lang of LANGS.slice(1)) {
        const status = translationStatus(
          lang,
          sources,
          entries
            .filter((e) => e.lang === lang)
            .map((e) => ({
              id: e.slug,
              file: e.filePath,
              translationOf: e.data.translationOf,
              sourceHash: e.data.sourceHash,
            })),
        );
        problems.push(...status.errors);
        for (const line of statusLines(status)) ctx.logger.warn(line);
      }
      problems.push(
        ...brokenMethodPages(
          methodPages(),
          source.map((e) => e.slug),
          `${CONTENT}/methods.yaml`,
        ),
        ...brokenSourceKeys(entries, registryUrlKeys()),
      );
      if (problems.length > 0) throw new Error(problems.join('\n'));
      for (const e of entries) {
        if (isReviewOverdue(e.data.nextReview)) {
          ctx.logger.warn(`${e.filePath}: nextReview ${e.data.nextReview} has passed: review the page.`);
        }
      }
    },
  } satisfies Loader,
  schema: pageSchema,
});

/**
 * content/changelog.yaml is one list: load it as the single entry "log". A path that is no page
 * fails the build; a page changed since its newest entry warns, naming the page.
 */
const changelog = defineCollection({
  loader: {
    name: 'changelog',
    async load(ctx) {
      const path = join(CONTENT, 'changelog.yaml');
      const raw = parse(readFileSync(path, 'utf8')) as unknown;
      // Astro wants file paths relative to the project root (fixtures keep content/ elsewhere).
      const filePath = relative(process.cwd(), path);
      const data = await ctx.parseData({ id: 'log', data: { entries: raw }, filePath });
      ctx.store.set({ id: 'log', data, filePath });
      const entries = (data as { entries: ChangelogEntry[] }).entries;
      const sources = new Map<string, { file: string; text: string }>();
      for (const id of new Set(entries.flatMap((e) => e.pages.map((p) => idOfPath(p.path))))) {
        const file = join(CONTENT, 'pages/nb', `${id}.mdx`);
        if (existsSync(file)) sources.set(id, { file, text: readFileSync(file, 'utf8') });
      }
      const { errors, warnings } = checkChangelog(entries, sources);
      if (errors.length > 0) throw new Error(errors.map((e) => `${CONTENT}/${e}`).join('\n'));
      for (const w of warnings) ctx.logger.warn(w);
    },
  } satisfies Loader,
  schema: z.strictObject({ entries: changelogSchema }),
});

/** The easy-read text per language (content/words/<lang>/easy-read.yaml), entry id = language. */
const easyRead = defineCollection({ loader: easyReadLoader(CONTENT), schema: easyReadSchema });

export const collections = { registry, routes, methods, pages, changelog, easyRead };
