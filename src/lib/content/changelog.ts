/**
 * The public change log (content/changelog.yaml, shown on /endringer/): what changed on which
 * pages, when and why, newest first. Each page an entry names carries a hash of that page's
 * source (its MDX file) after the change, so the build can warn when a page has changed since
 * its last entry without the log saying so.
 *
 * Pure: no astro:content, so it can be unit-tested; src/content.config.ts wires it up.
 */
import { LANGS, type Lang } from '../../i18n/languages.ts';
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

const text = z.string().trim().min(1);
const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a page path like "/reservasjon/etterpa/"');

const changelogEntrySchema = z.strictObject({
  /** The day the change was published (quoted ISO date). */
  date: z.iso.date(),
  /** A short heading for the change. */
  title: text.max(90),
  /** What changed, in plain words for the reader. */
  what: text,
  /** Why it changed. */
  why: text,
  /**
   * The title, what and why in other languages (content/words/<lang>/ holds no change log: an
   * entry and its translations stay together). A language without one shows the bokmål text.
   */
  translations: z
    .partialRecord(z.enum(LANGS.slice(1) as [Lang, ...Lang[]]), z.strictObject({ title: text.max(90), what: text, why: text }))
    .optional(),
  /** The pages the change touched, each with the hash of its source after the change. */
  pages: z
    .array(
      z.strictObject({
        path: sitePath,
        hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits (a build warning names the current hash of a changed page)'),
      }),
    )
    .min(1),
});
export type ChangelogEntry = z.output<typeof changelogEntrySchema>;

/** The whole file: a list, newest first. */
export const changelogSchema = z
  .array(changelogEntrySchema)
  .min(1)
  .superRefine((entries, ctx) => {
    entries.forEach((e, i) => {
      const before = entries[i - 1];
      if (before && e.date > before.date) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `entries must be newest first: ${e.date} comes after ${before.date}` });
      }
    });
  });

/** The hash stored in the log: SHA-256 of the source with normalised line ends, first 16 hex digits. */
export function sourceHash(source: string): string {
  const normalised = source.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/** The page id for a path ("/" → "index", "/reservasjon/etterpa/" → "reservasjon/etterpa"). */
export function idOfPath(path: string): string {
  return path === '/' ? 'index' : path.slice(1, -1);
}

/** Stable anchors on /endringer/: the date, with -2, -3 … for later entries on the same day. */
export function entryAnchors(entries: readonly ChangelogEntry[]): string[] {
  const seen = new Map<string, number>();
  const anchors = new Array<string>(entries.length);
  // Count from the oldest, so adding a new entry on top never changes an existing anchor.
  for (let i = entries.length - 1; i >= 0; i--) {
    const date = entries[i]!.date;
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    anchors[i] = n === 1 ? `endring-${date}` : `endring-${date}-${n}`;
  }
  return anchors;
}

/** The newest entry that names a page (the log is newest first), with its anchor. */
export function lastChange(entries: readonly ChangelogEntry[], path: string): { entry: ChangelogEntry; anchor: string } | undefined {
  const anchors = entryAnchors(entries);
  const i = entries.findIndex((e) => e.pages.some((p) => p.path === path));
  return i === -1 ? undefined : { entry: entries[i]!, anchor: anchors[i]! };
}

/**
 * Problems between the log and the pages: a path that is no page is an error (it would be a dead
 * link); a page whose source no longer has the hash of its newest entry is a warning.
 * `sources` maps page ids to their source text.
 */
export function checkChangelog(
  entries: readonly ChangelogEntry[],
  sources: ReadonlyMap<string, { file: string; text: string }>,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const checked = new Set<string>();
  entries.forEach((entry, i) => {
    for (const { path, hash } of entry.pages) {
      const source = sources.get(idOfPath(path));
      if (!source) {
        errors.push(`changelog.yaml: entry ${i + 1} (${entry.date}) names ${path}, which is not a page`);
        continue;
      }
      if (checked.has(path)) continue; // only the newest entry for a page counts
      checked.add(path);
      const now = sourceHash(source.text);
      if (now !== hash) {
        warnings.push(
          `${source.file} (${path}) has changed since its last change-log entry (${entry.date}): ` +
            `add an entry to changelog.yaml, or set its hash to ${now} if the change is not worth telling.`,
        );
      }
    }
  });
  return { errors, warnings };
}
