/**
 * Files the site builds for download (the reservation form, the helsenorge guide and the
 * clinicians' checklist, each in several languages): the table of documents × languages, their
 * content-hashed file names, and how a link to one describes it in the page's language
 * («PDF, nynorsk, 46 kB», «PDF, English, 46 kB»). Pure; the files themselves are made in
 * src/lib/downloads/build-files.ts.
 */
import { createHash } from 'node:crypto';
import { ui, type UiStrings } from '../../i18n/ui';
import { within } from '../../i18n/languages.ts';

/** A language of a file, and of the page that links to it. */
export type DownloadLang = 'nb' | 'nn' | 'en';
export const DOWNLOAD_LANGS: readonly DownloadLang[] = ['nb', 'nn', 'en'];

/** A page's locale (Astro.currentLocale) as a language; undefined or unknown is bokmål. */
export function pageLang(locale: string | undefined): DownloadLang {
  return within(locale, DOWNLOAD_LANGS);
}

/** The documents the build makes; each exists in the languages its row of DOCUMENTS names. */
export type DocumentKind = 'skjema' | 'veiledning' | 'huskeliste';

export interface DocumentRow {
  /** The folder on the site, e.g. "/skjema/". */
  dir: string;
  /** File name before the hash, per language: ASCII, and it says the language. */
  stems: Partial<Record<DownloadLang, string>>;
}

/** The one table of downloads: (document, language) → folder and file name. */
export const DOCUMENTS: Readonly<Record<DocumentKind, DocumentRow>> = {
  skjema: {
    dir: '/skjema/',
    stems: { nb: 'reservasjonsskjema-bokmal', nn: 'reservasjonsskjema-nynorsk', en: 'opt-out-form-english' },
  },
  veiledning: {
    dir: '/helsenorge-veiledning/',
    stems: { nb: 'veiledning-helsenorge-bokmal', nn: 'rettleiing-helsenorge-nynorsk' },
  },
  huskeliste: {
    dir: '/helsepersonell/',
    stems: { nb: 'huskeliste-smerteteam-bokmal', nn: 'huskeliste-smerteteam-nynorsk' },
  },
};

/** A download id: "<document>-<language>", e.g. "skjema-nn". */
export type DownloadId = `${DocumentKind}-${DownloadLang}`;

/** Every (document, language) in the table, as ids. */
export const DOWNLOAD_IDS: readonly DownloadId[] = (Object.keys(DOCUMENTS) as DocumentKind[]).flatMap((doc) =>
  DOWNLOAD_LANGS.filter((lang) => DOCUMENTS[doc].stems[lang]).map((lang): DownloadId => `${doc}-${lang}`),
);

/**
 * Ids that name a document without its language: the file in the page's language (bokmål when
 * the document does not exist in it). "veiledning-helsenorge" and "huskeliste" are the ids the
 * pages used before there was more than one language; they keep working, and a translated page
 * that keeps them links to its own language's file.
 */
export const DOCUMENT_ALIASES: Readonly<Record<string, DocumentKind>> = {
  skjema: 'skjema',
  veiledning: 'veiledning',
  'veiledning-helsenorge': 'veiledning',
  huskeliste: 'huskeliste',
};

/** The download an id names on a page in `lang`; an unknown id fails, listing the known ones. */
export function resolveDownloadId(id: string, lang: DownloadLang): DownloadId {
  if ((DOWNLOAD_IDS as readonly string[]).includes(id)) return id as DownloadId;
  const doc = DOCUMENT_ALIASES[id];
  if (!doc)
    throw new Error(
      `Unknown download "${id}". Known: ${[...DOWNLOAD_IDS, ...Object.keys(DOCUMENT_ALIASES)].join(', ')}`,
    );
  return `${doc}-${DOCUMENTS[doc].stems[lang] ? lang : 'nb'}`;
}

/** The document and language of an id. */
export function parseDownloadId(id: DownloadId): { doc: DocumentKind; lang: DownloadLang } {
  const at = id.lastIndexOf('-');
  return { doc: id.slice(0, at) as DocumentKind, lang: id.slice(at + 1) as DownloadLang };
}

/** The `hreflang` of a link to a file in the language. */
export const HREFLANG: Readonly<Record<DownloadLang, string>> = { nb: 'nb', nn: 'nn', en: 'en' };

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
export const KILO = 1000;

/** The words a download link uses (`download` in src/i18n/ui.ts). */
export type DownloadWords = UiStrings['download'];

/**
 * A file size: «850 byte», «9,4 kB», «46 kB», «1,2 MB» in bokmål. One decimal below 10 (with the
 * language's decimal separator), whole numbers above; never «0 kB».
 */
export function formatSize(bytes: number, words: DownloadWords = ui().download): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  if (bytes < KILO) return `${bytes} ${words.byteUnit}`;
  const [value, unit] = bytes < KILO * KILO ? [bytes / KILO, 'kB'] : [bytes / (KILO * KILO), 'MB'];
  const rounded = value < 9.95 ? value.toFixed(1) : String(Math.round(value));
  return `${rounded.replace(/\.0$/, '').replace('.', words.decimalSeparator)} ${unit}`;
}

/** The details in a download link's brackets: «PDF, bokmål, 46 kB» (default: bokmål words). */
export function fileDetails(bytes: number, lang: DownloadLang, words: DownloadWords = ui().download): string {
  return words.details(words.pdf, words.langNames[lang], formatSize(bytes, words));
}
