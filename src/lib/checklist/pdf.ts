/**
 * The checklist (./checklist.ts) as a one-page A4 PDF, built at build time with pdf-lib from
 * the same data as the HTML page, so the download never says something the page does not.
 * DejaVu Sans is embedded (subset) for æøå. URLs are printed in full and are also clickable.
 *
 * The text is set at the largest size from LAYOUT.sizes that fits one page; if none fits, the
 * build fails with PageOverflowError rather than produce a second page.
 *
 * It is a tagged PDF (PDF/UA-1, PDF/A-2a; see ../pdf/document.ts): title H1, section titles H2,
 * each section's items a list (L, LI, Lbl for the number or bullet, LBody), links as Link
 * elements, the source and review date a closing P; the tinted boxes and rules are artifacts.
 */
import { PageSizes, type PDFPage } from 'pdf-lib';
import type { Checklist, ChecklistItem, Span } from './checklist';
import {
  breakLines,
  createPdf,
  drawRuns,
  PageOverflowError,
  PDF_LANG,
  textTag,
  type Fonts,
  type PdfFonts,
  type PdfLangCode,
  type Run,
} from '../pdf/document';
import { pdfColors } from '../pdf/palette';
import type { Tagger } from '../pdf/tags';

export const CHECKLIST_LAYOUT = {
  margin: 42,
  /** Body sizes to try, largest first. */
  sizes: [10, 9.5, 9, 8.5, 8],
  leading: 1.3,
  indent: 17,
} as const;

/** The site's colours (src/styles/tokens.css). */
const COLOR = pdfColors;

export interface ChecklistPdfOptions {
  /** The checklist's language: the PDF's /Lang. */
  lang: PdfLangCode;
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

/** Lays out the whole checklist at one size; without `tags` it only measures, with them it draws and tags. */
function layout(page: PDFPage, fonts: Fonts, list: Checklist, footer: string, size: number, tags?: Tagger): boolean {
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
  if (tags)
    tags.mark(page, tags.add(tags.root, 'H1'), () =>
      page.drawText(list.title, { x: left, y, size: titleSize, font: fonts.bold, color: COLOR.accent }),
    );
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
    if (tags && section.rule) {
      tags.artifact(page, () => {
        page.drawRectangle({ x: left, y: top - height, width, height, color: COLOR.warnFill });
        page.drawRectangle({ x: left, y: top - height, width: 4, height, color: COLOR.warnLine });
      });
    }
    y -= boxPad + headingSize;
    const headingY = y;
    if (tags)
      tags.mark(page, tags.add(tags.root, 'H2'), () =>
        page.drawText(section.title, {
          x: innerLeft,
          y: headingY,
          size: headingSize,
          font: fonts.bold,
          color: COLOR.accent,
        }),
      );
    y -= headingSize * (leading - 1) + size * 0.15;
    const listElem = tags?.add(tags.root, 'L', { O: 'List', ListNumbering: section.ordered ? 'Decimal' : 'Disc' });
    itemLines.forEach((ls, i) => {
      const item = listElem && tags?.add(listElem, 'LI');
      const lbl = item && tags?.add(item, 'Lbl');
      const lbody = item && tags && textTag(tags, item, 'LBody');
      ls.forEach((line, j) => {
        y -= lineHeight;
        const lineY = y;
        if (j === 0 && tags && lbl) {
          const marker = section.ordered ? `${i + 1}.` : '•';
          tags.mark(page, lbl, () =>
            page.drawText(marker, { x: innerLeft + 2, y: lineY, size, font: fonts.bold, color: COLOR.text }),
          );
        }
        if (lbody) drawRuns(page, line, innerLeft + indent, y, size, lbody, true);
      });
      y -= size * 0.2;
    });
    y = top - height;
  }

  if (tags) {
    // Footer: where the facts come from, and when the page was last reviewed. Content, not a
    // running footer: the page has it once.
    const text = `${list.sourceLabel}: ${list.source.label}. ${footer}`;
    tags.artifact(page, () =>
      page.drawLine({
        start: { x: left, y: margin + footerSize + 3 },
        end: { x: left + width, y: margin + footerSize + 3 },
        thickness: 0.5,
        color: COLOR.muted,
      }),
    );
    tags.mark(page, tags.add(tags.root, 'P'), () =>
      page.drawText(text, { x: left, y: margin, size: footerSize, font: fonts.regular, color: COLOR.muted }),
    );
  }
  return true;
}

/** The checklist as one A4 page. Throws PageOverflowError when it cannot fit. */
export async function buildChecklistPdf(list: Checklist, options: ChecklistPdfOptions): Promise<Uint8Array> {
  const { doc, fonts, tags, save } = await createPdf({
    title: list.title,
    lang: PDF_LANG[options.lang],
    date: options.date,
    fonts: options.fonts,
  });

  const page = doc.addPage(PageSizes.A4);
  const size = CHECKLIST_LAYOUT.sizes.find((s) => layout(page, fonts, list, options.footer, s));
  if (size === undefined) {
    throw new PageOverflowError(
      `The checklist does not fit one A4 page even at ${CHECKLIST_LAYOUT.sizes.at(-1)}pt. Shorten content/ or the wording in src/lib/checklist/checklist.ts.`,
    );
  }
  layout(page, fonts, list, options.footer, size, tags);
  return save();
}
