/**
 * A new tagged PDF: pdf-lib's document with DejaVu Sans embedded (./fonts.ts), the metadata set
 * (./conformance.ts) and an empty structure tree (./tags.ts). `save` finishes the tree, writes
 * the XMP metadata and the output intent and sets the deterministic /ID. Documents are written
 * with the flowing writer (./writer.ts) through `renderPdf` (./render.ts); this is the level
 * below, for a test or a drawing the writer does not know.
 */
import { PDFDocument, type SaveOptions } from 'pdf-lib';
import { saveConformant, setInfo, type PdfInfo } from './conformance';
import { embedFonts, type Fonts, type PdfFonts } from './fonts';
import { Tagger } from './tags';

/** A document being built: pdf-lib's document, the embedded fonts and the structure tree. */
export interface TaggedPdf {
  doc: PDFDocument;
  fonts: Fonts;
  tags: Tagger;
  /** Finishes the structure tree, the XMP metadata, the output intent and the /ID, and returns the bytes. */
  save: (options?: SaveOptions) => Promise<Uint8Array>;
}

/** A new tagged document (no pages yet) with the fonts embedded as subsets and the metadata set. */
export async function createPdf(info: PdfInfo & { fonts?: PdfFonts }): Promise<TaggedPdf> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc, info.fonts);
  setInfo(doc, info);
  const tags = new Tagger(doc);
  const save = (options?: SaveOptions) => {
    tags.finish();
    return saveConformant(doc, info, options);
  };
  return { doc, fonts, tags, save };
}
