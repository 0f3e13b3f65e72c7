/**
 * What the site's build-time PDFs (the reservation form, the clinician checklist, the helsenorge
 * guide) share: a document with DejaVu Sans embedded (subset, for æøå and Sámi letters) and its
 * metadata set, line breaking of styled text, and drawing a line with clickable links. Each
 * builder keeps its own layout.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFString, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

/** The creator written into every PDF the site makes. */
export const PDF_CREATOR = 'smertereg-reservasjon';

/** Thrown when content does not fit on the page, for a PDF that must stay one A4 page. */
export class PageOverflowError extends Error {}

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

export interface PdfInfo {
  /** The title; viewers show it in the window title bar instead of the file name. */
  title: string;
  /** The document language, e.g. "nb-NO". */
  lang: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Creation and modification date: fixed, so that the same input gives the same bytes. */
  date: Date;
  /** TTF bytes; DejaVu Sans by default. */
  fonts?: PdfFonts;
}

/** A new document (no pages yet) with the fonts embedded as subsets and the metadata set. */
export async function createPdf(info: PdfInfo): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const fontBytes = info.fonts ?? (await loadDejaVuFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true }),
  };
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.lang);
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  if (info.keywords) doc.setKeywords(info.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  return { doc, fonts };
}

/** Text in one font and colour, optionally a link. */
export interface Run {
  text: string;
  font: PDFFont;
  color: RGB;
  href?: string;
}

/** Where lines may break. Not at a no-break space, which keeps a phone number together. */
const SPACE = /([ \t\r\n]+)/;

/** Appends a run to a line, joined with the last one when it looks the same. */
function append(line: Run[], run: Run): void {
  const last = line.at(-1);
  if (last && last.font === run.font && last.color === run.color && last.href === run.href) last.text += run.text;
  else line.push({ ...run });
}

/**
 * Breaks a word wider than the line (a URL) after "/" or "#", and only as a last resort between
 * characters.
 */
function splitWide(word: Run, size: number, width: number): Run[] {
  const fits = (text: string) => word.font.widthOfTextAtSize(text, size) <= width;
  if (fits(word.text)) return [word];
  const pieces: Run[] = [];
  let current = '';
  for (const part of word.text.split(/(?<=[/#])/)) {
    for (const chunk of fits(part) ? [part] : [...part]) {
      if (current && !fits(current + chunk)) {
        pieces.push({ ...word, text: current });
        current = '';
      }
      current += chunk;
    }
  }
  pieces.push({ ...word, text: current });
  return pieces;
}

/**
 * Breaks runs into lines no wider than `width`, at spaces; a run may end mid-word ("helsenorge.no"
 * and "."), which keeps the two together. Each line is a list of runs, neighbours that look the
 * same joined into one, so that a line of plain text is drawn as one string.
 */
export function breakLines(runs: readonly Run[], size: number, width: number): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  let space = false;
  const place = (word: Run, spaceBefore: boolean) => {
    const w = word.font.widthOfTextAtSize(word.text, size);
    let gap = line.length > 0 && spaceBefore ? word.font.widthOfTextAtSize(' ', size) : 0;
    if (line.length > 0 && used + gap + w > width) {
      lines.push(line);
      line = [];
      used = 0;
      gap = 0;
    }
    if (gap > 0) {
      // The space belongs to a link only between two words of the same link.
      append(line, { ...word, text: ' ', href: line.at(-1)?.href === word.href ? word.href : undefined });
    }
    append(line, word);
    used += gap + w;
  };
  for (const run of runs) {
    for (const token of run.text.split(SPACE)) {
      if (token === '') continue;
      if (SPACE.test(token)) {
        space = true;
        continue;
      }
      splitWide({ ...run, text: token }, size, width).forEach((piece, i) => place(piece, i === 0 && space));
      space = false;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Draws a line of runs from x at the baseline. Links are clickable and, with `underline`, underlined. */
export function drawRuns(page: PDFPage, line: readonly Run[], x: number, baseline: number, size: number, underline = false): void {
  for (const run of line) {
    const w = run.font.widthOfTextAtSize(run.text, size);
    if (run.text.trim()) page.drawText(run.text, { x, y: baseline, size, font: run.font, color: run.color });
    if (run.href) {
      if (underline) {
        page.drawLine({ start: { x, y: baseline - 1.5 }, end: { x: x + w, y: baseline - 1.5 }, thickness: 0.5, color: run.color });
      }
      const { context } = page.doc;
      const annotation = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [x, baseline - size * 0.3, x + w, baseline + size * 0.95],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(run.href) },
      });
      page.node.addAnnot(context.register(annotation));
    }
    x += w;
  }
}
