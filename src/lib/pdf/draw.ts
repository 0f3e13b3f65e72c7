/**
 * Vector pictures for the PDFs: a small SVG (the same file a page can show) read into shapes and
 * drawn as PDF paths, and a QR code drawn from its module matrix as filled rectangles. Never a
 * raster image: both stay sharp at any print size and add a few hundred bytes.
 *
 * The SVG subset: one <svg> with a viewBox; <path d>, <rect> (with rx/ry), <circle>, <ellipse>,
 * <line>, <polyline> and <polygon>, grouped in <g> if need be; fill, stroke, stroke-width,
 * stroke-linecap and stroke-linejoin, on a shape or inherited from <svg> and <g>; colours as
 * #rgb, #rrggbb, none or currentColor. <title> and <desc> are skipped. Anything else (transform,
 * style, text, gradients, …) fails loudly rather than drawing something else.
 */
import {
  drawSvgPath,
  fill,
  LineCapStyle,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setLineJoin,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from 'pdf-lib';

/** One shape of a drawing, as an SVG path in the drawing's own coordinates (y down). */
interface Shape {
  d: string;
  fill?: RGB;
  stroke?: RGB;
  strokeWidth: number;
  lineCap: LineCapStyle;
  lineJoin: LineJoinStyle;
}

/** A vector drawing: its viewBox and its shapes, in painting order. */
export interface Drawing {
  viewBox: [number, number, number, number];
  shapes: Shape[];
}

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const SKIPPED = new Set(['title', 'desc']);
const INHERITED = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'] as const;
const UNSUPPORTED = /^(transform|style|class|clip-path|mask|filter|opacity|fill-opacity|stroke-opacity|fill-rule)$/;
const CAPS: Record<string, LineCapStyle> = {
  butt: LineCapStyle.Butt,
  round: LineCapStyle.Round,
  square: LineCapStyle.Projecting,
};
const JOINS: Record<string, LineJoinStyle> = {
  miter: LineJoinStyle.Miter,
  round: LineJoinStyle.Round,
  bevel: LineJoinStyle.Bevel,
};

type Attrs = Record<string, string>;

function attributes(source: string, element: string): Attrs {
  const out: Attrs = {};
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    if (UNSUPPORTED.test(name)) throw new Error(`SVG: <${element} ${name}> is not supported in the PDFs' drawings`);
    out[name] = m[2] ?? m[3] ?? '';
  }
  return out;
}

