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
  methodSchema,
  missingContactFields,
  pageSchema,
  registrySchema,
  routeSchema,
  type PageData,
  type Registry,
} from './lib/content/schemas';
import { brokenMethodPages, brokenSourceKeys } from './lib/content/references';
import { changelogSchema, checkChangelog, idOfPath, type ChangelogEntry } from './lib/content/changelog';

/** Tests point this at a fixture copy of content/ (e.g. with contact details set). */
const CONTENT = process.env.SMERTEREG_CONTENT_DIR ?? 'content';

/** The keys under `urls:` in content/registry.yaml, for "url:<key>" in a page's sources. */
const registryUrlKeys = (): string[] =>
  Object.keys((parse(readFileSync(join(CONTENT, 'registry.yaml'), 'utf8')) as { urls?: object } | null)?.urls ?? {});

/** The methods in content/methods.yaml with the page each names. */
const methodPages = (): { id: string; page: string }[] =>
  Object.entries(
    (parse(readFileSync(join(CONTENT, 'methods.yaml'), 'utf8')) ?? {}) as Record<string, { page?: unknown }>,
  ).map(([id, m]) => ({ id, page: String(m?.page ?? '') }));

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

const routes = defineCollection({
  loader: file(join(CONTENT, 'routes.yaml')),
  schema: routeSchema,
});

const methods = defineCollection({
  loader: file(join(CONTENT, 'methods.yaml')),
  schema: methodSchema,
});

const pages = defineCollection({
  loader: {
    name: 'pages',
    async load(ctx) {
      await glob({ pattern: '**/*.mdx', base: join(CONTENT, 'pages/nb') }).load(ctx);
      const entries = [...ctx.store.values()].map((e) => ({
        id: e.id,
        filePath: e.filePath,
        data: e.data as PageData,
      }));
      const problems = [
        ...brokenMethodPages(
          methodPages(),
          entries.map((e) => e.id),
          `${CONTENT}/methods.yaml`,
        ),
        ...brokenSourceKeys(entries, registryUrlKeys()),
      ];
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

export const collections = { registry, routes, methods, pages, changelog };
