/**
 * The `terms` collection: content/words/<lang>/terms.yaml for every language, entry ids
 * "<lang>/<term id>" (src/lib/content/terms.ts). A broken file fails the build naming the file, the
 * term and the field; so does a language that lacks a term bokmål has, or has one bokmål lacks.
 *
 * It also checks every page against its language's glossary (`checkTermUse`): a <Term> with an
 * unknown id, or a term used before it is explained, fails the build naming the file, the line and
 * the term. Clinicians' pages (audience "helsepersonell") are checked for their <Term> tags only.
 * A page's <About part="…" /> is read as the text it shows (content/words/<lang>/about.yaml), in
 * its place, so a term in that text counts where the reader meets it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { DEFAULT_LANG, LANGS, type Lang } from '../../../i18n/languages.ts';
import { checkTermUse, termSchema, type Term } from '../terms.ts';

/** The parts of Astro's loader context this loader uses (a unit test passes a fake). */
export type TermsContext = Pick<LoaderContext, 'store' | 'parseData'>;

const termsFile = (dir: string, lang: Lang) => join(dir, 'words', lang, 'terms.yaml');

/** Every .mdx file under a folder, as paths. */
const mdxFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
      )
    : [];

/** A page's source with each <About part="…" /> replaced by the text it shows in `lang`. */
function withAboutText(source: string, dir: string, lang: Lang): string {
  if (!source.includes('<About')) return source;
  const file = join(dir, 'words', lang, 'about.yaml');
  const about = (existsSync(file) ? parse(readFileSync(file, 'utf8')) : {}) as Record<string, string | string[]>;
  return source.replace(/<About part="(\w+)"\s*\/>/g, (tag, part: string) => {
    const value = about[part];
    return value === undefined ? tag : [value].flat().join(' ');
  });
}

/** One language's glossary, or the problems that keep it from loading. */
function readGlossary(file: string): { terms: Record<string, Term>; problems: string[] } {
  if (!existsSync(file)) return { terms: {}, problems: [`${file}: missing: every language needs a glossary`] };
  const raw = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const terms: Record<string, Term> = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (!/^[a-z0-9-]+$/.test(id)) problems.push(`${file}: "${id}": an id is lower-case letters, digits and hyphens`);
    const r = termSchema.safeParse(value);
    if (r.success) terms[id] = r.data;
    else problems.push(...r.error.issues.map((i) => `${file}: ${id}: field "${i.path.join('.')}": ${i.message}`));
  }
  return { terms, problems };
}

export async function loadTerms(ctx: TermsContext, dir: string): Promise<void> {
  const problems: string[] = [];
  const glossaries = new Map(LANGS.map((lang) => [lang, readGlossary(termsFile(dir, lang))]));
  const reference = Object.keys(glossaries.get(DEFAULT_LANG)!.terms);
  ctx.store.clear();
  for (const [lang, { terms, problems: own }] of glossaries) {
    const file = termsFile(dir, lang);
    problems.push(...own);
    for (const id of reference.filter((id) => !(id in terms) && own.length === 0)) {
      problems.push(`${file}: "${id}" is missing (${termsFile(dir, DEFAULT_LANG)} has it)`);
    }
    for (const id of Object.keys(terms).filter((id) => !reference.includes(id))) {
      problems.push(`${file}: "${id}" is not in ${termsFile(dir, DEFAULT_LANG)}`);
    }
    for (const [id, term] of Object.entries(terms)) {
      const entryId = `${lang}/${id}`;
      ctx.store.set({ id: entryId, data: await ctx.parseData({ id: entryId, data: term }), filePath: relative(process.cwd(), file) });
    }
    for (const page of mdxFiles(join(dir, 'pages', lang))) {
      const source = withAboutText(readFileSync(page, 'utf8'), dir, lang);
      const clinician = /^audience:\s*helsepersonell\s*$/m.test(source.split(/^---$/m)[1] ?? '');
      problems.push(...checkTermUse(page, source, terms, { usesNeedTerm: !clinician }));
    }
  }
  if (problems.length > 0) throw new Error([...new Set(problems)].join('\n'));
}

/** The loader for src/content.config.ts; tests point SMERTEREG_CONTENT_DIR at a fixture copy of content/. */
export const termsLoader = (dir = process.env.SMERTEREG_CONTENT_DIR ?? 'content'): Loader => ({
  name: 'terms',
  load: (ctx) => loadTerms(ctx, dir),
});