function colour(value: string | undefined, current: RGB): RGB | undefined {
  if (value === undefined || value === 'none') return undefined;
  if (value === 'currentColor') return current;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) throw new Error(`SVG: colour "${value}" is not #rgb, #rrggbb, none or currentColor`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const n = Number.parseInt(full, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

const num = (a: Attrs, key: string, fallback = 0) => (a[key] === undefined ? fallback : Number(a[key]));

/** A shape element as an SVG path: <path> as it is, the basic shapes converted. */
function pathOf(element: string, a: Attrs): string {
  const [x, y, w, h] = [num(a, 'x'), num(a, 'y'), num(a, 'width'), num(a, 'height')];
  switch (element) {
    case 'path':
      return a.d ?? '';
    case 'rect': {
      const rx = Math.min(num(a, 'rx', num(a, 'ry')), w / 2);
      const ry = Math.min(num(a, 'ry', rx), h / 2);
      if (rx === 0 || ry === 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      const arc = (dx: number, dy: number) => `A${rx} ${ry} 0 0 1 ${dx} ${dy}`;
      return (
        `M${x + rx} ${y}H${x + w - rx}${arc(x + w, y + ry)}V${y + h - ry}${arc(x + w - rx, y + h)}` +
        `H${x + rx}${arc(x, y + h - ry)}V${y + ry}${arc(x + rx, y)}Z`
      );
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(a, 'cx'), num(a, 'cy')];
      const rx = element === 'circle' ? num(a, 'r') : num(a, 'rx');
      const ry = element === 'circle' ? rx : num(a, 'ry');
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    case 'line':
      return `M${num(a, 'x1')} ${num(a, 'y1')}L${num(a, 'x2')} ${num(a, 'y2')}`;
    default: {
      const points = (a.points ?? '').trim().split(/[\s,]+/);
      const pairs = points.flatMap((p, i) => (i % 2 ? [] : [`${p} ${points[i + 1]}`]));
      return `M${pairs.join('L')}${element === 'polygon' ? 'Z' : ''}`;
    }
  }
}

/**
 * Reads a small SVG into a drawing. `current` is the colour of `currentColor` (the text colour
 * by default in the writer).
 */
export function parseSvg(svg: string, current: RGB = rgb(0, 0, 0)): Drawing {
  const source = svg.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '');
  let viewBox: Drawing['viewBox'] | undefined;
  const shapes: Shape[] = [];
  const stack: Attrs[] = [{ fill: '#000', 'stroke-width': '1', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter' }];
  let skipping = 0;
  for (const m of source.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>/g)) {
    const [, closing, element = '', rest = '', selfClosing] = m;
    if (SKIPPED.has(element)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (skipping > 0) continue;
    if (closing) {
      if (element === 'g' || element === 'svg') stack.pop();
      continue;
    }
    const a = attributes(rest, element);
    const inherited = { ...stack.at(-1)! };
    for (const key of INHERITED) if (a[key] !== undefined) inherited[key] = a[key];
    if (element === 'svg' || element === 'g') {
      if (element === 'svg') {
        const box = (a.viewBox ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[2]! <= 0 || box[3]! <= 0)
          throw new Error('SVG: the <svg> needs a viewBox of four numbers');
        viewBox = box as Drawing['viewBox'];
      }
      if (!selfClosing) stack.push(inherited);
      continue;
    }
    if (!SHAPES.has(element)) throw new Error(`SVG: <${element}> is not supported in the PDFs' drawings`);
    const lineOnly = element === 'line' || element === 'polyline';
    const shape: Shape = {
      d: pathOf(element, a),
      fill: lineOnly ? undefined : colour(inherited.fill, current),
      stroke: colour(inherited.stroke, current),
      strokeWidth: Number(inherited['stroke-width']),
      lineCap: CAPS[inherited['stroke-linecap'] ?? 'butt'] ?? LineCapStyle.Butt,
      lineJoin: JOINS[inherited['stroke-linejoin'] ?? 'miter'] ?? LineJoinStyle.Miter,
    };
    if (shape.fill || shape.stroke) shapes.push(shape);
  }
  if (!viewBox) throw new Error('SVG: no <svg> element with a viewBox');
  return { viewBox, shapes };
}

/** The height of a drawing drawn `width` wide. */
export function drawingHeight(drawing: Drawing, width: number): number {
  return (width * drawing.viewBox[3]) / drawing.viewBox[2];
}

/** Draws a drawing `width` wide with its top left corner at (x, top), in page space. */
export function drawDrawing(page: PDFPage, drawing: Drawing, x: number, top: number, width: number): void {
  const [minX, minY, boxWidth] = drawing.viewBox;
  const scale = width / boxWidth;
  for (const s of drawing.shapes) {
    const ops: PDFOperator[] = drawSvgPath(s.d, {
      x: x - minX * scale,
      y: top + minY * scale,
      scale,
      color: s.fill,
      borderColor: s.stroke,
      borderWidth: s.stroke ? s.strokeWidth : 0,
      borderLineCap: s.lineCap,
    });
    ops.splice(1, 0, setLineJoin(s.lineJoin));
    page.pushOperators(...ops);
  }
}

/** The quiet zone around a QR code, in modules (ISO/IEC 18004: four). */
export const QR_QUIET_ZONE = 4;

/** Dark modules as horizontal runs, row by row: one rectangle per run. */
export function qrRuns(modules: readonly (readonly boolean[])[]): { row: number; col: number; length: number }[] {
  const runs: { row: number; col: number; length: number }[] = [];
  modules.forEach((line, row) => {
    for (let col = 0; col < line.length; col++) {
      if (!line[col]) continue;
      const start = col;
      while (line[col + 1]) col++;
      runs.push({ row, col: start, length: col - start + 1 });
    }
  });
  return runs;
}

/**
 * Draws a QR code `size` points square, quiet zone included, with its top left corner at
 * (x, top): a light square, then the dark modules as filled rectangles (neighbours in a row
 * joined into one, so no hairline shows between them).
 */
export function drawQr(
  page: PDFPage,
  modules: readonly (readonly boolean[])[],
  x: number,
  top: number,
  size: number,
  colors: { dark: RGB; light: RGB },
): void {
  const n = modules.length;
  if (n === 0 || modules.some((row) => row.length !== n)) throw new Error('A QR code is a square matrix of modules');
  const module = size / (n + 2 * QR_QUIET_ZONE);
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setFillingColor(colors.light),
    rectangle(x, top - size, size, size),
    fill(),
  ];
  ops.push(setFillingColor(colors.dark));
  for (const { row, col, length } of qrRuns(modules)) {
    const left = x + (col + QR_QUIET_ZONE) * module;
    const bottom = top - (row + QR_QUIET_ZONE + 1) * module;
    ops.push(rectangle(left, bottom, length * module, module));
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
