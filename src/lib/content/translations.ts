/**
 * Translation status: which pages a language is missing, and which translations were made from an
 * older bokmål text than the one on the site now. Pure, for the build (src/content.config.ts), the
 * report (`npm run i18n`) and unit tests.
 *
 * A translation's front matter names the bokmål page it translates (`translationOf`) and the
 * hash of that page's source when it was translated (`sourceHash`, the same hash the change log
 * uses: src/lib/content/changelog.ts `sourceHash`).
 */
import { inScope, type Lang } from '../../i18n/languages.ts';

export interface SourcePage {
  /** Path under content/pages/nb/ without ".mdx": "reservasjon/skjema". */
  id: string;
  audience: string;
  /** sourceHash() of the bokmål file as it is now. */
  hash: string;
}

export interface TranslatedPage {
  id: string;
  file: string;
  translationOf?: string | undefined;
  sourceHash?: string | undefined;
}

export interface LanguageStatus {
  lang: Lang;
  /** Bokmål pages the language must have and does not (ids). */
  missing: string[];
  /** Translations made from another version of their bokmål page. */
  outdated: { id: string; file: string; was: string; now: string }[];
  /** Bokmål pages the language need not have and does not (shown in bokmål, linked as such). */
  notPlanned: string[];
  /** Broken translation front matter: these fail the build. */
  errors: string[];
}

export function translationStatus(lang: Lang, sources: SourcePage[], pages: TranslatedPage[]): LanguageStatus {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const have = new Set(pages.map((p) => p.id));
  const status: LanguageStatus = { lang, missing: [], outdated: [], notPlanned: [], errors: [] };
  for (const p of pages) {
    if (!p.translationOf || !p.sourceHash) {
      status.errors.push(
        `${p.file}: fields "translationOf" and "sourceHash" are required in a translation ` +
          `(translationOf: ${p.id}; npm run i18n prints the sourceHash)`,
      );
      continue;
    }
    if (p.translationOf !== p.id) {
      status.errors.push(
        `${p.file}: field "translationOf": "${p.translationOf}" must be "${p.id}", the bokmål page at the same path`,
      );
      continue;
    }
    const source = byId.get(p.id);
    if (!source) {
      status.errors.push(`${p.file}: field "translationOf": there is no content/pages/nb/${p.id}.mdx`);
      continue;
    }
    if (source.hash !== p.sourceHash) status.outdated.push({ id: p.id, file: p.file, was: p.sourceHash, now: source.hash });
  }
  for (const s of sources) {
    if (have.has(s.id)) continue;
    (inScope(lang, s.audience) ? status.missing : status.notPlanned).push(s.id);
  }
  return status;
}

/** Readable lines for the build log and `npm run i18n`. */
export function statusLines(s: LanguageStatus): string[] {
  return [
    ...s.missing.map((id) => `${s.lang}: missing: content/pages/${s.lang}/${id}.mdx (readers see the bokmål page with a notice)`),
    ...s.outdated.map(
      (o) =>
        `${s.lang}: outdated: ${o.file}: content/pages/nb/${o.id}.mdx changed since it was translated ` +
          `(sourceHash ${o.was}, now ${o.now}): update the translation, then set sourceHash: ${o.now}`,
    ),
  ];
}
