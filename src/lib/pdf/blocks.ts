/**
 * What a document is made of: blocks (headings, paragraphs, lists, boxes, rules, figures, QR
 * codes, picture-and-text rows, form fields, page breaks), each sized and coloured by the theme
 * (./theme.ts) unless the block says otherwise. A document is a list of blocks; ./writer.ts lays
 * them out and tags them.
 */
import type { Span } from '../content/span';
import { parseSvg, type Drawing } from './draw';
import type { FieldCell } from './fields';
import { pdfColors } from './palette';
import type { BoxStyle, HeadingStyle, ListStyle, ParagraphStyle, RuleStyle } from './theme';

/** Text: a plain string, or spans (plain, bold, links). */
export type Inline = string | readonly Span[];
const spans = (text: Inline): Span[] => (typeof text === 'string' ? [{ text }] : [...text]);

export interface FigureBlock {
  kind: 'figure';
  drawing: Drawing;
  width: number;
  alt: string;
  align?: 'left' | 'center';
}

export interface QrBlock {
  kind: 'qr';
  modules: boolean[][];
  size: number;
  alt: string;
  align?: 'left' | 'center';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[]; style?: Partial<HeadingStyle> }
  | { kind: 'paragraph'; lines: Span[][]; style?: Partial<ParagraphStyle> }
  | { kind: 'list'; ordered: boolean; items: Block[][]; style?: Partial<ListStyle>; text?: Partial<ParagraphStyle> }
  | { kind: 'box'; blocks: Block[]; style: BoxStyle }
  | { kind: 'rule'; style?: Partial<RuleStyle> }
  | { kind: 'gap'; height: number }
  | { kind: 'page-break' }
  | FigureBlock
  | QrBlock
  | { kind: 'media'; figure: FigureBlock | QrBlock; gap: number; blocks: Block[] }
  | { kind: 'fields'; rows: FieldCell[][] };

const heading =
  (level: 1 | 2 | 3) =>
  (text: Inline, style?: Partial<HeadingStyle>): Block => ({ kind: 'heading', level, spans: spans(text), style });
/** Headings: the document's title (one), its sections, their parts. A heading stays with what follows it. */
export const [h1, h2, h3] = [heading(1), heading(2), heading(3)];
/** A paragraph, broken into lines to fit. */
export const p = (text: Inline, style?: Partial<ParagraphStyle>): Block => ({
  kind: 'paragraph',
  lines: [spans(text)],
  style,
});
/** One paragraph whose lines start where given (an address; easy-read text, one sentence a line). */
export const lines = (texts: readonly Inline[], style?: Partial<ParagraphStyle>): Block => ({
  kind: 'paragraph',
  lines: texts.map(spans),
  style,
});
/** A list; each item is blocks, or text for an item of one paragraph. */
export function list(
  ordered: boolean,
  items: readonly (Inline | Block[])[],
  style?: Partial<ListStyle>,
  text?: Partial<ParagraphStyle>,
): Block {
  const blocks = items.map((item) => (typeof item === 'string' || !isBlocks(item) ? [p(item)] : item));
  return { kind: 'list', ordered, items: blocks, style, text };
}
const isBlocks = (item: readonly Span[] | Block[]): item is Block[] => item.length > 0 && 'kind' in item[0]!;
export const box = (style: BoxStyle, blocks: Block[]): Block => ({ kind: 'box', blocks, style });
export const rule = (style?: Partial<RuleStyle>): Block => ({ kind: 'rule', style });
export const gap = (height: number): Block => ({ kind: 'gap', height });
export const pageBreak = (): Block => ({ kind: 'page-break' });
/** A vector picture from a small SVG (./draw.ts), `width` points wide, with its text alternative. */
export const figure = (svg: string | Drawing, width: number, alt: string, align?: 'left' | 'center'): FigureBlock => ({
  kind: 'figure',
  drawing: typeof svg === 'string' ? parseSvg(svg, pdfColors.text) : svg,
  width,
  alt,
  align,
});
/** A QR code from its module matrix (true = dark), `size` points square with its quiet zone. */
export const qr = (modules: boolean[][], size: number, alt: string, align?: 'left' | 'center'): QrBlock => ({
  kind: 'qr',
  modules,
  size,
  alt,
  align,
});
/** A picture (or a QR code) on the left and blocks beside it (easy-read: a pictogram by each message). */
export const media = (picture: FigureBlock | QrBlock, blocks: Block[], gapWidth = 12): Block => ({
  kind: 'media',
  figure: picture,
  gap: gapWidth,
  blocks,
});
export const fields = (rows: FieldCell[][]): Block => ({ kind: 'fields', rows });
