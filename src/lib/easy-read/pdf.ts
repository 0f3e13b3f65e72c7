/**
 * The easy-read leaflet: the easy-read page's text (content/words/<lang>/easy-read.yaml, through
 * `getEasyRead`) on A4, at most two pages, described in blocks for the PDF toolkit (src/lib/pdf/).
 * As Inclusion Europe's standard asks for print: large type (16 pt, headings 19 pt), one
 * sentence per line, the section's pictogram beside it (a vector Figure with its text
 * alternative, from the same SVG the page shows), plenty of white space, no columns, no
 * decoration but a thin rule at the foot. It ends with a QR code to the easy-read page in the
 * leaflet's language and that page's address, which is also the footer of each page.
 *
 * The pages' link texts («Gå til skjemaet») are left out: on paper a link leads nowhere; the code
 * and the address lead to the page that has them.
 *
 * Overflow policy `fail` on two pages: a longer text fails the build, naming the section.
 */
import type { FilledSection } from '../content/easy-read';
import { language, type Lang } from '../../i18n/languages';
import { figure, h1, h2, lines, media, renderPdf, theme, type Block, type PdfFonts } from '../pdf';
import { pictogramDrawing } from '../pictograms/pictograms';
import { addressLine, qrCode } from '../print/qr';

const EASY_READ_LAYOUT = {
  pages: 2,
  margin: 30,
  /** The body text: at least 16 pt in print (Inclusion Europe). */
  body: 16,
  leading: 1.18,
  heading: 17,
  title: 25,
  /** A pictogram's side. */
  picture: 48,
  /** Between a pictogram and its text. */
  gutter: 18,
  /** The QR code's side, quiet zone included: 3.5 cm. */
  qr: 80,
} as const;

export interface EasyReadPdf {
  lang: Lang;
  /** The easy-read page's title: the PDF's title and H1. */
  title: string;
  sections: readonly FilledSection[];
  /** The absolute URL of the easy-read page in the leaflet's language: the code's target. */
  url: string;
  /** The sentences before the code (src/i18n/<lang>/print.ts). */
  scan: readonly string[];
  /** The code's text alternative. */
  qrAlt: string;
  /** The small print at the foot of each page: the page's address. */
  footer: string;
  date: Date;
  author: string;
  keywords?: string[];
  fonts?: PdfFonts;
}

const L = EASY_READ_LAYOUT;

const EASY_READ_THEME = theme({
  margin: L.margin,
  body: { size: L.body, leading: L.leading },
  h1: { size: L.title, leading: 1.2, after: 6 },
  h2: { size: L.heading, leading: 1.1, before: 0, after: 1 },
  figure: { before: 9, after: 0 },
  footer: { size: 9, ruleGap: 10, space: 7 },
});

function section(s: FilledSection): Block {
  return media(
    figure(pictogramDrawing(s.picture.id), L.picture, s.picture.alt),
    [h2(s.heading), lines(s.lines)],
    L.gutter,
  );
}

export async function buildEasyReadPdf(doc: EasyReadPdf): Promise<Uint8Array> {
  return renderPdf({
    name: 'The easy-read leaflet',
    info: {
      title: doc.title,
      author: doc.author,
      keywords: doc.keywords,
      lang: language(doc.lang).pdfLang,
      date: doc.date,
      fonts: doc.fonts,
    },
    layout: { overflow: 'fail', pages: L.pages, theme: EASY_READ_THEME },
    footer: { kind: 'running', text: doc.footer },
    hint: 'Shorten content/words/<lang>/easy-read.yaml, or the easy-read words in src/i18n/<lang>/print.ts.',
    blocks: [
      h1(doc.title),
      ...doc.sections.map(section),
      media(qrCode(doc.url, L.qr, doc.qrAlt), [lines(doc.scan), addressLine(doc.url, { weight: 'bold' })], L.gutter),
    ],
  });
}
