/**
 * The checklist (./checklist.ts) as a one-page A4 PDF, built at build time with pdf-lib from
 * the same data as the HTML page, so the download never says something the page does not.
 * DejaVu Sans is embedded (subset) for æøå. URLs are printed in full and are also clickable.
 *
 * The text is set at the largest size from LAYOUT.sizes that fits one page; if none fits, the
 * build fails with PageOverflowError rather than produce a second page.
 */
import { PageSizes, rgb, type PDFPage } from 'pdf-lib';
import type { Checklist, ChecklistItem, Span } from './checklist';
import { breakLines, createPdf, drawRuns, PageOverflowError, type Fonts, type PdfFonts, type Run } from '../pdf/document';

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

/** The item as runs: the title in bold, then the detail; links keep their target. */
function itemRuns(item: ChecklistItem, fonts: Fonts): Run[] {
  const spans: Span[] = [...(item.title ? [{ text: item.title, strong: true }, { text: ' ' }] : []), ...item.detail];
  return spans.map((span) => ({
    text: span.text,
    font: span.strong ? fonts.bold : fonts.regular,
    color: span.href ? COLOR.link : COLOR.text,
    href: span.href,
  }));
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
    const itemLines = section.items.map((item) => breakLines(itemRuns(item, fonts), size, innerWidth - indent));
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
        if (draw) drawRuns(page, line, innerLeft + indent, y, size, true);
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
  }
  return true;
}

/** The checklist as one A4 page. Throws PageOverflowError when it cannot fit. */
export async function buildChecklistPdf(list: Checklist, options: ChecklistPdfOptions): Promise<Uint8Array> {
  const { doc, fonts } = await createPdf({
    title: list.title,
    lang: 'nb-NO',
    date: options.date,
    fonts: options.fonts,
  });

  const page = doc.addPage(PageSizes.A4);
  const size = CHECKLIST_LAYOUT.sizes.find((s) => layout(page, fonts, list, options.footer, s, false));
  if (size === undefined) {
    throw new PageOverflowError(
      `The checklist does not fit one A4 page even at ${CHECKLIST_LAYOUT.sizes.at(-1)}pt. Shorten content/ or the wording in src/lib/checklist/checklist.ts.`,
    );
  }
  layout(page, fonts, list, options.footer, size, true);
  return doc.save();
}
