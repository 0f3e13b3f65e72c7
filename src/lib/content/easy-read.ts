/**
 * The easy-read text (content/words/<lang>/easy-read.yaml): what it is, how it is checked, and the
 * text with its facts filled in. The same text is the easy-read page (/lettlest/,
 * src/components/easy-read/EasyRead.astro) and the easy-read leaflet.
 *
 * It follows Inclusion Europe's European standards for easy-to-read information: one message per
 * sentence, one sentence per line, no abbreviations, a picture beside each section. The schema
 * holds what can be checked per field; the readability budgets (LIX, words per sentence) are
 * tested over the whole text (tests/unit/easy-read.test.ts).
 *
 * Kept free of `astro:content` and of Vite-only imports, like ./schemas.ts.
 */
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/languages';
import { fill, resolveHref } from './fill';
import type { Registry } from './schemas';

const text = z.string().trim().min(1);

/** Abbreviations an easy-read text writes out in full (bokmål, nynorsk, English); patients do not need "PID". */
const ABBREVIATION =
  /(?<![\p{L}.])(?:f\.eks|t\.d|bl\.a|m\.a|m\.m|o\.l|osv|mv|dvs|evt|ca|pga|nr|e\.g|i\.e|etc|PID)(?![\p{L}])\.?/iu;

const noAbbreviation = (s: string) => !ABBREVIATION.test(s);
const ABBREVIATION_MESSAGE = 'write it out: no abbreviations (for example «for eksempel», not «f.eks.»)';

/** One sentence: it ends with . ? or !, and nothing inside ends a sentence. */
const sentence = text
  .regex(/[.?!]$/, 'end the sentence with . ? or !')
  .refine((s) => !/[.?!:;](?=\s)/.test(s), 'one sentence per line: split the line where a sentence ends')
  .refine(noAbbreviation, ABBREVIATION_MESSAGE);

/** A link: "url:<key>" for a URL in content/registry.yaml, or a page's bokmål path ("/skjema/"). */
const href = z
  .string()
  .regex(/^(url:[A-Za-z]+|\/([a-z0-9-]+\/)*)$/, 'href must be "url:<key>" or a page path like "/skjema/"');

const easyReadSectionSchema = z.strictObject({
  /** A short heading, often the reader's question ("Hva er SmerteReg?"). */
  heading: text.refine(noAbbreviation, ABBREVIATION_MESSAGE),
  /** The pictogram beside the section (src/assets/pictograms/<id>.svg) and what it shows, in this language. */
  picture: z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id is the name of a file in src/assets/pictograms/, without .svg'),
    alt: text,
  }),
  /** The sentences, one per line. */
  lines: z.array(sentence).min(1),
  /** Where to read or do more. */
  link: z.strictObject({ href, label: text.refine(noAbbreviation, ABBREVIATION_MESSAGE) }).optional(),
});

export const easyReadSchema = z.strictObject({
  sections: z.array(easyReadSectionSchema).min(1),
});
export type EasyRead = z.output<typeof easyReadSchema>;

/** A section with its facts filled in and its link resolved for the language. */
export interface FilledSection {
  heading: string;
  picture: { id: string; alt: string };
  lines: string[];
  /** `external`: a registry URL (another site, in Norwegian), not a page of this site. */
  link?: { href: string; label: string; external: boolean };
}

/** The text with every {placeholder} filled from the registry and every link resolved for `lang`. */
export function fillEasyRead(doc: EasyRead, registry: Registry, lang: Lang): FilledSection[] {
  const f = (s: string) => fill(s, registry, lang);
  return doc.sections.map((s) => ({
    heading: f(s.heading),
    picture: { id: s.picture.id, alt: f(s.picture.alt) },
    lines: s.lines.map(f),
    ...(s.link && {
      link: {
        href: resolveHref(s.link.href, registry, lang),
        label: f(s.link.label),
        external: s.link.href.startsWith('url:'),
      },
    }),
  }));
}

/**
 * What is wrong with a parsed text beyond its schema, as `field "…": problem` lines: an unknown
 * {placeholder}, an unknown pictogram, a registry URL key or a page that does not exist.
 */
export function easyReadProblems(
  doc: EasyRead,
  registry: Registry,
  lang: Lang,
  known: { pictograms: readonly string[]; pageExists: (path: string) => boolean },
): string[] {
  const problems: string[] = [];
  const check = (field: string, run: () => unknown) => {
    try {
      run();
    } catch (e) {
      problems.push(`field "${field}": ${(e as Error).message}`);
    }
  };
  doc.sections.forEach((s, i) => {
    const at = `sections.${i}`;
    check(`${at}.heading`, () => fill(s.heading, registry, lang));
    check(`${at}.picture.alt`, () => fill(s.picture.alt, registry, lang));
    s.lines.forEach((line, j) => check(`${at}.lines.${j}`, () => fill(line, registry, lang)));
    if (!known.pictograms.includes(s.picture.id)) {
      problems.push(`field "${at}.picture.id": no pictogram "${s.picture.id}". Known: ${known.pictograms.join(', ')}`);
    }
    if (s.link) {
      const link = s.link;
      check(`${at}.link.label`, () => fill(link.label, registry, lang));
      check(`${at}.link.href`, () => resolveHref(link.href, registry, lang));
      if (link.href.startsWith('/') && !known.pageExists(link.href)) {
        problems.push(`field "${at}.link.href": no page ${link.href} in content/pages/`);
      }
    }
  });
  return problems;
}

/**
 * The text a reader sees, one block per line (headings, sentences, link texts), for the
 * readability measures; `sentencesOnly` leaves out headings and link texts.
 */
export function easyReadText(sections: readonly FilledSection[], sentencesOnly = false): string {
  return sections
    .flatMap((s) => (sentencesOnly ? s.lines : [s.heading, ...s.lines, ...(s.link ? [s.link.label] : [])]))
    .join('\n');
}
