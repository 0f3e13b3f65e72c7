/**
 * The words of the clinicians' checklist in one language: content/words/<lang>/checklist.yaml, the
 * `checklist` collection (src/lib/content/loaders/checklist.ts; read with getChecklistWords() from
 * src/lib/content/read.ts), checked by the zod schema below. A missing or empty key fails the build
 * with the file and the field named. The facts in the words are {placeholders}
 * (src/lib/content/fill.ts), filled by ./checklist.ts.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';

/*
 * The checklist is for clinicians, so it exists in the languages with every page: FULL_LANGS
 * (src/i18n/languages.ts), one file content/words/<lang>/checklist.yaml each.
 */

const text = z.string().trim().min(1);
const titled = z.strictObject({ title: text, detail: text });
const section = z.strictObject({ title: text, items: z.array(text).min(1) });

export const checklistWordsSchema = z.strictObject({
  title: text,
  /** The text of the link to the PDF. */
  download: text,
  /** "You can print this page too", under the download link. */
  print: text,
  /** The text of the link to the e-mail composer. */
  composerLink: text,
  /** The text of the link to the page of printed material (/helsepersonell/materiell/). */
  materialLink: text,
  /** "Kilde", before the source at the foot. */
  sourceLabel: text,
  source: text,
  /** "Sist gjennomgått", before the review date in the PDF's footer. */
  reviewed: text,
  /** Numbers as words at the start of a title ("Fire måter …"); others are written as digits. */
  numbers: z.record(z.string().regex(/^\d+$/), text),
  contact: z.strictObject({ phone: text, email: text, find: text, findOther: text }),
  sayToPatient: section,
  routes: z.strictObject({ title: text }),
  methods: z.strictObject({ title: text }),
  oral: z.strictObject({ title: text, call: text, email: text, pid: titled, never: titled }),
  deadline: section,
  rule: section,
});

export type ChecklistWords = z.output<typeof checklistWordsSchema>;

/** Parses and checks the words; `file` names the file in the error. */
export function parseChecklistWords(yamlText: string, file: string): ChecklistWords {
  const result = checklistWordsSchema.safeParse(parse(yamlText));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`);
  throw new Error(`${file}: ${problems.join('; ')}`);
}
