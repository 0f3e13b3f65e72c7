/**
 * How a download link describes its file (<Download>: «PDF, nynorsk, 46 kB»), and the files that
 * exist in a language, per language in src/i18n/<lang>/downloads.ts. A document exists in a
 * language exactly when that language's words name its file: adding a language's file name
 * adds the file to the build (src/lib/downloads/).
 */
import type { Lang } from '../languages.ts';

export interface DownloadWords {
  /**
   * A file's language as written in this language's links ("nynorsk" on a bokmål page). A
   * language left out is named by its own name (src/i18n/languages.ts).
   */
  langNames: Partial<Record<Lang, string>>;
  pdf: string;
  /** In sizes: "9,4 kB". */
  decimalSeparator: string;
  /** Unit of sizes under 1 kB: "850 byte". */
  byteUnit: string;
  /** The details in the link's brackets: "{type}, {language}, {size}". */
  details: string;
  /**
   * The file name of each document in this language, before its content hash: lower-case a–z,
   * 0–9 and "-", and it says the language ("reservasjonsskjema-bokmal"). A document without a
   * name here does not exist in this language.
   */
  files: Partial<Record<DocumentKind, string>>;
}

/**
 * The documents the build makes, named in English like their folders in src/lib/: the
 * reservation form, the helsenorge guide, the clinicians' checklist, and the printed material for
 * the ward: the patient leaflet, the ward poster and the easy-read leaflet.
 */
export type DocumentKind = 'form' | 'guide' | 'checklist' | 'leaflet' | 'poster' | 'easyRead';
