/**
 * The helsenorge user guide as an A4 PDF, described in blocks for the PDF toolkit (src/lib/pdf/)
 * from the same data as the page /helsenorge-veiledning/ (src/lib/guide/guide.ts), so the
 * download never says something the page does not. Links are clickable and underlined; an
 * address behind a link text is also printed, for paper.
 *
 * Overflow policy `new-page`: one page with today's content; a longer guide continues on the
 * next page, a heading kept with what follows it.
 *
 * Tagged: title H1, headings H2, the needs, the steps and the other ways as lists (L, LI, Lbl for
 * a step's number, LBody), links as Link elements; the dots, circles, box, underlines and the
 * running footer are artifacts. The bytes are deterministic (fixed dates), so a hash can name the file.
 */
import { language, type Lang } from '../../i18n/languages';
import { box, h1, h2, list, p, pdfColors, renderPdf, theme, type Block, type PdfFonts } from '../pdf';
import type { Guide, Span } from './guide';

const GUIDE_LAYOUT = {
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

export interface GuidePdfMeta {
  /** The guide's language: the PDF's /Lang. */
  lang: Lang;
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

const L = GUIDE_LAYOUT;
const C = pdfColors;

const GUIDE_THEME = theme({
  margin: L.margin,
  body: { size: L.bodySize, leading: L.leading },
  h1: { size: L.titleSize, leading: L.leading, after: 6 },
  h2: { size: L.headingSize, leading: L.leading, before: L.bodySize * 0.9, after: 2 },
  list: {
    indent: L.indent,
    after: 2,
    bullet: { kind: 'dot', x: 8, radius: 2.2, color: C.accent },
    number: { kind: 'disc', diameter: L.circle, color: C.accent, textColor: C.paper },
  },
  footer: { size: L.smallSize, ruleGap: L.smallSize + 5, space: L.smallSize * 2 - 5 },
});

/** "The screens may change", in a tinted box with a bar in the accent colour. */
const NOTE = {
  fill: C.statementFill,
  bar: { color: C.accent, width: 4 },
  pad: { top: 8, right: 4, bottom: 8, left: 12 },
  before: 4,
};

/** Web addresses behind link texts that are not addresses themselves, printed for paper. */
function addresses(spans: readonly Span[]): Block[] {
  return spans
    .filter(
      (s) => s.href?.startsWith('https://') && !/^[\w-]+(\.[\w-]+)+$/.test(s.text.trim()) && !s.text.startsWith('http'),
    )
    .map((s) => p([{ text: s.href!, href: s.href }], { size: L.smallSize + 0.5 }));
}

/** Builds the guide PDF (A4; one page with today's content) in the guide's language. */
export async function buildGuidePdf(guide: Guide, meta: GuidePdfMeta): Promise<Uint8Array> {
  const { needs, steps, confirmation, help, notListed } = guide;
  const { lang, footer, fonts, ...info } = meta;
  return renderPdf({
    name: 'The helsenorge guide',
    info: { ...info, lang: language(lang).pdfLang, fonts },
    layout: { overflow: 'new-page', theme: GUIDE_THEME },
    footer: { kind: 'running', text: footer },
    blocks: [
      h1(meta.title),
      p(guide.intro, { size: L.bodySize + 1 }),
      h2(needs.heading),
      list(false, needs.items),
      h2(steps.heading),
      list(
        true,
        steps.items.map((step) => [p(step), ...addresses(step)]),
        { itemGap: 7, after: 7 },
      ),
      box(NOTE, [p(guide.screensMayChange)]),
      h2(confirmation.heading),
      p(confirmation.text),
      h2(help.heading),
      p(help.text),
      h2(notListed.heading),
      p(notListed.intro, { after: 3 }),
      list(
        false,
        notListed.alternatives.map((alt) => [p([{ text: alt.title, strong: true }]), p(alt.summary)]),
        { itemGap: 4, after: 6 },
      ),
      p(notListed.moreInfo),
      ...addresses(notListed.moreInfo),
    ],
  });
}
