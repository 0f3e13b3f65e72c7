/**
 * Every pictogram of the site, read at build from src/assets/pictograms/<id>.svg (the file name is
 * the id) and checked against the subset in ./parse.ts. The pages inline them as SVG
 * (src/components/easy-read/Pictogram.astro); a PDF draws the same shapes as vectors: each
 * shape's `pathData`, in `PAINT[fill]` and `PAINT[stroke]`, `STROKE_WIDTH` wide with round caps
 * and joins, scaled from the 48 × 48 box.
 *
 * Why SVG files and not a TypeScript table of shapes: an SVG file opens in any browser or drawing
 * program, so a pictogram can be looked at, reviewed and redrawn as a picture; the strict parser
 * turns it into typed shapes, so nothing downstream parses SVG or meets a feature it cannot draw.
 */
import { LineCapStyle, LineJoinStyle, rgb } from 'pdf-lib';
import type { Drawing } from '../pdf/draw';
import { palette, rgb01 } from '../pdf/palette';
import { parsePictogram, pathData, PICTOGRAM_SIZE, STROKE_WIDTH, type Paint, type Pictogram } from './parse';

export { PICTOGRAM_SIZE, STROKE_WIDTH, pathData, type Paint, type Pictogram, type Shape } from './parse';

/** The two colours as #rrggbb, from src/styles/tokens.css (--color-ink, --color-brand). */
export const PAINT: Readonly<Record<Paint, string>> = { ink: palette.text, brand: palette.accent };

const files = import.meta.glob<string>('../../assets/pictograms/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const PICTOGRAMS = new Map<string, Pictogram>(
  Object.entries(files).map(([path, svg]) => {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.svg'.length);
    return [id, parsePictogram(id, svg, PAINT, `src/assets/pictograms/${id}.svg`)];
  }),
);

/** The ids of every pictogram, sorted. */
export const PICTOGRAM_IDS: readonly string[] = [...PICTOGRAMS.keys()].sort();

/** One pictogram by id; an unknown id is an error that lists the known ones. */
export function pictogram(id: string): Pictogram {
  const found = PICTOGRAMS.get(id);
  if (!found) throw new Error(`No pictogram "${id}" in src/assets/pictograms/. Known: ${PICTOGRAM_IDS.join(', ')}`);
  return found;
}

/** A pictogram as a drawing for the PDF toolkit's `figure` block: the same shapes and colours as the page draws. */
export function pictogramDrawing(id: string): Drawing {
  const paint = (p: Paint | undefined) => (p ? rgb(...rgb01(PAINT[p])) : undefined);
  return {
    viewBox: [0, 0, PICTOGRAM_SIZE, PICTOGRAM_SIZE],
    shapes: pictogram(id).shapes.map((shape) => ({
      d: pathData(shape),
      fill: paint(shape.fill),
      stroke: paint(shape.stroke),
      strokeWidth: STROKE_WIDTH,
      lineCap: LineCapStyle.Round,
      lineJoin: LineJoinStyle.Round,
    })),
  };
}
