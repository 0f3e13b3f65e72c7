/**
 * The PDFs' fonts: DejaVu Sans and DejaVu Sans Bold from the dejavu-fonts-ttf package, embedded
 * as subsets (pdf-lib writes each as a Type0 font with a ToUnicode map, so text copies and reads
 * back), which covers æøå and the Sámi letters.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** TTF bytes of the regular and the bold font. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The fonts as embedded in a document. */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A font's weight, as blocks and styles name it. */
export type Weight = keyof Fonts;

let dejaVu: Promise<PdfFonts> | undefined;

/** DejaVu Sans and DejaVu Sans Bold (TTF) from node_modules, read once. */
export function loadDejaVuFonts(): Promise<PdfFonts> {
  dejaVu ??= (async () => {
    const require = createRequire(import.meta.url);
    const [regular, bold] = await Promise.all([
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })().catch((error: unknown) => {
    dejaVu = undefined;
    throw error;
  });
  return dejaVu;
}

/** Embeds both fonts as subsets (only the glyphs used end up in the file). */
export async function embedFonts(doc: PDFDocument, bytes?: PdfFonts): Promise<Fonts> {
  const ttf = bytes ?? (await loadDejaVuFonts());
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(ttf.regular, { subset: true }),
    bold: await doc.embedFont(ttf.bold, { subset: true }),
  };
}
