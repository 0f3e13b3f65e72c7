/**
 * The helsenorge user guide as an A4 PDF, built at build time with pdf-lib from the same data as
 * the page /helsenorge-veiledning/ (src/lib/guide/guide.ts), so the download never says something the
 * page does not. DejaVu Sans is embedded (subset) like in the reservation form. Links are
 * clickable; an address behind a link text is also printed, for paper.
 *
 * The bytes are deterministic (fixed dates), so a hash of them can name the file.
 */
import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Guide, Span } from './guide';
import { breakLines, createPdf, drawRuns, type Fonts, type PdfFonts, type Run } from '../pdf/document';

export const GUIDE_LAYOUT = {
  margin: 50,
  titleSize: 19,
  headingSize: 13,
  bodySize: 11,
  smallSize: 9,
  leading: 1.4,
  /** Indent of list text; the number or bullet sits in the gutter. */
  indent: 26,
  /** Diameter of a step's number circle. */
  circle: 17,
} as const;

const COLOR = {
  text: rgb(0.1, 0.12, 0.14),
  muted: rgb(0.29, 0.33, 0.38),
  accent: rgb(0.04, 0.31, 0.42),
  link: rgb(0.04, 0.33, 0.65),
  rule: rgb(0.79, 0.82, 0.85),
  soft: rgb(0.93, 0.96, 0.97),
  white: rgb(1, 1, 1),
} as const;

export interface GuidePdfMeta {
  /** The page's title, also the PDF's title. */
  title: string;
  /** The page's description, as the PDF's subject. */
  subject: string;
  author: string;
  keywords?: string[];
  /** Creation and modification date (the page's last review), for reproducible bytes. */
  date: Date;
  /** Small print at the foot of every page, e.g. "Sist gjennomgått 27. november 2026". */
  footer: string;
  fonts?: PdfFonts;
}

interface Style {
  font: PDFFont;
  size: number;
  color?: RGB;
}

/** Spans as runs in the style; links in the link colour. */
function runs(spans: readonly Span[], style: Style, bold?: PDFFont): Run[] {
  return spans.map(({ text, href }) => ({
    text,
    font: bold ?? style.font,
    color: href ? COLOR.link : (style.color ?? COLOR.text),
    href,
  }));
}

/** Writes top to bottom and starts a new A4 page when the current one is full. */
class Writer {
  page!: PDFPage;
  y = 0;
  readonly left: number = GUIDE_LAYOUT.margin;
  readonly width: number;
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  private readonly footer: string;
  private readonly bottom: number;

  constructor(doc: PDFDocument, fonts: Fonts, footer: string) {
    this.doc = doc;
    this.fonts = fonts;
    this.footer = footer;
    this.width = PageSizes.A4[0] - 2 * GUIDE_LAYOUT.margin;
    this.bottom = GUIDE_LAYOUT.margin + GUIDE_LAYOUT.smallSize * 3;
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.y = this.page.getHeight() - GUIDE_LAYOUT.margin;
    const y = GUIDE_LAYOUT.margin;
    this.page.drawLine({
      start: { x: this.left, y: y + GUIDE_LAYOUT.smallSize + 5 },
      end: { x: this.left + this.width, y: y + GUIDE_LAYOUT.smallSize + 5 },
      thickness: 0.5,
      color: COLOR.rule,
    });
    this.page.drawText(this.footer, { x: this.left, y, size: GUIDE_LAYOUT.smallSize, font: this.fonts.regular, color: COLOR.muted });
  }

  /** Makes room for `height` points, on a new page if need be; returns the new (lower) y. */
  take(height: number): number {
    if (this.y - height < this.bottom) this.newPage();
    this.y -= height;
    return this.y;
  }

