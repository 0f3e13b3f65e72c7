/**
 * The pictograms (src/assets/pictograms/*.svg): every file is in the strict subset both the pages
 * and the PDFs can draw, and the parser refuses, naming the file and the shape, what a PDF could
 * not draw the same way (CSS, text, groups, transforms, gradients, a third colour, a second
 * stroke weight).
 */
import { describe, expect, test } from 'vitest';
import { PAINT, PICTOGRAM_IDS, pathData, pictogram } from '../../src/lib/pictograms/pictograms';
import { parsePictogram, type Shape } from '../../src/lib/pictograms/parse';

const INK = PAINT.ink;
const BRAND = PAINT.brand;
const STROKE = 'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"';
const svg = (body: string, root = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"') =>
  `<svg ${root}>\n${body}\n</svg>\n`;
const parseOne = (body: string, root?: string) => parsePictogram('test', svg(body, root), PAINT, 'test.svg');

describe('the shipped pictograms', () => {
  test('are all there and each one parses', () => {
    expect(PICTOGRAM_IDS).toEqual(
      expect.arrayContaining(['hospital', 'register', 'say-no', 'heart', 'computer', 'talk', 'form']),
    );
    expect(PICTOGRAM_IDS).toEqual(expect.arrayContaining(['secure-message', 'delete', 'calendar', 'question', 'read']));
    for (const id of PICTOGRAM_IDS) expect(pictogram(id).shapes.length, id).toBeGreaterThan(0);
  });

  test('use both colours, and keep their boxes, circles and lines inside the 48 × 48 box', () => {
    const outside = (s: Shape): boolean => {
      if (s.kind === 'rect') return s.x < 0 || s.y < 0 || s.x + s.width > 48 || s.y + s.height > 48;
      if (s.kind === 'circle') return s.cx - s.r < 0 || s.cy - s.r < 0 || s.cx + s.r > 48 || s.cy + s.r > 48;
      if (s.kind === 'line') return [s.x1, s.y1, s.x2, s.y2].some((v) => v < 0 || v > 48);
      return false;
    };
    for (const id of PICTOGRAM_IDS) {
      const { shapes } = pictogram(id);
      const paints = new Set(shapes.flatMap((s) => [s.fill, s.stroke]).filter(Boolean));
      expect([...paints].sort(), id).toEqual(['brand', 'ink']);
      expect(shapes.filter(outside), id).toEqual([]);
    }
  });

  test('an unknown id names the known ones', () => {
    expect(() => pictogram('unicorn')).toThrow(/No pictogram "unicorn".*Known: .*calendar/);
  });
});

describe('the parser', () => {
  test('reads each kind of shape, with its colours as roles', () => {
    const { shapes } = parseOne(
      [
        `<path d="M4 4h10v10z" fill="${BRAND}"/>`,
        `<rect x="1" y="2" width="10" height="8" rx="2" fill="none" stroke="${INK}" ${STROKE}/>`,
        `<circle cx="24" cy="24" r="5" fill="${INK}"/>`,
        `<line x1="0" y1="0" x2="48" y2="48" stroke="${BRAND}" ${STROKE}/>`,
      ].join('\n'),
    );
    expect(shapes).toEqual([
      { kind: 'path', d: 'M4 4h10v10z', fill: 'brand' },
      { kind: 'rect', x: 1, y: 2, width: 10, height: 8, rx: 2, stroke: 'ink' },
      { kind: 'circle', cx: 24, cy: 24, r: 5, fill: 'ink' },
      { kind: 'line', x1: 0, y1: 0, x2: 48, y2: 48, stroke: 'brand' },
    ]);
  });

  test.each([
    ['CSS', `<rect x="1" y="1" width="4" height="4" fill="${INK}" style="opacity:.5"/>`, /"style" is not allowed/],
    ['a transform', `<rect x="1" y="1" width="4" height="4" fill="${INK}" transform="rotate(45)"/>`, /"transform"/],
    ['text', `<text x="1" y="10" fill="${INK}">30</text>`, /not in the pictogram subset of SVG at "30/],
    ['a group', `<g fill="${INK}"><circle cx="5" cy="5" r="2"/></g>`, /only path, rect, circle, line/],
    ['a gradient', '<linearGradient id="g"/>', /only path, rect, circle, line/],
    ['a third colour', '<circle cx="5" cy="5" r="2" fill="#ff0000"/>', /colour "#ff0000" is neither ink .* nor brand/],
    [
      'another stroke weight',
      `<line x1="1" y1="1" x2="9" y2="9" stroke="${INK}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
      /stroke-width="3"/,
    ],
    ['a shape without fill', '<circle cx="5" cy="5" r="2"/>', /say fill="none" or a colour/],
    ['a shape that draws nothing', '<circle cx="5" cy="5" r="2" fill="none"/>', /draws nothing/],
    ['a bad number', `<circle cx="5px" cy="5" r="2" fill="${INK}"/>`, /"cx" must be a number/],
    ['a comment', `<!-- x --><circle cx="5" cy="5" r="2" fill="${INK}"/>`, /not in the pictogram subset/],
  ])('refuses %s, naming the file', (_, body, message) => {
    expect(() => parseOne(body)).toThrow(/^test\.svg: /);
    expect(() => parseOne(body)).toThrow(message);
  });

  test('refuses another box', () => {
    expect(() => parseOne(`<circle cx="5" cy="5" r="2" fill="${INK}"/>`, 'viewBox="0 0 24 24"')).toThrow(
      /<svg> must have exactly xmlns=.* viewBox="0 0 48 48"/,
    );
  });
});

test('pathData turns every shape into path data for a PDF', () => {
  expect(pathData({ kind: 'line', x1: 1, y1: 2, x2: 3, y2: 4, stroke: 'ink' })).toBe('M1 2L3 4');
  expect(pathData({ kind: 'rect', x: 1, y: 2, width: 10, height: 8, rx: 0, fill: 'ink' })).toBe('M1 2h10v8h-10z');
  expect(pathData({ kind: 'rect', x: 0, y: 0, width: 10, height: 8, rx: 2, fill: 'ink' })).toBe(
    'M2 0h6a2 2 0 0 1 2 2v4a2 2 0 0 1 -2 2h-6a2 2 0 0 1 -2 -2v-4a2 2 0 0 1 2 -2z',
  );
  expect(pathData({ kind: 'circle', cx: 10, cy: 10, r: 5, fill: 'ink' })).toBe('M5 10a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
  expect(pathData({ kind: 'path', d: 'M0 0h4', stroke: 'ink' })).toBe('M0 0h4');
});
