/**
 * The checklist (./checklist.ts) as a one-page A4 PDF, described in blocks for the PDF toolkit
 * (src/lib/pdf/), from the same data as the HTML page, so the download never says something the
 * page does not. URLs are printed in full and are also clickable.
 *
 * Overflow policy `shrink`: the text is set at the largest body size from CHECKLIST_LAYOUT.sizes
 * that fits one page; if none fits, the build fails with PageOverflowError rather than produce a
 * second page.
 *
 * Tagged: title H1, each section an H2 and a list (L, LI, Lbl for the number or bullet, LBody),
 * links as Link elements, the source and review date a closing P; the warning box and the rules
 * are artifacts.
 */
import { language, type Lang } from '../../i18n/languages';
import { box, h1, h2, list, pdfColors, renderPdf, theme, type Block, type PdfFonts, type Theme } from '../pdf';
import type { Checklist, ChecklistItem, ChecklistSection, Span } from './checklist';

const CHECKLIST_LAYOUT = {
  margin: 42,
  /** Body sizes to try, largest first. */
  sizes: [10, 9.5, 9, 8.5, 8],
  leading: 1.3,
  indent: 17,
} as const;

const C = pdfColors;

export interface ChecklistPdfOptions {
  /** The checklist's language: the PDF's /Lang. */
  lang: Lang;
  /** Creation and modification date: the page's last review, so the bytes are reproducible. */
  date: Date;
  /** Printed at the foot, e.g. "Sist gjennomgått 27. november 2026". */
  footer: string;
  fonts?: PdfFonts;
}

/** The checklist's type at body size `size`: the title 7 pt larger, headings 1.5 pt, the footer 1.5 pt smaller. */
function checklistTheme(size: number): Theme {
  const { margin, leading, indent } = CHECKLIST_LAYOUT;
  const heading = size + 1.5;
  const footer = Math.max(7, size - 1.5);
  const marker = { kind: 'glyph', x: 2, weight: 'bold', color: C.text } as const;
  return theme({
    margin,
    body: { size, leading },
    h1: { size: size + 7, leading: 1.35, after: 0 },
    h2: { size: heading, leading, before: heading * 0.9, after: size * 0.15 },
    list: { indent, itemGap: size * 0.2, after: size * 0.2, bullet: marker, number: marker },
    footer: { size: footer, rule: C.muted, ruleGap: footer + 3, space: footer * (leading - 1) + 5 },
  });
}

/** The section that states the rule: in a tinted box with a bar, like the page's warning. */
const WARNING = {
  fill: C.warnFill,
  bar: { color: C.warnLine, width: 4 },
  pad: { top: 6, right: 6, bottom: 6, left: 10 },
};

/** The item as spans: the title in bold, then the detail; links keep their target. */
function itemSpans(item: ChecklistItem): Span[] {
  return [...(item.title ? [{ text: item.title, strong: true }, { text: ' ' }] : []), ...item.detail];
}

function section(s: ChecklistSection): Block[] {
  const blocks = [h2(s.title), list(s.ordered, s.items.map(itemSpans))];
  return s.rule ? [box(WARNING, blocks)] : blocks;
}

/** The checklist as one A4 page. Throws PageOverflowError when it cannot fit. */
export async function buildChecklistPdf(list: Checklist, options: ChecklistPdfOptions): Promise<Uint8Array> {
  return renderPdf({
    name: 'The checklist',
    info: { title: list.title, lang: language(options.lang).pdfLang, date: options.date, fonts: options.fonts },
    layout: { overflow: 'shrink', pages: 1, sizes: CHECKLIST_LAYOUT.sizes, theme: checklistTheme },
    blocks: [h1(list.title), ...list.sections.flatMap(section)],
    // Where the facts come from, and when the page was last reviewed: content, once, at the foot.
    footer: { kind: 'closing', text: `${list.sourceLabel}: ${list.source.label}. ${options.footer}` },
    hint: 'Shorten content/ or content/words/<lang>/checklist.yaml.',
  });
}
