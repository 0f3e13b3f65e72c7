/**
 * The contract between the writer (./writer.ts) and its blocks: a block laid out at a width
 * knows its height, the first part of it that must stay on one page (its lead), the space around
 * it, and how to draw itself at the flow's cursor, tagged under a parent element.
 */
import type { Block } from './blocks';
import type { ParagraphStyle, Theme } from './theme';
import type { Flow } from './flow';
import type { Fonts } from './fonts';
import type { StructElem } from './tags';
import type { Span } from '../content/span';

/** Where a laid-out block is drawn: the flow (its cursor is the block's top), the parent element, the left edge. */
export interface At {
  flow: Flow;
  parent: StructElem;
  x: number;
  /** Text drawn straight into this element instead of a new P (an LBody with one paragraph). */
  as?: StructElem;
}

/** A block laid out at a width, ready to draw. */
export interface Laid {
  /** The block, for error messages. */
  what: string;
  height: number;
  /** The first part that cannot be split (all of it, for most blocks; a line, for a paragraph). */
  lead: number;
  before: number;
  after: number;
  /** Keep on the page with the lead of the next block (headings). */
  keep?: boolean;
  draw(at: At): void;
}

export interface LayContext {
  theme: Theme;
  fonts: Fonts;
  /** The style of paragraphs here (the theme's body, or a list's text style). */
  body: ParagraphStyle;
  /** Lays out nested blocks (a list item's, a box's): ./writer.ts `laySequence`, passed down. */
  sequence(blocks: readonly Block[], width: number, ctx: LayContext): Laid[];
}

/** Text for error messages: the start of the block's words, quoted. */
export const quote = (spans: readonly Span[]) => {
  const text = spans.map((s) => s.text).join('');
  return `«${text.length > 48 ? `${text.slice(0, 47)}…` : text}»`;
};

/** The height of laid-out blocks with the space between them, and of their first part that must stay together. */
export function measure(items: readonly Laid[]): { height: number; lead: number } {
  const between = (i: number) => (i > 0 ? items[i - 1]!.after + items[i]!.before : 0);
  const height = items.reduce((sum, item, i) => sum + between(i) + item.height, 0);
  const [first, second] = items;
  const lead = first?.keep && second ? first.height + between(1) + second.lead : (first?.lead ?? 0);
  return { height, lead };
}

/** Draws laid-out blocks in order; a heading moves to the next page with the lead of the block after it. */
export function drawSequence(items: readonly Laid[], at: At): void {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (i > 0) at.flow.gap(items[i - 1]!.after + item.before);
    if (item.keep && next) at.flow.room(item.height + item.after + next.before + next.lead, item.what);
    item.draw(at);
  });
}

/** A block that is drawn whole: room for all of it, then `paint` from its top. */
export function whole(
  what: string,
  height: number,
  spacing: { before: number; after: number },
  paint: (at: At, top: number) => void,
): Laid {
  return {
    what,
    height,
    lead: height,
    before: spacing.before,
    after: spacing.after,
    draw(at) {
      at.flow.room(height, what);
      const top = at.flow.y;
      paint(at, top);
      at.flow.y = top - height;
    },
  };
}
