/**
 * Files the site builds for download (the reservation form PDFs and the helsenorge guide PDF):
 * their content-hashed file names and how a link to one describes it («PDF, bokmål, 46 kB»).
 * Pure; the files themselves are made in src/lib/downloads/build-files.ts.
 */
import { createHash } from 'node:crypto';
import { ui, type UiStrings } from '../../i18n/ui';

export type DownloadLang = 'nb' | 'nn';

/** The `hreflang` of a link to the file (its language as written in the link is in src/i18n/ui.ts). */
export const HREFLANG: Readonly<Record<DownloadLang, string>> = { nb: 'nb', nn: 'nn' };

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
