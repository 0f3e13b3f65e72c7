/**
 * The printed material as the site lists it (src/components/material/): each document that has a
 * file in some language, in the order of DOCUMENT_PRINT, with its files, the page's language
 * first; and how its paper and printing are said in a language. A document appears as soon as a
 * language's words name its file (./downloads.ts), so nothing here names the documents one by
 * one. Pure: the files that exist come in as ids (DOWNLOAD_IDS unless a test gives others).
 */
import { format } from '../../i18n/format';
import { LANGS, type Lang } from '../../i18n/languages';
import type { PrintingWords } from '../../i18n/schema/downloads.ts';
import {
  DOCUMENT_PRINT,
  DOWNLOAD_IDS,
  parseDownloadId,
  type DocumentKind,
  type DownloadId,
  type PrintSpec,
} from './downloads';

export interface MaterialItem {
  doc: DocumentKind;
  print: PrintSpec;
  /** Its files: the one in the page's language first, then the others in site order. */
  ids: DownloadId[];
}

export interface MaterialOptions {
  /** Only these documents (in DOCUMENT_PRINT's order all the same). */
  docs?: readonly DocumentKind[];
  /** Only the files in the page's language. */
  ownLanguageOnly?: boolean;
  /** The files that exist: DOWNLOAD_IDS. */
  ids?: readonly DownloadId[];
}

/** The documents to list on a page in `lang`, each with its files; documents without a file are left out. */
export function materialFor(lang: Lang, options: MaterialOptions = {}): MaterialItem[] {
  const { docs, ownLanguageOnly = false, ids = DOWNLOAD_IDS } = options;
  const rank = (l: Lang) => (l === lang ? -1 : LANGS.indexOf(l));
  return (Object.keys(DOCUMENT_PRINT) as DocumentKind[])
    .filter((doc) => !docs || docs.includes(doc))
    .map((doc) => ({
      doc,
      print: DOCUMENT_PRINT[doc],
      ids: ids
        .map((id) => ({ id, ...parseDownloadId(id) }))
        .filter((f) => f.doc === doc && (!ownLanguageOnly || f.lang === lang))
        .sort((a, b) => rank(a.lang) - rank(b.lang))
        .map((f) => f.id),
    }))
    .filter((item) => item.ids.length > 0);
}

/** The paper and the sides of a document in words: { paper: "A4, eller A3 til å henge på veggen", sides: "på begge sider av arket" }. */
export function printFacts(print: PrintSpec, say: PrintingWords): { paper: string; sides: string } {
  return {
    paper: print.enlargeTo ? format(say.enlarged, { paper: print.paper, larger: print.enlargeTo }) : print.paper,
    sides: print.sides === 2 ? say.twoSided : say.oneSided,
  };
}
