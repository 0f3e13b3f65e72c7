/**
 * The helsenorge user guide as an A4 PDF, built at build time with pdf-lib from the same data as
 * the page /helsenorge-veiledning/ (src/lib/guide/guide.ts), so the download never says something the
 * page does not. DejaVu Sans is embedded (subset) like in the reservation form. Links are
 * clickable; an address behind a link text is also printed, for paper.
 *
 * It is a tagged PDF (PDF/UA-1, PDF/A-2a; see ../pdf/document.ts): title H1, headings H2, the
 * needs, the steps and the other ways as lists (L, LI, Lbl for a step's number, LBody), links as
 * Link elements; circles, boxes, underlines and the running footer are artifacts.
 *
 * The bytes are deterministic (fixed dates), so a hash of them can name the file.
 */
import { PageSizes, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Guide, Span } from './guide';
import {
  breakLines,
  createPdf,
  drawRuns,
  PDF_LANG,
  textTag,
  type Fonts,
  type PdfFonts,
  type PdfLangCode,
  type Run,
  type TextTag,
} from '../pdf/document';
import { pdfColors } from '../pdf/palette';
import type { StructElem, Tagger } from '../pdf/tags';

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

/** The site's colours (src/styles/tokens.css). */
const COLOR = pdfColors;

export interface GuidePdfMeta {
  /** The guide's language: the PDF's /Lang. */
  lang: PdfLangCode;
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
  readonly tags: Tagger;
  private readonly footer: string;
  private readonly bottom: number;

  constructor(doc: PDFDocument, fonts: Fonts, tags: Tagger, footer: string) {
    this.doc = doc;
    this.fonts = fonts;
    this.tags = tags;
    this.footer = footer;
    this.width = PageSizes.A4[0] - 2 * GUIDE_LAYOUT.margin;
    this.bottom = GUIDE_LAYOUT.margin + GUIDE_LAYOUT.smallSize * 3;
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.y = this.page.getHeight() - GUIDE_LAYOUT.margin;
    const y = GUIDE_LAYOUT.margin;
    const page = this.page;
    // A running footer on every page: an artifact.
    this.tags.artifact(
      page,
      () => {
        page.drawLine({
          start: { x: this.left, y: y + GUIDE_LAYOUT.smallSize + 5 },
          end: { x: this.left + this.width, y: y + GUIDE_LAYOUT.smallSize + 5 },
          thickness: 0.5,
          color: COLOR.rule,
        });
        page.drawText(this.footer, {
          x: this.left,
          y,
          size: GUIDE_LAYOUT.smallSize,
          font: this.fonts.regular,
          color: COLOR.muted,
        });
      },
      'Pagination',
    );
  }

