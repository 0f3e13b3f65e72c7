/**
 * The PDF toolkit: every PDF the site makes is a short description (a list of blocks, a theme,
 * an overflow policy) rendered by `renderPdf`, tagged PDF/UA-1 and PDF/A-2a by construction.
 *
 * - ./render.ts: `renderPdf(spec)` and the overflow policies (fail, new-page, shrink).
 * - ./blocks.ts: the blocks (h1–h3, p, lines, list, box, rule, gap, pageBreak, figure, qr,
 *   media, fields); ./theme.ts: their sizes and colours (`theme({ … })` over BASE_THEME).
 * - ./writer.ts (with ./laid.ts, ./lists.ts, ./pictures.ts), ./flow.ts: the flowing writer and
 *   its pages, footer and PageOverflowError.
 * - ./text.ts: line breaking and tagged text with links; ./draw.ts: SVG drawings and QR codes;
 *   ./fields.ts: AcroForm fields with /TU; ./tags.ts: the structure tree.
 * - ./document.ts, ./conformance.ts, ./fonts.ts: a new document, its metadata, XMP, output
 *   intent and /ID, and the fonts; ./palette.ts: the site's colours.
 */
export * from './blocks';
export * from './theme';
export { PDF_CREATOR, PDFA_ID, PDFUA_PART, type PdfInfo } from './conformance';
export { createPdf, type TaggedPdf } from './document';
export { drawDrawing, drawQr, parseSvg, QR_QUIET_ZONE, qrRuns, type Drawing } from './draw';
export type { FieldCell } from './fields';
export { PageOverflowError, type Footer } from './flow';
export { loadDejaVuFonts, type Fonts, type PdfFonts } from './fonts';
export { palette, pdfColors } from './palette';
export { renderPdf, type Layout, type PdfSpec } from './render';
