/**
 * The glossary: words a reader may not know (registersekretariatet, helsenorge.no, ID-porten,
 * BankID, fødselsnummer, eDialog, PID, reservere seg), one file per language in
 * content/words/<lang>/terms.yaml, the same ids in every language. A page explains a term where
 * it first uses it, with <Term id="…"> (src/components/Term.astro); the glossary page lists them all
 * (<Glossary />, /ord-og-uttrykk/).
 *
 * `checkTermUse` is the build's check of one page's MDX, in the order a reader reads it: the first
 * use of a term must be its <Term>. A use is one of the term's `forms` in running text (paragraphs,
 * lists, a component's children); headings, Markdown links (a page's name, explained on that page)
 * and attribute values (a callout's title, a card's title) are names, not uses, and are left out. Text that components take from
 * content/words (the method cards, the routes) is not in the MDX and is not checked.
 */
import { z } from 'astro/zod';
import { LANGS } from '../../i18n/languages.ts';

const text = z.string().trim().min(1);

export const termSchema = z.strictObject({
  /** The term as the glossary lists it: "registry secretariat". */
  term: text,
  /** A short explanation that fits in brackets after the term in running text, in lower case: "the people who work with the registry". */
  explanation: text,
  /** The language of the term itself, when it is not the page's ("fødselsnummer" on English pages). */
  lang: z.enum(LANGS).optional(),
  /** The words that count as a use of the term in running text (any case); the term itself if left out. */
  forms: z.array(text).min(1).optional(),
  /** Where to read more: "url:<key>" for a URL in content/registry.yaml, or a path on this site ("/kontakt/"). */
  link: z
    .string()
    .regex(/^(url:[A-Za-z]+|\/[a-z0-9/#-]*)$/, 'link must be "url:<key>" or a path like "/kontakt/"')
    .optional(),
});
export type Term = z.output<typeof termSchema>;

/** The path of the glossary page (the same after every language's prefix). */
export const GLOSSARY_PAGE = 'ord-og-uttrykk';

/** The words that count as a use of a term. */
const formsOf = (term: Term): string[] => term.forms ?? [term.term];

/**
 * A <Term> as it is written in MDX and in the words files that pages show (content/words/<lang>/
 * about.yaml): `<Term id="x" />`, or `<Term id="x" explained>text</Term>`.
 */
const TERM_TAG = /<Term\b([^>]*?)(?:\/>|>([\s\S]*?)<\/Term>)/g;

export type TextPiece = string | { id: string; explained: boolean; text?: string | undefined };

/** Text split into plain strings and <Term> tags, in order, for a component to render. */
export function splitTerms(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(TERM_TAG)) {
    if (m.index > last) pieces.push(text.slice(last, m.index));
    const attrs = m[1] ?? '';
    pieces.push({ id: /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '', explained: /\bexplained\b/.test(attrs), text: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** The text with each <Term> as its word, for paper: a printed page cannot link to the glossary. */
export function termsAsWords(text: string, glossary: ReadonlyMap<string, Term>): string {
  return splitTerms(text)
    .map((p) => (typeof p === 'string' ? p : (p.text ?? glossary.get(p.id)?.term ?? p.id)))
    .join('');
}

interface TermTag {
  at: number;
  id: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Blank out a match, keeping its length and line breaks, so positions and line numbers stay. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const lineOf = (source: string, at: number) => source.slice(0, at).split('\n').length;

/**
 * The running text of an MDX page with everything that is not a use blanked out (front matter,
 * imports, headings, tags and their attributes, Markdown links, expressions), and its <Term> tags.
 */
function runningText(source: string): { text: string; tags: TermTag[] } {
  const tags: TermTag[] = [];
  let text = source
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^(import|export) .*$/gm, blank)
    .replace(/^#{1,6} .*$/gm, blank)
    .replace(/<(h[1-6])\b[^>]*>[\s\S]*?<\/\1>/g, blank)
    .replace(/`[^`\n]*`/g, blank);
  text = text.replace(TERM_TAG, (match, attrs: string, _inner, at: number) => {
    tags.push({ at, id: /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '' });
    return blank(match);
  });
  text = text
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\{[^}\n]*\}/g, blank);
  return { text, tags };
}

/**
 * The problems of one page with the glossary of its language, each naming the file, the line and
 * the term: a <Term> with an id the glossary lacks, a term explained twice, and a term used (one of
 * its forms) before its <Term>. With `usesNeedTerm` false (clinicians' pages, whose readers know
 * these words) only the tags are checked.
 */
export function checkTermUse(
  file: string,
  source: string,
  glossary: Readonly<Record<string, Term>>,
  { usesNeedTerm = true } = {},
): string[] {
  const { text, tags } = runningText(source);
  const problems: string[] = [];
  const first = new Map<string, number>();
  for (const tag of tags) {
    const where = `${file}:${lineOf(source, tag.at)}`;
    if (!glossary[tag.id]) {
      problems.push(
        `${where}: <Term id="${tag.id}">: no such term in the glossary (known: ${Object.keys(glossary).join(', ')})`,
      );
    } else if (first.has(tag.id)) {
      problems.push(`${where}: <Term id="${tag.id}"> explains the term a second time: write later uses as plain words`);
    } else {
      first.set(tag.id, tag.at);
    }
  }
  if (!usesNeedTerm) return problems;
  for (const [id, term] of Object.entries(glossary)) {
    const uses = formsOf(term).map((form) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu').exec(text),
    );
    const use = uses.filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
    if (!use) continue;
    const explained = first.get(id);
    if (explained === undefined || use.index < explained) {
      problems.push(
        `${file}:${lineOf(source, use.index)}: "${use[0]}" (the term "${term.term}") is used before it is explained: ` +
          `make its first use <Term id="${id}">…</Term>`,
      );
    }
  }
  return problems;
}
