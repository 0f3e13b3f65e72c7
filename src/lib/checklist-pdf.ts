/**
 * The checklist (./checklist.ts) as a one-page A4 PDF, built at build time with pdf-lib from
 * the same data as the HTML page, so the download never says something the page does not.
 * DejaVu Sans is embedded (subset) for æøå. URLs are printed in full and are also clickable.
 *
 * The text is set at the largest size from LAYOUT.sizes that fits one page; if none fits, the
 * build fails with PageOverflowError rather than produce a second page.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFString, PageSizes, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Checklist, ChecklistItem, Span } from './checklist';
import { loadDejaVuFonts, PageOverflowError, type PdfFonts } from './form/pdf';

export const CHECKLIST_LAYOUT = {
  margin: 42,
  /** Body sizes to try, largest first. */
  sizes: [10, 9.5, 9, 8.5, 8],
  leading: 1.3,
  indent: 17,
} as const;

const COLOR = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.35, 0.35, 0.35),
  accent: rgb(0.04, 0.31, 0.42),
  link: rgb(0.04, 0.33, 0.65),
  warnFill: rgb(1, 0.957, 0.878),
  warnLine: rgb(0.7, 0.36, 0),
} as const;

export interface ChecklistPdfOptions {
  /** Creation and modification date: the page's last review, so the bytes are reproducible. */
  date: Date;
  /** Printed at the foot, e.g. "Sist gjennomgått 27. november 2026". */
  footer: string;
  fonts?: PdfFonts;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A word (or part of a long URL) with its style, laid out on a line. */
interface Piece {
  text: string;
  font: PDFFont;
  href?: string;
  /** A space before this piece, unless it starts a line. */
  spaceBefore: boolean;
}

/** Words of the item in order; a title is bold, links keep their target. */
function pieces(item: ChecklistItem, fonts: Fonts): Piece[] {
  const spans: Span[] = [...(item.title ? [{ text: item.title, strong: true }, { text: ' ' }] : []), ...item.detail];
  const out: Piece[] = [];
  let space = false;
  for (const span of spans) {
    const font = span.strong ? fonts.bold : fonts.regular;
    // Split on spaces; remember whether a space came before each word (spans may end mid-word).
    for (const token of span.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        space = true;
        continue;
      }
      out.push({ text: token, font, href: span.href, spaceBefore: space && out.length > 0 });
      space = false;
    }
  }
  return out;
}

