/**
 * The words of the clinicians' checklist in one language: content/words/<lang>/checklist.yaml,
 * checked by a zod schema. A missing or empty key fails with the file and the field named. The
 * facts in the words are {placeholders} (src/lib/content/fill.ts), filled by ./checklist.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { within } from '../../i18n/languages.ts';

/** The languages the checklist is written in (a folder content/words/<lang>/ each). */
export type ChecklistLang = 'nb' | 'nn';
export const CHECKLIST_LANGS: readonly ChecklistLang[] = ['nb', 'nn'];

/** A page's locale as a checklist language: nynorsk, else bokmål (English pages show bokmål). */
export function checklistLang(locale: string | undefined): ChecklistLang {
  return within(locale, CHECKLIST_LANGS);
}

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

/** The content folder (tests point SMERTEREG_CONTENT_DIR at a fixture copy). */
const contentDir = () => process.env.SMERTEREG_CONTENT_DIR ?? 'content';

const cache = new Map<string, ChecklistWords>();

/** content/words/<lang>/checklist.yaml, read and checked once per build. */
export function readChecklistWords(lang: ChecklistLang, dir = contentDir()): ChecklistWords {
  const file = join(dir, 'words', lang, 'checklist.yaml');
  let words = cache.get(file);
  if (!words) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: the checklist in "${lang}" is made from it`);
    }
    words = parseChecklistWords(source, file);
    cache.set(file, words);
  }
  return words;
}
