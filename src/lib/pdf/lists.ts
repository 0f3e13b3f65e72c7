/**
 * Lists: L, LI, an Lbl for a printed marker ("•", "1.", or a number in a filled circle) or a
 * drawn dot as decoration, and an LBody holding the item's text (straight in, for an item of one
 * paragraph) or its blocks. A list breaks between items; an item starts where its first line fits.
 */
import type { Block } from './blocks';
import type { ListStyle, Marker, ParagraphStyle } from './theme';
import type { Flow } from './flow';
import { drawSequence, measure, type Laid, type LayContext } from './laid';
import type { StructElem } from './tags';

/** A list item's marker: its height, and what it draws at the item's top (an Lbl, or decoration). */
function marker(m: Marker, ordered: boolean, n: number, body: ParagraphStyle, ctx: LayContext) {
  const label = !ordered ? '•' : m.kind === 'disc' ? String(n) : `${n}.`;
  const lineHeight = body.size * body.leading;
  const height = m.kind === 'disc' ? m.diameter : 0;
  const draw = (flow: Flow, item: StructElem, x: number, top: number) => {
    const cy = top - lineHeight / 2;
    if (m.kind === 'dot') {
      flow.decorate((page) => page.drawCircle({ x: x + m.x, y: cy, size: m.radius, color: m.color }));
      return;
    }
    const font = m.kind === 'disc' ? ctx.fonts.bold : ctx.fonts[m.weight];
    const size = m.kind === 'disc' ? body.size - 1 : body.size;
    let at = {
      x: x + (m.kind === 'glyph' ? m.x : 0),
      y: top - lineHeight + (lineHeight - body.size) / 2 + body.size * 0.22,
    };
    if (m.kind === 'disc') {
      const r = m.diameter / 2;
      flow.decorate((page) => page.drawCircle({ x: x + r, y: cy, size: r, color: m.color }));
      at = { x: x + r - font.widthOfTextAtSize(label, size) / 2, y: cy - size * 0.36 };
    }
    const color = m.kind === 'disc' ? m.textColor : m.color;
    flow.mark(flow.tags.add(item, 'Lbl'), (page) => page.drawText(label, { ...at, size, font, color }));
  };
  return { height, draw };
}

export function layList(block: Extract<Block, { kind: 'list' }>, width: number, ctx: LayContext): Laid {
  const style: ListStyle = { ...ctx.theme.list, ...block.style };
  const inner: LayContext = { ...ctx, body: { ...ctx.body, ...block.text } };
  const items = block.items.map((blocks, i) => {
    const mark = marker(block.ordered ? style.number : style.bullet, block.ordered, i + 1, inner.body, ctx);
    const body = ctx.sequence(blocks, width - style.indent, inner);
    const inline = blocks.length === 1 && blocks[0]!.kind === 'paragraph';
    const { height, lead } = measure(body);
    const what = `item ${i + 1} of a list, ${body[0]?.what ?? 'empty'}`;
    return { mark, body, inline, what, height: Math.max(mark.height, height), lead: Math.max(mark.height, lead) };
  });
  const gaps = Math.max(0, items.length - 1) * style.itemGap;
  const what = `list of ${items.length} items, from ${items[0]?.what ?? 'nothing'}`;
  return {
    what,
    height: items.reduce((sum, item) => sum + item.height, gaps),
    lead: items[0]?.lead ?? 0,
    before: style.before,
    after: style.after,
    draw({ flow, parent, x }) {
      const numbering = block.ordered ? 'Decimal' : 'Disc';
      const list = flow.tags.add(parent, 'L', { attributes: { O: 'List', ListNumbering: numbering } });
      items.forEach((item, i) => {
        if (i > 0) flow.gap(style.itemGap);
        flow.room(item.lead, item.what);
        const [page, top] = [flow.page, flow.y];
        const li = flow.tags.add(list, 'LI');
        item.mark.draw(flow, li, x, top);
        const lbody = flow.tags.add(li, 'LBody');
        drawSequence(item.body, { flow, parent: lbody, x: x + style.indent, as: item.inline ? lbody : undefined });
        if (flow.page === page) flow.y = Math.min(flow.y, top - item.mark.height);
      });
    },
  };
}
