/**
 * The site's pictograms are SVG files (src/assets/pictograms/<id>.svg) in a small, strict subset
 * of SVG, read at build into shapes that the pages and the PDFs both draw, so the two never
 * differ. The subset:
 *
 * - the root is `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">`, nothing else;
 * - its children are self-closing `<path d>`, `<rect>` (optional `rx`), `<circle>` and `<line>`;
 * - every shape says `fill` ("none" or a colour; a line has none) and may say `stroke`; a stroked
 *   shape has `stroke-width="3"` (the one stroke weight) and round caps and joins;
 * - a colour is one of two: the ink or the brand colour of src/styles/tokens.css, as #rrggbb;
 * - no CSS, text, gradients, transforms, groups or comments.
 *
 * Anything else fails the build, naming the file, the shape and the attribute.
 */

export const PICTOGRAM_SIZE = 48;
export const STROKE_WIDTH = 3;

/** The two colours of a pictogram, by role; their values come from the design tokens. */
export type Paint = 'ink' | 'brand';

interface Paints {
  /** No fill when absent. */
  fill?: Paint;
  /** No stroke when absent; a stroke is STROKE_WIDTH wide with round caps and joins. */
  stroke?: Paint;
}

export type Shape =
  | ({ kind: 'path'; d: string } & Paints)
  | ({ kind: 'rect'; x: number; y: number; width: number; height: number; rx: number } & Paints)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paints)
  | ({ kind: 'line'; x1: number; y1: number; x2: number; y2: number } & Paints);

export interface Pictogram {
  id: string;
  shapes: Shape[];
}

const GEOMETRY = {
  path: ['d'],
  rect: ['x', 'y', 'width', 'height'],
  circle: ['cx', 'cy', 'r'],
  line: ['x1', 'y1', 'x2', 'y2'],
} as const;
type Kind = keyof typeof GEOMETRY;
const isKind = (tag: string): tag is Kind => tag in GEOMETRY;

