/**
 * Files the site builds for download (the reservation form, the helsenorge guide, the clinicians'
 * checklist): which exist, in which folder and under which name, and how a link to one describes
 * it in the page's language («PDF, nynorsk, 46 kB»). A document exists in a language exactly when
 * that language's words name its file (`files` in src/i18n/<lang>/downloads.ts). Pure; the files
 * themselves are made in ./build-files.ts.
 */
import { createHash } from 'node:crypto';
import { words } from '../../i18n/dictionary';
import { format } from '../../i18n/format';
import { DEFAULT_LANG, language, LANGS, type Lang } from '../../i18n/languages';
import type { DocumentKind, DownloadWords } from '../../i18n/schema/index.ts';

export type { DocumentKind };

/** The folder on the site of each document. */
export const DOCUMENT_DIRS: Readonly<Record<DocumentKind, string>> = {
  form: '/skjema/',
  guide: '/helsenorge-veiledning/',
  checklist: '/helsepersonell/',
  leaflet: '/reservasjon/',
  poster: '/helsepersonell/materiell/',
  easyRead: '/lettlest/',
};

/** The paper sizes the documents are printed on. */
type PaperSize = 'A4' | 'A3';

/** How a document is printed: data, the same in every language (the words say it). */
export interface PrintSpec {
  /** The page size of the file. */
  paper: PaperSize;
  /** 2: made for both sides of one sheet. */
  sides: 1 | 2;
  /** A larger paper it stays readable on, for the wall. */
  enlargeTo?: PaperSize;
  /** The page of the site that says the same on screen (its id: "lettlest"), if any. */
  page?: string;
}

/**
 * How each document is printed, in the order the clinicians' page of printed material
 * (/helsepersonell/materiell/, src/components/material/) lists them: what goes to the patient
 * first, the checklist for the pain team last.
 */
export const DOCUMENT_PRINT: Readonly<Record<DocumentKind, PrintSpec>> = {
  leaflet: { paper: 'A4', sides: 2, page: 'reservasjon' },
  poster: { paper: 'A4', sides: 1, enlargeTo: 'A3' },
  easyRead: { paper: 'A4', sides: 1, page: 'lettlest' },
  form: { paper: 'A4', sides: 1, page: 'skjema' },
  guide: { paper: 'A4', sides: 1, page: 'helsenorge-veiledning' },
  checklist: { paper: 'A4', sides: 1, page: 'helsepersonell/huskeliste' },
};

const DOCUMENTS = Object.keys(DOCUMENT_DIRS) as DocumentKind[];

/** A download id: "<document>-<language>", e.g. "form-nn". */
export type DownloadId = `${DocumentKind}-${Lang}`;

/** The file name before the hash of a document in a language, or undefined when it does not exist there. */
export function stemOf(doc: DocumentKind, lang: Lang): string | undefined {
  return words(lang).downloads.files[doc];
}

/** Every (document, language) that exists, as ids. */
export const DOWNLOAD_IDS: readonly DownloadId[] = DOCUMENTS.flatMap((doc) =>
  LANGS.filter((lang) => stemOf(doc, lang)).map((lang): DownloadId => `${doc}-${lang}`),
);

/**
 * The download an id names on a page in `lang`: "form-nn" is that file; a document alone ("form")
 * is the file in the page's language, or in bokmål when the document does not exist in it. An
 * unknown id fails, listing the known ones.
 */
export function resolveDownloadId(id: string, lang: Lang): DownloadId {
  if ((DOWNLOAD_IDS as readonly string[]).includes(id)) return id as DownloadId;
  if (!(DOCUMENTS as readonly string[]).includes(id)) {
    throw new Error(`Unknown download "${id}". Known: ${[...DOWNLOAD_IDS, ...DOCUMENTS].join(', ')}`);
  }
  const doc = id as DocumentKind;
  return `${doc}-${stemOf(doc, lang) ? lang : DEFAULT_LANG}`;
}

/** The document and language of an id. */
export function parseDownloadId(id: DownloadId): { doc: DocumentKind; lang: Lang } {
  const at = id.lastIndexOf('-');
  return { doc: id.slice(0, at) as DocumentKind, lang: id.slice(at + 1) as Lang };
}

/** The `hreflang` of a link to a file in the language. */
export const hreflangOf = (lang: Lang): string => language(lang).htmlLang;

/** Characters of the SHA-256 (hex) in a file name: 8 is plenty to tell versions apart. */
export const HASH_LENGTH = 8;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * "reservasjonsskjema-bokmal" + bytes → "reservasjonsskjema-bokmal-1a2b3c4d": a changed file gets a
 * new name, so no cache can ever serve an old form under the new link.
 */
export function hashedStem(stem: string, bytes: Uint8Array): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem))
    throw new Error(`File stem "${stem}" must be lower-case a–z, 0–9 and "-"`);
  return `${stem}-${contentHash(bytes)}`;
}

/** kB here means 1000 bytes, as the SI prefix says. */
const KILO = 1000;

/**
 * A file size: «850 byte», «9,4 kB», «46 kB», «1,2 MB» in bokmål. One decimal below 10 (with the
 * language's decimal separator), whole numbers above; never «0 kB».
 */
export function formatSize(bytes: number, say: DownloadWords): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  if (bytes < KILO) return `${bytes} ${say.byteUnit}`;
  const [value, unit] = bytes < KILO * KILO ? [bytes / KILO, 'kB'] : [bytes / (KILO * KILO), 'MB'];
  const rounded = value < 9.95 ? value.toFixed(1) : String(Math.round(value));
  return `${rounded.replace(/\.0$/, '').replace('.', say.decimalSeparator)} ${unit}`;
}

/** The details in a download link's brackets, in the page's language `pageLang`: «PDF, nynorsk, 46 kB». */
export function fileDetails(bytes: number, fileLang: Lang, pageLang: Lang): string {
  const say = words(pageLang).downloads;
  const languageName = say.langNames[fileLang] ?? language(fileLang).name;
  return format(say.details, { type: say.pdf, language: languageName, size: formatSize(bytes, say) });
}
