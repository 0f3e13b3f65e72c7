/**
 * The flowing writer: lays out blocks (./blocks.ts) at a width, then draws them down the pages
 * of a Flow (./flow.ts), tagging as it draws, in reading order. Laying out first means a block
 * knows its height before it is drawn: a box is painted behind its text, a heading stays with
 * the first line of what follows it, and a block that cannot be split (a box, a picture, a row
 * of fields) moves to the next page whole, or fails the document, by its overflow policy.
 */
import type { Block } from './blocks';
import { layFieldRows } from './fields';
import { drawSequence, measure, quote, whole, type Laid, type LayContext } from './laid';
import { layList } from './lists';
import { layFigure, layMedia, layQr } from './pictures';
import { breakLines, drawRuns, lineWidth, spanRuns, textIn, textTag, type TextType } from './text';
import type { ParagraphStyle } from './theme';
import type { Span } from '../content/span';

export { drawSequence, type Laid, type LayContext } from './laid';

/** Lines of text as one element (P, H1, …); breakable between lines unless `whole`. */
function layText(
  lines: readonly Span[][],
  style: ParagraphStyle,
  width: number,
  ctx: LayContext,
  type: TextType,
  whole: boolean,
): Laid {
  const font = ctx.fonts[style.weight];
  const { size, leading, indent } = style;
  const runs = lines.flatMap((line) =>
    breakLines(spanRuns(line, ctx.fonts, font, style.color, ctx.theme.link.color), size, width - indent),
  );
  const lineHeight = size * leading;
  const words = lines.flatMap((line, i) => (i > 0 ? [{ text: ' ' }, ...line] : line));
  const what = `${type === 'P' ? 'paragraph' : 'heading'} ${quote(words)}`;
  return {
    what,
    height: runs.length * lineHeight,
    lead: whole ? runs.length * lineHeight : lineHeight,
    before: style.before,
    after: style.after,
    draw({ flow, parent, x, as }) {
      if (whole) flow.room(runs.length * lineHeight, what);
      const tag = as ? textIn(flow.tags, as) : textTag(flow.tags, parent, type);
      for (const line of runs) {
        const bottom = flow.take(lineHeight, what);
        const dx = style.align === 'center' ? (width - indent - lineWidth(line, size)) / 2 : 0;
        const baseline = bottom + (lineHeight - size) / 2 + size * 0.22;
        drawRuns(flow.page, line, x + indent + dx, baseline, size, tag, ctx.theme.link.underline);
      }
    },
  };
}

function layHeading(block: Extract<Block, { kind: 'heading' }>, width: number, ctx: LayContext): Laid {
  const style = { ...ctx.theme[`h${block.level}`], ...block.style };
  const text = layText([block.spans], { ...style, indent: 0 }, width, ctx, `H${block.level}`, true);
  const rule = style.rule;
  const height = text.height + (rule ? rule.gap + rule.thickness : 0);
  return {
    ...text,
    height,
    lead: height,
    keep: true,
    draw(at) {
      at.flow.room(height, text.what);
      text.draw(at);
      if (!rule) return;
      const y = at.flow.take(rule.gap + rule.thickness, text.what);
      at.flow.decorate((page) =>
        page.drawLine({
          start: { x: at.x, y },
          end: { x: at.x + width, y },
          thickness: rule.thickness,
          color: rule.color,
        }),
      );
    },
  };
}

/** Blocks on a tinted ground, with a border or a bar down the left; drawn whole. */
function layBox(block: Extract<Block, { kind: 'box' }>, width: number, ctx: LayContext): Laid {
  const { pad, fill, border, bar } = block.style;
  const inner = laySequence(block.blocks, width - pad.left - pad.right, ctx);
  const height = pad.top + measure(inner).height + pad.bottom;
  const spacing = {
    before: block.style.before ?? inner[0]?.before ?? 0,
    after: block.style.after ?? inner.at(-1)?.after ?? 0,
  };
  return whole(`box with ${inner[0]?.what ?? 'nothing'}`, height, spacing, (at, top) => {
    at.flow.decorate((page) => {
      const y = top - height;
      const edge = { borderColor: border?.color, borderWidth: border?.width ?? 0 };
      page.drawRectangle({ x: at.x, y, width, height, color: fill, ...edge });
      if (bar) page.drawRectangle({ x: at.x, y, width: bar.width, height, color: bar.color });
    });
    at.flow.y = top - pad.top;
    drawSequence(inner, { ...at, x: at.x + pad.left, as: undefined });
  });
}

/** Lays out one block at `width`. */
function lay(block: Block, width: number, ctx: LayContext): Laid {
  const { theme } = ctx;
  switch (block.kind) {
    case 'heading':
      return layHeading(block, width, ctx);
    case 'paragraph':
      return layText(block.lines, { ...ctx.body, ...block.style }, width, ctx, 'P', false);
    case 'list':
      return layList(block, width, ctx);
    case 'box':
      return layBox(block, width, ctx);
    case 'rule': {
      const style = { ...theme.rule, ...block.style };
      return whole('rule', style.thickness, style, ({ flow, x }, top) => {
        const y = top - style.thickness;
        flow.decorate((page) =>
          page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: style.thickness, color: style.color }),
        );
      });
    }
    case 'gap':
      return {
        what: 'gap',
        height: block.height,
        lead: 0,
        before: 0,
        after: 0,
        draw: ({ flow }) => flow.gap(block.height),
      };
    case 'page-break':
      return {
        what: 'page break',
        height: 0,
        lead: 0,
        before: 0,
        after: 0,
        draw: ({ flow }) => {
          if (!flow.atTop) flow.newPage('a page break');
        },
      };
    case 'figure':
      return layFigure(block, width, ctx);
    case 'qr':
      return layQr(block, width, ctx);
    case 'media':
      return layMedia(block, width, ctx);
    case 'fields':
      throw new Error('Form fields are laid out by laySequence');
  }
}

/** Lays out blocks one under the other; a block of fields becomes one item per row. */
export function laySequence(blocks: readonly Block[], width: number, ctx: LayContext): Laid[] {
  return blocks.flatMap((block) =>
    block.kind === 'fields' ? layFieldRows(block.rows, width, ctx) : [lay(block, width, ctx)],
  );
}

/** The context at the top of a document: the theme's body style, and this writer for nested blocks. */
export function layContext(theme: LayContext['theme'], fonts: LayContext['fonts']): LayContext {
  return { theme, fonts, body: theme.body, sequence: laySequence };
}