const ROOT = { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${PICTOGRAM_SIZE} ${PICTOGRAM_SIZE}` };
const STROKE_ATTRIBUTES = {
  'stroke-width': String(STROKE_WIDTH),
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const PATH_DATA = /^[Mm][MmLlHhVvCcSsQqTtAaZz0-9.,\s-]*$/;
/** One tag: `<name attr="value" … />`, `<name …>` or `</name>`. */
const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<>]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g;

/**
 * Parses one pictogram file. `colours` maps each paint to its #rrggbb value in the tokens;
 * `file` names the file in errors.
 */
export function parsePictogram(id: string, svg: string, colours: Record<Paint, string>, file: string): Pictogram {
  function fail(what: string): never {
    throw new Error(`${file}: ${what}`);
  }
  const tags: { close: boolean; name: string; attributes: Map<string, string>; selfClosing: boolean }[] = [];
  let at = 0;
  const text = svg.trim();
  while (at < text.length) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(text);
    at = space.lastIndex;
    if (at >= text.length) break;
    TAG.lastIndex = at;
    const m = TAG.exec(text);
    if (!m) fail(`not in the pictogram subset of SVG at "${text.slice(at, at + 40)}"`);
    at = TAG.lastIndex;
    const [, slash, name, attributeText = '', selfClosing] = m;
    const attributes = new Map<string, string>();
    for (const [, key = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) {
      if (attributes.has(key)) fail(`<${name}>: attribute "${key}" given twice`);
      attributes.set(key, value);
    }
    tags.push({ close: slash === '/', name: name ?? '', attributes, selfClosing: selfClosing === '/' });
  }
  const [open, ...rest] = tags;
  const close = rest.pop();
  if (!open || open.close || open.name !== 'svg' || !close || !close.close || close.name !== 'svg') {
    fail('must be one <svg> element with the shapes inside');
  }
  const rootProblems = [...open.attributes].filter(([k, v]) => ROOT[k as keyof typeof ROOT] !== v);
  if (rootProblems.length > 0 || open.attributes.size !== Object.keys(ROOT).length) {
    fail(`<svg> must have exactly xmlns="${ROOT.xmlns}" viewBox="${ROOT.viewBox}"`);
  }
  const paintOf = (value: string, where: string): Paint => {
    const found = (Object.keys(colours) as Paint[]).find((p) => colours[p] === value.toLowerCase());
    if (!found) fail(`${where}: colour "${value}" is neither ink (${colours.ink}) nor brand (${colours.brand})`);
    return found;
  };
  const shapes = rest.map((tag, i): Shape => {
    const where = `<${tag.name}> ${i + 1}`;
    const kind = tag.name;
    if (!isKind(kind)) fail(`${where}: only ${Object.keys(GEOMETRY).join(', ')} are allowed inside <svg>`);
    if (tag.close || !tag.selfClosing) fail(`${where}: write shapes as self-closing tags, <${kind} … />`);
    const a = tag.attributes;
    const allowed = new Set<string>([...GEOMETRY[kind], 'fill', 'stroke', ...Object.keys(STROKE_ATTRIBUTES)]);
    if (kind === 'rect') allowed.add('rx');
    for (const name of a.keys()) {
      if (!allowed.has(name))
        fail(`${where}: attribute "${name}" is not allowed (allowed: ${[...allowed].join(', ')})`);
    }
    const num = (name: string): number => {
      const v = a.get(name);
      if (v === undefined || !NUMBER.test(v)) fail(`${where}: attribute "${name}" must be a number`);
      return Number(v);
    };
    const paints: Paints = {};
    const fill = a.get('fill');
    if (kind === 'line') {
      if (fill !== undefined) fail(`${where}: a line has no fill`);
    } else if (fill === undefined) {
      fail(`${where}: say fill="none" or a colour`);
    } else if (fill !== 'none') {
      paints.fill = paintOf(fill, where);
    }
    const stroke = a.get('stroke');
    if (stroke !== undefined) {
      paints.stroke = paintOf(stroke, where);
      for (const [name, value] of Object.entries(STROKE_ATTRIBUTES)) {
        if (a.get(name) !== value) fail(`${where}: a stroked shape needs ${name}="${value}"`);
      }
    } else {
      const strokeOnly = Object.keys(STROKE_ATTRIBUTES).filter((n) => a.has(n));
      if (strokeOnly.length > 0) fail(`${where}: ${strokeOnly.join(', ')} without a stroke`);
    }
    if (!paints.fill && !paints.stroke) fail(`${where}: neither filled nor stroked, so it draws nothing`);
    switch (kind) {
      case 'path': {
        const d = a.get('d') ?? '';
        if (!PATH_DATA.test(d)) fail(`${where}: attribute "d" must be path data starting with M`);
        return { kind, d: d.replace(/\s+/g, ' ').trim(), ...paints };
      }
      case 'rect':
        return {
          kind,
          x: num('x'),
          y: num('y'),
          width: num('width'),
          height: num('height'),
          rx: a.has('rx') ? num('rx') : 0,
          ...paints,
        };
      case 'circle':
        return { kind, cx: num('cx'), cy: num('cy'), r: num('r'), ...paints };
      case 'line':
        return { kind, x1: num('x1'), y1: num('y1'), x2: num('x2'), y2: num('y2'), ...paints };
    }
  });
  if (shapes.length === 0) fail('has no shapes');
  return { id, shapes };
}

/**
 * A shape as SVG path data, for drawers that know only paths (pdf-lib's `drawSvgPath`): a rect
 * with rounded corners, a circle as two arcs, a line as one segment.
 */
export function pathData(shape: Shape): string {
  switch (shape.kind) {
    case 'path':
      return shape.d;
    case 'line':
      return `M${shape.x1} ${shape.y1}L${shape.x2} ${shape.y2}`;
    case 'circle': {
      const { cx, cy, r } = shape;
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    }
    case 'rect': {
      const { x, y, width: w, height: h } = shape;
      const r = Math.min(shape.rx, w / 2, h / 2);
      if (r === 0) return `M${x} ${y}h${w}v${h}h${-w}z`;
      const arc = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
      return (
        `M${x + r} ${y}h${w - 2 * r}${arc(r, r)}v${h - 2 * r}${arc(-r, r)}` +
        `h${-(w - 2 * r)}${arc(-r, -r)}v${-(h - 2 * r)}${arc(r, -r)}z`
      );
    }
  }
}