/** Breaks a piece wider than the line (a URL) after "/" or "#", or else between characters. */
function splitWide(piece: Piece, size: number, maxWidth: number): Piece[] {
  const width = (s: string) => piece.font.widthOfTextAtSize(s, size);
  if (width(piece.text) <= maxWidth) return [piece];
  const out: Piece[] = [];
  let line = '';
  for (const part of piece.text.split(/(?<=[/#])/)) {
    for (const chunk of width(part) > maxWidth ? [...part] : [part]) {
      if (line && width(line + chunk) > maxWidth) {
        out.push({ ...piece, text: line, spaceBefore: out.length === 0 && piece.spaceBefore });
        line = '';
      }
      line += chunk;
    }
  }
  if (line) out.push({ ...piece, text: line, spaceBefore: out.length === 0 && piece.spaceBefore });
  return out;
}

/** Greedy line breaking of styled pieces. */
function lines(ps: Piece[], size: number, maxWidth: number): Piece[][] {
  const result: Piece[][] = [];
  let line: Piece[] = [];
  let x = 0;
  const spaceWidth = (p: Piece) => p.font.widthOfTextAtSize(' ', size);
  for (const whole of ps) {
    for (const p of splitWide(whole, size, maxWidth)) {
      const w = p.font.widthOfTextAtSize(p.text, size);
      const gap = line.length > 0 && p.spaceBefore ? spaceWidth(p) : 0;
      if (line.length > 0 && x + gap + w > maxWidth) {
        result.push(line);
        line = [];
        x = 0;
      }
      x += (line.length > 0 && p.spaceBefore ? spaceWidth(p) : 0) + w;
      line.push(p);
    }
  }
  if (line.length > 0) result.push(line);
  return result;
}

/** Lays out the whole checklist at one size; with draw false it only measures. */
function layout(page: PDFPage, fonts: Fonts, list: Checklist, footer: string, size: number, draw: boolean): boolean {
  const { margin, leading, indent } = CHECKLIST_LAYOUT;
  const { width: pageWidth, height: pageHeight } = page.getSize();
  const left = margin;
  const width = pageWidth - 2 * margin;
  const footerSize = Math.max(7, size - 1.5);
  const bottom = margin + footerSize * leading + 8;
  const lineHeight = size * leading;
  let y = pageHeight - margin;
  const links: { x: number; y: number; w: number; h: number; href: string }[] = [];

  const drawLine = (line: Piece[], x0: number, baseline: number) => {
    let x = x0;
    line.forEach((p, i) => {
      if (i > 0 && p.spaceBefore) x += p.font.widthOfTextAtSize(' ', size);
      const w = p.font.widthOfTextAtSize(p.text, size);
      if (draw) {
        page.drawText(p.text, { x, y: baseline, size, font: p.font, color: p.href ? COLOR.link : COLOR.text });
        if (p.href) {
          page.drawLine({ start: { x, y: baseline - 1.2 }, end: { x: x + w, y: baseline - 1.2 }, thickness: 0.4, color: COLOR.link });
          links.push({ x, y: baseline - size * 0.25, w, h: size * 1.1, href: p.href });
        }
      }
      x += w;
    });
  };

  // Title
  const titleSize = size + 7;
  y -= titleSize;
  if (draw) page.drawText(list.title, { x: left, y, size: titleSize, font: fonts.bold, color: COLOR.accent });
  y -= titleSize * 0.35;

  for (const section of list.sections) {
    const headingSize = size + 1.5;
    y -= headingSize * 0.9;
    const top = y;
    const boxPad = section.rule ? 6 : 0;
    const innerLeft = left + (section.rule ? 10 : 0);
    const innerWidth = width - (section.rule ? 10 + boxPad : 0);
    // Measure the section first, so that a rule box can be drawn behind its text.
    const itemLines = section.items.map((item) => lines(pieces(item, fonts), size, innerWidth - indent));
    const height =
      boxPad + headingSize * leading + itemLines.reduce((h, ls) => h + ls.length * lineHeight + size * 0.2, 0) + boxPad;
    if (top - height < bottom) return false;
    if (draw && section.rule) {
      page.drawRectangle({ x: left, y: top - height, width, height, color: COLOR.warnFill });
      page.drawRectangle({ x: left, y: top - height, width: 4, height, color: COLOR.warnLine });
    }
    y -= boxPad + headingSize;
    if (draw) page.drawText(section.title, { x: innerLeft, y, size: headingSize, font: fonts.bold, color: COLOR.accent });
    y -= headingSize * (leading - 1) + size * 0.15;
    itemLines.forEach((ls, i) => {
      ls.forEach((line, j) => {
        y -= lineHeight;
        if (j === 0 && draw) {
          const marker = section.ordered ? `${i + 1}.` : '•';
          page.drawText(marker, { x: innerLeft + 2, y, size, font: fonts.bold, color: COLOR.text });
        }
        drawLine(line, innerLeft + indent, y);
      });
      y -= size * 0.2;
    });
    y = top - height;
  }

  if (draw) {
    // Footer: where the facts come from, and when the page was last reviewed.
    const text = `Kilde: ${list.source.label}. ${footer}`;
    page.drawLine({ start: { x: left, y: margin + footerSize + 3 }, end: { x: left + width, y: margin + footerSize + 3 }, thickness: 0.5, color: COLOR.muted });
    page.drawText(text, { x: left, y: margin, size: footerSize, font: fonts.regular, color: COLOR.muted });
    for (const l of links) addLink(page, l);
  }
  return true;
}

/** A clickable area over a drawn URL. */
function addLink(page: PDFPage, { x, y, w, h, href }: { x: number; y: number; w: number; h: number; href: string }): void {
  const ctx = page.doc.context;
  const annot = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, y, x + w, y + h],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) },
    }),
  );
  page.node.addAnnot(annot);
}

/** The checklist as one A4 page. Throws PageOverflowError when it cannot fit. */
export async function buildChecklistPdf(list: Checklist, options: ChecklistPdfOptions): Promise<Uint8Array> {
  const fontBytes = options.fonts ?? (await loadDejaVuFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true }),
  };
  doc.setTitle(list.title, { showInWindowTitleBar: true });
  doc.setLanguage('nb-NO');
  doc.setCreator('smertereg-reservasjon');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);

  const page = doc.addPage(PageSizes.A4);
  const size = CHECKLIST_LAYOUT.sizes.find((s) => layout(page, fonts, list, options.footer, s, false));
  if (size === undefined) {
    throw new PageOverflowError(
      `The checklist does not fit one A4 page even at ${CHECKLIST_LAYOUT.sizes.at(-1)}pt. Shorten content/ or the wording in src/lib/checklist.ts.`,
    );
  }
  layout(page, fonts, list, options.footer, size, true);
  return doc.save();
}
