/**
 * The ward poster: one A4 page in portrait, to hang as it is or enlarged to A3, described in blocks
 * for the PDF toolkit (src/lib/pdf/). One headline on a band in the site's accent colour, two or
 * three short lines, and a large QR code (7.4 cm on A4, 10.5 cm on A3) to the opt-out page in the
 * poster's language, with its address printed under it. Sized to read from across a corridor: the
 * headline is 46 pt (65 pt on A3), the lines 22 pt.
 *
 * Its words are the poster's own (src/i18n/<lang>/print.ts, facts as {placeholders}); what it says
 * is on the pages too (you may say no without a reason, and care is not affected: the rights on
 * /om-smertereg/). Overflow policy `fail` on one page: longer words fail the build.
 *
 * Tagged: the headline H1, the lines P, the code a Figure with /Alt, the address a Link; the band
 * and the running footer are artifacts.
 */
import { fill } from '../content/fill';
import type { Registry } from '../content/schemas';
import { words } from '../../i18n/dictionary';
import { format } from '../../i18n/format';
import { language, type Lang } from '../../i18n/languages';
import { box, h1, lines, p, pdfColors, renderPdf, theme, type PdfFonts } from '../pdf';
import { addressLine, qrCode } from '../print/qr';
import { printedAddress } from '../shell/site-url';

const POSTER_LAYOUT = {
  margin: 48,
  headline: 46,
  line: 22,
  scan: 17,
  address: 19,
  /** The QR code's side, quiet zone included: 210 pt is 7.4 cm on A4 (at least 4 cm asked). */
  qr: 210,
} as const;

export interface PosterMeta {
  /** The absolute URL of the opt-out page in the poster's language: the code's target. */
  url: string;
  date: Date;
  footer: string;
  author: string;
  keywords?: string[];
  fonts?: PdfFonts;
}

const L = POSTER_LAYOUT;
const C = pdfColors;

const POSTER_THEME = theme({
  margin: L.margin,
  body: { size: L.line, leading: 1.3, align: 'center' },
  h1: { size: L.headline, leading: 1.15, color: C.paper, align: 'center', after: 0 },
  figure: { before: 22, after: 10 },
  footer: { size: 10, ruleGap: 16, space: 14 },
});

const BAND = { fill: C.accent, pad: { top: 30, right: 20, bottom: 34, left: 20 }, after: 30 };

export async function buildPosterPdf(registry: Registry, lang: Lang, meta: PosterMeta): Promise<Uint8Array> {
  const say = words(lang).print;
  const f = (s: string) => fill(s, registry, lang);
  const headline = f(say.poster.headline);
  return renderPdf({
    name: 'The ward poster',
    info: {
      title: headline,
      author: meta.author,
      keywords: meta.keywords,
      lang: language(lang).pdfLang,
      date: meta.date,
      fonts: meta.fonts,
    },
    layout: { overflow: 'fail', pages: 1, theme: POSTER_THEME },
    footer: { kind: 'running', text: meta.footer },
    hint: 'Shorten the poster words in src/i18n/<lang>/print.ts.',
    blocks: [
      box(BAND, [h1(headline)]),
      ...say.poster.lines.map((line) => p(f(line), { after: 14 })),
      lines(say.poster.scan.map(f), { size: L.scan, weight: 'bold', before: 12 }),
      qrCode(meta.url, L.qr, format(say.qrAlt, { address: printedAddress(meta.url) }), 'center'),
      addressLine(meta.url, { size: L.address, weight: 'bold', align: 'center' }),
    ],
  });
}
