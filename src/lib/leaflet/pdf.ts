/**
 * The patient leaflet (./leaflet.ts) as an A4 PDF of two pages, to print on both sides, described
 * in blocks for the PDF toolkit (src/lib/pdf/). The first page says what SmerteReg is and what
 * your rights are; the second, the four ways, what happens after and where to ask or read more,
 * ending in a QR code to the opt-out page with its address printed under it.
 *
 * Overflow policy `fail` on two pages: a text that grows past them fails the build, naming the
 * block, rather than print a third page on the back of nothing.
 *
 * Tagged: title H1, sections H2, the four ways H3, the lists L/LI, the code a Figure with /Alt,
 * the addresses Links; the box behind the ways, the rules and the running footer are artifacts.
 */
import { language } from '../../i18n/languages';
import {
  box,
  h1,
  h2,
  h3,
  list,
  media,
  p,
  pageBreak,
  pdfColors,
  renderPdf,
  theme,
  type Block,
  type PdfFonts,
} from '../pdf';
import { addressLine, qrCode } from '../print/qr';
import type { Leaflet } from './leaflet';

const LEAFLET_LAYOUT = {
  pages: 2,
  margin: 48,
  body: 11.5,
  leading: 1.42,
  /** The QR code's side, quiet zone included: 3.5 cm. */
  qr: 99,
} as const;

export interface LeafletPdfMeta {
  /** Creation and modification date (the source pages' last review), for reproducible bytes. */
  date: Date;
  /** Small print at the foot of both pages. */
  footer: string;
  keywords?: string[];
  author: string;
  fonts?: PdfFonts;
}

const L = LEAFLET_LAYOUT;
const C = pdfColors;

const LEAFLET_THEME = theme({
  margin: L.margin,
  body: { size: L.body, leading: L.leading },
  h1: { size: 22, leading: 1.25, after: 8 },
  h2: { size: 15, leading: 1.3, before: 14, after: 4 },
  h3: { size: 12.5, leading: 1.3, before: 8, after: 1 },
  list: { indent: 20, itemGap: 3, bullet: { kind: 'dot', x: 6, radius: 2.4, color: C.accent } },
  figure: { before: 14, after: 0 },
  footer: { size: 9, ruleGap: 14, space: 14 },
});

/** The four ways, on a tinted ground so the eye finds them on the back page. */
const WAYS = {
  fill: C.statementFill,
  bar: { color: C.accent, width: 4 },
  pad: { top: 2, right: 10, bottom: 10, left: 16 },
};

const section = (heading: string, blocks: Block[]): Block[] => [h2(heading), ...blocks];

export async function buildLeafletPdf(leaflet: Leaflet, meta: LeafletPdfMeta): Promise<Uint8Array> {
  const { what, registered, rights, methods, after, more } = leaflet;
  const small = { size: L.body - 1.5 };
  return renderPdf({
    name: 'The patient leaflet',
    info: {
      title: leaflet.title,
      subject: leaflet.subject,
      author: meta.author,
      keywords: meta.keywords,
      lang: language(leaflet.lang).pdfLang,
      date: meta.date,
      fonts: meta.fonts,
    },
    layout: { overflow: 'fail', pages: L.pages, theme: LEAFLET_THEME },
    footer: { kind: 'running', text: meta.footer },
    hint: 'Shorten content/words/<lang>/about.yaml, methods.yaml or routes.yaml, or src/i18n/<lang>/print.ts.',
    blocks: [
      h1(leaflet.title),
      p(leaflet.meaning, { size: L.body + 1.5 }),
      ...section(what.heading, [list(false, what.items)]),
      box(WAYS, [h2(methods.heading, { before: 10 }), ...methods.items.flatMap((m) => [h3(m.title), p(m.summary)])]),
      ...section(
        after.heading,
        after.paragraphs.map((text) => p(text, { after: 5 })),
      ),
      pageBreak(),
      ...section(registered.heading, [list(false, registered.items)]),
      ...section(rights.heading, [list(false, rights.items)]),
      ...section(
        more.heading,
        more.routes.flatMap((r) => [
          h3(r.title, { before: 6 }),
          p(r.summary),
          ...(r.detail.length > 0 ? [p(r.detail, small)] : []),
        ]),
      ),
      media(
        qrCode(more.site.url, L.qr, more.site.alt),
        [
          p([{ text: more.site.line, strong: true }], { after: 4 }),
          addressLine(more.site.url, { size: L.body + 1, weight: 'bold' }),
        ],
        14,
      ),
    ],
  });
}