  /** Starts a new page unless `height` points fit, so a heading is never left alone at the foot. */
  keep(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Lines of runs at x; links are underlined and clickable. */
  lines(lines: Run[][], size: number, x: number): void {
    const lineHeight = size * GUIDE_LAYOUT.leading;
    for (const line of lines) {
      const bottom = this.take(lineHeight);
      drawRuns(this.page, line, x, bottom + (lineHeight - size) / 2 + size * 0.22, size, true);
    }
  }

  paragraph(spans: readonly Span[], style: Style, x = this.left, width = this.width, bold?: PDFFont): void {
    this.lines(breakLines(runs(spans, style, bold), style.size, width), style.size, x);
  }
}

/** Web addresses behind link texts that are not addresses themselves, to print for paper. */
function addressesToPrint(spans: readonly Span[]): string[] {
  return spans
    .filter((s) => s.href?.startsWith('https://') && !/^[\w-]+(\.[\w-]+)+$/.test(s.text.trim()) && !s.text.startsWith('http'))
    .map((s) => s.href!);
}

/** Builds the guide PDF (A4; one page with today's content) in bokmål. */
export async function buildGuidePdf(guide: Guide, meta: GuidePdfMeta): Promise<Uint8Array> {
  const { doc, fonts } = await createPdf({ ...meta, lang: 'nb-NO' });

  const L = GUIDE_LAYOUT;
  const w = new Writer(doc, fonts, meta.footer);
  const body: Style = { font: fonts.regular, size: L.bodySize };
  const urlStyle: Style = { font: fonts.regular, size: L.smallSize + 0.5 };

  const heading = (text: string) => {
    w.gap(L.bodySize * 0.9);
    w.keep(L.headingSize * 1.3 + 6 + L.bodySize * L.leading * 2);
    w.paragraph([{ text }], { font: fonts.bold, size: L.headingSize, color: COLOR.accent });
    w.gap(2);
  };
  const printAddresses = (spans: readonly Span[], x: number, width: number) => {
    for (const url of addressesToPrint(spans)) w.paragraph([{ text: url, href: url }], urlStyle, x, width);
  };
  const bullet = (draw: () => void) => {
    w.keep(L.bodySize * L.leading);
    w.page.drawCircle({ x: w.left + 8, y: w.y - L.bodySize * L.leading * 0.5, size: 2.2, color: COLOR.accent });
    draw();
  };

  w.paragraph([{ text: meta.title }], { font: fonts.bold, size: L.titleSize, color: COLOR.accent });
  w.gap(6);
  w.paragraph([{ text: guide.intro }], { ...body, size: L.bodySize + 1 });

  heading(guide.needs.heading);
  for (const item of guide.needs.items) {
    bullet(() => w.paragraph([{ text: item }], body, w.left + L.indent, w.width - L.indent));
    w.gap(2);
  }

  heading(guide.steps.heading);
  guide.steps.items.forEach((step, i) => {
    w.keep(L.circle + 4);
    const top = w.y;
    const r = L.circle / 2;
    const cy = top - L.bodySize * L.leading * 0.5;
    w.page.drawCircle({ x: w.left + r, y: cy, size: r, color: COLOR.accent });
    const label = String(i + 1);
    const lw = fonts.bold.widthOfTextAtSize(label, L.bodySize - 1);
    w.page.drawText(label, { x: w.left + r - lw / 2, y: cy - (L.bodySize - 1) * 0.36, size: L.bodySize - 1, font: fonts.bold, color: COLOR.white });
    w.paragraph(step, body, w.left + L.indent, w.width - L.indent);
    printAddresses(step, w.left + L.indent, w.width - L.indent);
    w.y = Math.min(w.y, top - L.circle) - 7;
  });

  // "The screens may change", in a tinted box.
  {
    const pad = 8;
    const lines = breakLines(runs([{ text: guide.screensMayChange }], body), L.bodySize, w.width - 2 * pad);
    const height = lines.length * L.bodySize * L.leading + 2 * pad;
    w.gap(4);
    w.keep(height);
    const top = w.y;
    w.page.drawRectangle({ x: w.left, y: top - height, width: w.width, height, color: COLOR.soft });
    w.page.drawRectangle({ x: w.left, y: top - height, width: 4, height, color: COLOR.accent });
    w.y = top - pad;
    w.lines(lines, L.bodySize, w.left + pad + 4);
    w.y = top - height;
  }

  heading(guide.confirmation.heading);
  w.paragraph([{ text: guide.confirmation.text }], body);

  heading(guide.help.heading);
  w.paragraph(guide.help.text, body);

  heading(guide.notListed.heading);
  w.paragraph([{ text: guide.notListed.intro }], body);
  w.gap(3);
  for (const alt of guide.notListed.alternatives) {
    bullet(() => {
      w.paragraph([{ text: alt.title }], body, w.left + L.indent, w.width - L.indent, fonts.bold);
      w.paragraph([{ text: alt.summary }], { ...body, color: COLOR.text }, w.left + L.indent, w.width - L.indent);
    });
    w.gap(4);
  }
  w.gap(2);
  w.paragraph(guide.notListed.moreInfo, body);
  printAddresses(guide.notListed.moreInfo, w.left, w.width);

  return doc.save();
}
