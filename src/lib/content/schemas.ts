/**
 * The content model: what a registry (./registry-schema.ts, re-exported here), an information
 * route, an opt-out method and a page are. Kept free of `astro:content` so the schemas can be
 * unit-tested in plain Vitest;
 * src/content.config.ts wires them to the files in content/.
 */
import { z } from 'astro/zod';

export * from './registry-schema.ts';

const text = z.string().trim().min(1);

/**
 * Routes and methods are split in two: where they sit (order, links, pages: language-neutral, in
 * content/routes.yaml and content/methods.yaml) and what they say (content/words/<lang>/…yaml,
 * one file per language, keyed by the same ids). `mergeWords` joins them into one object.
 */
export const routePlaceSchema = z.strictObject({
  order: z.number().int().positive(),
  /** Optional link: "url:<key>" for a URL in content/registry.yaml, or an internal path. Its text is the words' `linkLabel`. */
  link: z.strictObject({ href: z.string().regex(/^(url:[A-Za-z]+|\/[a-z0-9/#-]*)$/) }).optional(),
  /** Show the secretariat's contact details (or the fallback link) with this route. */
  showContact: z.boolean().default(false),
});

export const routeWordsSchema = z.strictObject({
  title: text,
  /** The same route said to the clinician ("Pasienten spør deg …"), for clinician pages. */
  clinician: text,
  summary: text,
  /** What to do, in plain steps or sentences. */
  how: z.array(text).min(1),
  /** The text of the route's link; required exactly when content/routes.yaml gives the route a link. */
  linkLabel: text.optional(),
});

/** A route in one language: its place joined with its words (`joinRoute`). */
export const routeSchema = z.strictObject({
  ...routePlaceSchema.omit({ link: true }).shape,
  ...routeWordsSchema.omit({ linkLabel: true }).shape,
  link: z.strictObject({ label: text, href: z.string() }).optional(),
});
export type Route = z.output<typeof routeSchema>;

export const methodPlaceSchema = z.strictObject({
  order: z.number().int().positive(),
  /**
   * The internal page that explains this method, e.g. "/reservasjon/helsenorge/" (the bokmål path;
   * each language shows it at its own prefix). That page shows the method's details
   * (MethodDetail) after its own text; it must exist.
   */
  page: z.string().regex(/^\/[a-z0-9/-]+\/$/, 'page must be an internal path like "/reservasjon/x/"'),
});

export const methodWordsSchema = z.strictObject({
  title: text,
  /** Short name for the clinician's list and the checklist ("Med skjema"). */
  short: text,
  summary: text,
  /** The same way said to the clinician ("Pasienten …"), for clinician pages and the checklist. */
  clinician: text,
  /** The question in the "which way suits me?" guide that leads to this method. */
  question: text,
  /** Continues "Passer for deg som …" (en: "Suits you if you …"): starts in lower case. */
  suits: text.regex(/^\p{Ll}/u, 'suits continues the sentence "Passer for deg som …": start it in lower case'),
  needs: z.array(text).min(1),
  steps: z.array(text).min(1),
  /** A warning shown with the steps wherever they appear, e.g. that another site's screens may change. */
  caveat: text.optional(),
  duration: text,
  confirmation: text,
});

export const methodSchema = methodPlaceSchema.extend(methodWordsSchema.shape);
export type Method = z.output<typeof methodSchema>;

type RoutePlace = z.output<typeof routePlaceSchema>;
type RouteWords = z.output<typeof routeWordsSchema>;
type MethodPlace = z.output<typeof methodPlaceSchema>;
type MethodWords = z.output<typeof methodWordsSchema>;

/**
 * Joins the places of content/<kind>.yaml with one language's words. Every id needs words and
 * every word needs an id; each problem names the file. Returns the merged entries in order.
 */
export function mergeWords<P extends { order: number }, W, T>(
  places: Record<string, P>,
  words: Record<string, W>,
  files: { places: string; words: string },
  join: (place: P, words: W, id: string) => T | string,
): { entries: (T & { id: string })[]; errors: string[] } {
  const errors: string[] = [];
  const entries: (T & { id: string })[] = [];
  for (const id of Object.keys(words)) {
    if (!(id in places)) errors.push(`${files.words}: "${id}" is not in ${files.places}`);
  }
  for (const [id, place] of Object.entries(places).sort((a, b) => a[1].order - b[1].order)) {
    const w = words[id];
    if (w === undefined) {
      errors.push(`${files.words}: "${id}" is missing (${files.places} has it)`);
      continue;
    }
    const merged = join(place, w, id);
    if (typeof merged === 'string') errors.push(`${files.words}: ${id}: ${merged}`);
    else entries.push({ ...merged, id });
  }
  return { entries, errors };
}

export const joinRoute = (place: RoutePlace, words: RouteWords): Route | string => {
  if (place.link && !words.linkLabel) return 'field "linkLabel" is required: the route has a link';
  if (!place.link && words.linkLabel) return 'field "linkLabel" is set, but the route has no link';
  const { linkLabel, ...rest } = words;
  return {
    order: place.order,
    showContact: place.showContact,
    ...rest,
    ...(place.link && linkLabel ? { link: { href: place.link.href, label: linkLabel } } : {}),
  };
};

export const joinMethod = (place: MethodPlace, words: MethodWords): Method => ({ ...place, ...words });

const audiences = ['pasient', 'helsepersonell', 'alle'] as const;

/** Front matter of every page in content/pages. Dates must be quoted ISO dates ("2026-11-27"). */
export const pageSchema = z.strictObject({
  title: text.max(70),
  /** Navigation and breadcrumb label, when shorter than the title. */
  label: text.max(40).optional(),
  description: text.max(200),
  audience: z.enum(audiences),
  lastReviewed: z.iso.date(),
  nextReview: z.iso.date(),
  /** Where the page's facts come from: a URL, or "url:<key>" for a URL in content/registry.yaml. */
  sources: z
    .array(
      z.strictObject({
        label: text,
        url: z.union([z.string().regex(/^url:[A-Za-z]+$/), z.url()], {
          error: 'url must be a URL or a registry URL key like "url:smertereg"',
        }),
      }),
    )
    .min(1),
  keywords: z.array(text).default([]),
  /** Order among siblings in navigation and the site map; lower first. */
  order: z.number().int().default(100),
  /**
   * A translation (content/pages/nn|en/…) names the bokmål page it translates — its path under
   * content/pages/nb/ without ".mdx", the same path as its own — and the hash of that bokmål
   * file it was made from (`npm run i18n` prints the current one). Bokmål pages have neither.
   */
  translationOf: text.optional(),
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits (npm run i18n prints the hash of the bokmål page)')
    .optional(),
});
export type PageData = z.output<typeof pageSchema>;

/** A review date is past when it is before today (local date). */
export function isReviewOverdue(nextReview: string, today = new Date()): boolean {
  return nextReview < today.toISOString().slice(0, 10);
}
