/**
 * What a language's words are: one dictionary per language in src/i18n/<lang>/index.ts, grouped
 * by feature. A language of scope "patient" (src/i18n/languages.ts) has the patient features; a
 * language of scope "all" has the clinicians' too. Each language's index.ts says which it is
 * (`satisfies PatientWords` or `satisfies FullWords`), so that a missing key fails astro check;
 * src/i18n/dictionary.ts checks the same at build time against bokmål.
 */
import type { ComposerWords } from './composer.ts';
import type { DownloadWords } from './downloads.ts';
import type { FormWords } from './form.ts';
import type { GuideWords } from './guide.ts';
import type { PrintWords } from './print.ts';
import type { SearchWords } from './search.ts';
import type { RefusalWords } from './refusals.ts';
import type { ShellWords } from './shell.ts';

export type { ComposerWords } from './composer.ts';
export type { DocumentKind, DownloadWords } from './downloads.ts';
export type { FormFieldName, FormSectionName, FormWords } from './form.ts';
export type { GuideWords } from './guide.ts';
export type { PrintWords } from './print.ts';
export type { RefusalWords } from './refusals.ts';
export type { SearchWords } from './search.ts';
export type { ShellWords } from './shell.ts';

/** The words every language has: what patients read. */
export interface PatientWords {
  shell: ShellWords;
  search: SearchWords;
  form: FormWords;
  guide: GuideWords;
  downloads: DownloadWords;
  /** The printed material: the patient leaflet, the ward poster, the easy-read leaflet. */
  print: PrintWords;
}

/** The words of a language with every page: the patients' and the clinicians' tools. */
export interface FullWords extends PatientWords {
  /** The PID e-mail composer: its interface and the e-mail's fixed text. */
  composer: ComposerWords;
  /** Why the composer refuses a value. */
  refusals: RefusalWords;
}

/** The features only a language of scope "all" has. */
export const CLINICIAN_FEATURES = ['composer', 'refusals'] as const satisfies readonly Exclude<
  keyof FullWords,
  keyof PatientWords
>[];
