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
  /**
   * Each document as the clinicians' page of printed material (/helsepersonell/materiell/) and
   * the patient pages present it. Words for every document, also those not made in this language
   * yet: the page shows a document as soon as a file of it exists.
   */
  documents: Record<DocumentKind, DocumentWords>;
  /**
   * How that page says the paper and the printing of a document. The paper size and the sides are
   * data, one table for every language (DOCUMENT_PRINT in src/lib/downloads/downloads.ts), so no
   * language can say «tosidig» where another says one-sided.
   */
  printing: PrintingWords;
}

interface DocumentWords {
  /** The document's name, a heading: «Brosjyre til pasienten». */
  name: string;
  /** What it is for: who hands it to whom, or where it hangs. One to three short sentences. */
  purpose: string;
  /** The text of its download links, before the details in brackets: «Last ned brosjyren». */
  download: string;
}

export interface PrintingWords {
  /** «Papir», before the paper size. */
  paperLabel: string;
  /** A document made to be enlarged: «{paper}, eller forstørret til {larger} på veggen». */
  enlarged: string;
  /** «Skriv ut», before the sides. */
  sidesLabel: string;
  /** «på én side av arket» */
  oneSided: string;
  /** «på begge sider av arket» */
  twoSided: string;
  /** «På nettstedet», before a link to the page that says the same on screen. */
  onScreenLabel: string;
}

/**
 * The documents the build makes, named in English like their folders in src/lib/: the
 * reservation form, the helsenorge guide, the clinicians' checklist, and the printed material for
 * the ward: the patient leaflet, the ward poster and the easy-read leaflet.
 */
export type DocumentKind = 'form' | 'guide' | 'checklist' | 'leaflet' | 'poster' | 'easyRead';