  /** Draws decoration on the current page: an artifact, not content. */
  decorate(draw: (page: PDFPage) => void): void {
    const page = this.page;
    this.tags.artifact(page, () => draw(page));
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

  /** Lines of runs at x, as content of `tag`; links are underlined and clickable. */
  lines(lines: Run[][], size: number, x: number, tag: TextTag): void {
    const lineHeight = size * GUIDE_LAYOUT.leading;
    for (const line of lines) {
      const bottom = this.take(lineHeight);
      drawRuns(this.page, line, x, bottom + (lineHeight - size) / 2 + size * 0.22, size, tag, true);
    }
  }

  /** A paragraph (P) under `parent`, or the element `tag` when given (a heading, a label). */
  paragraph(
    spans: readonly Span[],
    style: Style,
    x = this.left,
    width = this.width,
    bold?: PDFFont,
    parent: StructElem = this.tags.root,
    tag: TextTag = textTag(this.tags, parent),
  ): void {
    this.lines(breakLines(runs(spans, style, bold), style.size, width), style.size, x, tag);
  }
}

/** Web addresses behind link texts that are not addresses themselves, to print for paper. */
function addressesToPrint(spans: readonly Span[]): string[] {
  return spans
    .filter(
      (s) => s.href?.startsWith('https://') && !/^[\w-]+(\.[\w-]+)+$/.test(s.text.trim()) && !s.text.startsWith('http'),
    )
    .map((s) => s.href!);
}

/** Builds the guide PDF (A4; one page with today's content) in the guide's language. */
export async function buildGuidePdf(guide: Guide, meta: GuidePdfMeta): Promise<Uint8Array> {
  const { doc, fonts, tags, save } = await createPdf({ ...meta, lang: PDF_LANG[meta.lang] });

  const L = GUIDE_LAYOUT;
  const w = new Writer(doc, fonts, tags, meta.footer);
  const { root } = tags;
  const body: Style = { font: fonts.regular, size: L.bodySize };
  const urlStyle: Style = { font: fonts.regular, size: L.smallSize + 0.5 };

  const heading = (text: string) => {
    w.gap(L.bodySize * 0.9);
    w.keep(L.headingSize * 1.3 + 6 + L.bodySize * L.leading * 2);
    w.paragraph(
      [{ text }],
      { font: fonts.bold, size: L.headingSize, color: COLOR.accent },
      w.left,
      w.width,
      undefined,
      root,
      textTag(tags, root, 'H2'),
    );
    w.gap(2);
  };
  const printAddresses = (spans: readonly Span[], x: number, width: number, parent: StructElem = root) => {
    for (const url of addressesToPrint(spans))
      w.paragraph([{ text: url, href: url }], urlStyle, x, width, undefined, parent);
  };
  /** A list item with a drawn bullet (an artifact); `draw` fills its LBody. */
  const bullet = (list: StructElem, draw: (body: StructElem) => void) => {
    w.keep(L.bodySize * L.leading);
    const cy = w.y - L.bodySize * L.leading * 0.5;
    w.decorate((page) => page.drawCircle({ x: w.left + 8, y: cy, size: 2.2, color: COLOR.accent }));
    draw(tags.add(tags.add(list, 'LI'), 'LBody'));
  };

  w.paragraph(
    [{ text: meta.title }],
    { font: fonts.bold, size: L.titleSize, color: COLOR.accent },
    w.left,
    w.width,
    undefined,
    root,
    textTag(tags, root, 'H1'),
  );
  w.gap(6);
  w.paragraph([{ text: guide.intro }], { ...body, size: L.bodySize + 1 });

  heading(guide.needs.heading);
  const needs = tags.add(root, 'L', { O: 'List', ListNumbering: 'Disc' });
  for (const item of guide.needs.items) {
    bullet(needs, (lbody) =>
      w.paragraph([{ text: item }], body, w.left + L.indent, w.width - L.indent, undefined, lbody),
    );
    w.gap(2);
  }

  heading(guide.steps.heading);
  const steps = tags.add(root, 'L', { O: 'List', ListNumbering: 'Decimal' });
  guide.steps.items.forEach((step, i) => {
    w.keep(L.circle + 4);
    const top = w.y;
    const r = L.circle / 2;
    const cy = top - L.bodySize * L.leading * 0.5;
    const item = tags.add(steps, 'LI');
    w.decorate((page) => page.drawCircle({ x: w.left + r, y: cy, size: r, color: COLOR.accent }));
    const label = String(i + 1);
    const lw = fonts.bold.widthOfTextAtSize(label, L.bodySize - 1);
    const page = w.page;
    tags.mark(page, tags.add(item, 'Lbl'), () =>
      page.drawText(label, {
        x: w.left + r - lw / 2,
        y: cy - (L.bodySize - 1) * 0.36,
        size: L.bodySize - 1,
        font: fonts.bold,
        color: COLOR.paper,
      }),
    );
    const lbody = tags.add(item, 'LBody');
    w.paragraph(step, body, w.left + L.indent, w.width - L.indent, undefined, lbody);
    printAddresses(step, w.left + L.indent, w.width - L.indent, lbody);
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
    w.decorate((page) => {
      page.drawRectangle({ x: w.left, y: top - height, width: w.width, height, color: COLOR.statementFill });
      page.drawRectangle({ x: w.left, y: top - height, width: 4, height, color: COLOR.accent });
    });
    w.y = top - pad;
    w.lines(lines, L.bodySize, w.left + pad + 4, textTag(tags, root));
    w.y = top - height;
  }

  heading(guide.confirmation.heading);
  w.paragraph([{ text: guide.confirmation.text }], body);

  heading(guide.help.heading);
  w.paragraph(guide.help.text, body);

  heading(guide.notListed.heading);
  w.paragraph([{ text: guide.notListed.intro }], body);
  w.gap(3);
  const others = tags.add(root, 'L', { O: 'List', ListNumbering: 'Disc' });
  for (const alt of guide.notListed.alternatives) {
    bullet(others, (lbody) => {
      w.paragraph([{ text: alt.title }], body, w.left + L.indent, w.width - L.indent, fonts.bold, lbody);
      w.paragraph(
        [{ text: alt.summary }],
        { ...body, color: COLOR.text },
        w.left + L.indent,
        w.width - L.indent,
        undefined,
        lbody,
      );
    });
    w.gap(4);
  }
  w.gap(2);
  w.paragraph(guide.notListed.moreInfo, body);
  printAddresses(guide.notListed.moreInfo, w.left, w.width);

  return save();
}
