/**
 * Pictures: a vector drawing (./draw.ts) or a QR code as a `Figure` with its text alternative
 * and /BBox, and a row of a picture on the left with blocks beside it (easy-read pages: a
 * pictogram by each message). Each is drawn whole.
 */
import { rgb } from 'pdf-lib';
import type { Block, FigureBlock, QrBlock } from './blocks';
import { drawDrawing, drawingHeight, drawQr } from './draw';
import { drawSequence, measure, whole, type Laid, type LayContext } from './laid';

/** A drawing `block.width` wide (at most the column), its height from its viewBox. */
export function layFigure(block: FigureBlock, width: number, ctx: LayContext): Laid & { width: number } {
  const w = Math.min(block.width, width);
  const h = drawingHeight(block.drawing, w);
  const dx = block.align === 'center' ? (width - w) / 2 : 0;
  const laid = whole(`figure «${block.alt}»`, h, ctx.theme.figure, ({ flow, parent, x }, top) => {
    const elem = flow.tags.figure(parent, block.alt, [x + dx, top - h, x + dx + w, top]);
    flow.mark(elem, (page) => drawDrawing(page, block.drawing, x + dx, top, w));
  });
  return { ...laid, width: w };
}

/** A QR code from its module matrix: black modules on a white square with the quiet zone. */
export function layQr(block: QrBlock, width: number, ctx: LayContext): Laid & { width: number } {
  const s = block.size;
  const dx = block.align === 'center' ? (width - s) / 2 : 0;
  const laid = whole(`QR code «${block.alt}»`, s, ctx.theme.figure, ({ flow, parent, x }, top) => {
    const elem = flow.tags.figure(parent, block.alt, [x + dx, top - s, x + dx + s, top]);
    flow.mark(elem, (page) => drawQr(page, block.modules, x + dx, top, s, { dark: rgb(0, 0, 0), light: rgb(1, 1, 1) }));
  });
  return { ...laid, width: s };
}

/** A picture or a QR code on the left and blocks beside it, the shorter of the two centred on the taller. */
export function layMedia(block: Extract<Block, { kind: 'media' }>, width: number, ctx: LayContext): Laid {
  const picture =
    block.figure.kind === 'qr'
      ? layQr({ ...block.figure, align: 'left' }, width, ctx)
      : layFigure(block.figure, width, ctx);
  const text = ctx.sequence(block.blocks, width - picture.width - block.gap, ctx);
  const textHeight = measure(text).height;
  const height = Math.max(picture.height, textHeight);
  return whole(`picture and text with ${text[0]?.what ?? 'nothing'}`, height, ctx.theme.figure, (at, top) => {
    at.flow.y = top - (height - picture.height) / 2;
    picture.draw(at);
    at.flow.y = top - (height - textHeight) / 2;
    drawSequence(text, { ...at, x: at.x + picture.width + block.gap, as: undefined });
  });
}
