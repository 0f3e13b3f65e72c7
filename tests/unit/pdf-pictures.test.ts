/**
 * Pictures in the PDF toolkit (src/lib/pdf/): a small SVG read into vector shapes, a figure and a
 * QR code tagged `Figure` with /Alt and /BBox and drawn as paths and rectangles (never a raster
 * image), a picture-and-text row; and the PDF/UA check (tests/tools/pdf-ua.ts) refusing a Figure
 * without /Alt and a heading that skips a level.
 */
import { LineCapStyle, PageSizes, rgb } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import {
  BASE_THEME,
  createPdf,
  figure,
  h1,
  h3,
  media,
  p,
  parseSvg,
  qr,
  QR_QUIET_ZONE,
  renderPdf,
  type Block,
} from '../../src/lib/pdf';
import { expectAccessiblePdf, pageContents, structTree, topLevel } from '../tools/pdf-ua';
import { figures } from '../tools/print';

vi.setConfig({ testTimeout: 60_000 });

const DATE = new Date('2026-11-27T00:00:00Z');
const TITLE = 'Bilder';
const TOP = PageSizes.A4[1] - BASE_THEME.margin;
const LEFT = BASE_THEME.margin;

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 24" aria-hidden="true"><title>Ikon</title>' +
  '<g fill="none" stroke="#0a5" stroke-width="2" stroke-linecap="round">' +
  '<rect x="1" y="1" width="22" height="22" rx="4"/><line x1="30" y1="4" x2="46" y2="20"/></g>' +
  '<circle cx="36" cy="12" r="3" fill="currentColor"/><path d="M0 0L4 4Z" fill="#abc"/></svg>';

const render = (blocks: Block[]) =>
  renderPdf({
    name: 'The picture test',
    info: { title: TITLE, lang: 'nb-NO', date: DATE },
    layout: { overflow: 'fail', pages: 1, theme: BASE_THEME },
    footer: { kind: 'running', text: 'Bunntekst' },
    blocks: [h1(TITLE), ...blocks],
  });

/** The content drawn as the n-th Figure's marked content on page 1. */
async function figureContent(bytes: Uint8Array, n = 0): Promise<string> {
  const [content] = await pageContents(bytes);
  const sections = [...content!.matchAll(/\/Figure <<\/MCID \d+>> BDC([\s\S]*?)EMC/g)].map((m) => m[1]!);
  return sections[n] ?? '';
}

describe('parseSvg', () => {
  it('reads paths, basic shapes, inherited paint and currentColor', () => {
    const red = rgb(1, 0, 0);
    const { viewBox, shapes } = parseSvg(SVG, red);
    expect(viewBox).toEqual([0, 0, 48, 24]);
    expect(shapes).toHaveLength(4);
    const [box, line, dot, path] = shapes as [
      (typeof shapes)[0],
      (typeof shapes)[0],
      (typeof shapes)[0],
      (typeof shapes)[0],
    ];
    expect([box.fill, box.stroke, box.strokeWidth, box.lineCap]).toEqual([
      undefined,
      rgb(0, 0xaa / 255, 0x55 / 255),
      2,
      LineCapStyle.Round,
    ]);
    expect(box.d).toMatch(/^M5 1H19A4 4 0 0 1 23 5/);
    expect([line.d, line.fill]).toEqual(['M30 4L46 20', undefined]);
    expect([dot.fill, dot.stroke]).toEqual([red, undefined]);
    expect(path.fill).toEqual(rgb(0xaa / 255, 0xbb / 255, 0xcc / 255));
  });

  it('refuses what it cannot draw faithfully, naming it', () => {
    const wrap = (inner: string) => `<svg viewBox="0 0 10 10">${inner}</svg>`;
    expect(() => parseSvg(wrap('<text x="1" y="5">Hei</text>'))).toThrow(/<text> is not supported/);
    expect(() => parseSvg(wrap('<path d="M0 0H5" transform="scale(2)"/>'))).toThrow(
      /<path transform> is not supported/,
    );
    expect(() => parseSvg(wrap('<path d="M0 0H5" fill="red"/>'))).toThrow(/colour "red"/);
    expect(() => parseSvg('<svg><path d="M0 0H5"/></svg>')).toThrow(/viewBox/);
  });
});

describe('a figure', () => {
  it('is a Figure with /Alt and its /BBox, drawn as vector paths inside its marked content', async () => {
    const bytes = await render([figure(SVG, 96, 'Et skjema og en penn')]);
    await expectAccessiblePdf(bytes, { title: TITLE, lang: 'nb-NO' }, expect);
    const [fig] = await figures(bytes);
    expect(fig!.alt).toBe('Et skjema og en penn');
    const top = TOP - BASE_THEME.h1.size * BASE_THEME.h1.leading - BASE_THEME.h1.after;
    fig!.bbox.forEach((v, i) => expect(v).toBeCloseTo([LEFT, top - 48, LEFT + 96, top][i]!, 3));
    const drawn = await figureContent(bytes);
    expect(drawn).toMatch(/ c\n/); // curves: the rounded rectangle and the circle
    expect(drawn).toMatch(/\nS\n/); // stroked: the outline and the line
    expect(drawn).toMatch(/\nf\n/); // filled: the dot and the path
    expect(drawn).not.toMatch(/\b(Do|BI)\b/); // no image
  });

  it('beside text, comes first in reading order with the text to its right', async () => {
    const bytes = await render([media(figure(SVG, 48, 'Ikon'), [p('Du kan si nei.')], 12)]);
    const top = topLevel(await structTree(bytes));
    expect(top.map((n) => [n.role, n.text.trim()])).toEqual([
      ['H1', TITLE],
      ['Figure', ''],
      ['P', 'Du kan si nei.'],
    ]);
    const page = await (await getDocumentProxy(bytes.slice())).getPage(1);
    const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
    expect(items.find((i) => i.str.startsWith('Du kan'))!.transform[4]).toBeCloseTo(LEFT + 48 + 12, 3);
  });
});

describe('a QR code', () => {
  // A fixed pseudo-random matrix: the primitive draws any matrix it is given.
  let seed = 7;
  const n = 25;
  const modules = Array.from({ length: n }, () =>
    Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) & 1024) > 0),
  );

  it('is a Figure with /Alt, drawn as dark rectangles inside a light quiet zone of four modules', async () => {
    const size = 120;
    const bytes = await render([qr(modules, size, 'QR-kode til reservasjonssiden')]);
    await expectAccessiblePdf(bytes, { title: TITLE, lang: 'nb-NO' }, expect);
    const [fig] = await figures(bytes);
    expect(fig!.alt).toBe('QR-kode til reservasjonssiden');
    const [x0, y0, x1, y1] = fig!.bbox as [number, number, number, number];
    expect([x1 - x0, y1 - y0].map((v) => Math.round(v))).toEqual([size, size]);

    const drawn = await figureContent(bytes);
    expect(drawn).not.toMatch(/\b(Do|BI)\b/);
    const [light, ...dark] = [...drawn.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) =>
      m.slice(1, 5).map(Number),
    ) as [number, number, number, number][];
    expect(drawn.indexOf('1 1 1 rg')).toBeLessThan(drawn.indexOf('0 0 0 rg'));
    light!.forEach((v, i) => expect(v).toBeCloseTo([x0, y0, size, size][i]!, 3));

    const m = size / (n + 2 * QR_QUIET_ZONE);
    const read = modules.map((row) => row.map(() => false));
    for (const [x, y, w, h] of dark) {
      expect(h).toBeCloseTo(m, 6);
      const col = Math.round((x - x0) / m) - QR_QUIET_ZONE;
      const row = Math.round((y1 - y - h) / m) - QR_QUIET_ZONE;
      const length = Math.round(w / m);
      // Nothing dark in the quiet zone.
      expect(Math.min(col, row)).toBeGreaterThanOrEqual(0);
      expect(Math.max(col + length, row + 1)).toBeLessThanOrEqual(n);
      for (let c = col; c < col + length; c++) read[row]![c] = true;
    }
    expect(read).toEqual(modules);
  });
});

describe('the PDF/UA check (tests/tools/pdf-ua.ts)', () => {
  async function withFigure(alt: string | undefined): Promise<Uint8Array> {
    const { doc, fonts, tags, save } = await createPdf({ title: TITLE, lang: 'nb-NO', date: DATE });
    const page = doc.addPage(PageSizes.A4);
    tags.mark(page, tags.add(tags.root, 'H1'), () =>
      page.drawText(TITLE, { x: 50, y: 780, size: 18, font: fonts.bold }),
    );
    tags.artifact(page, () => page.drawLine({ start: { x: 50, y: 770 }, end: { x: 300, y: 770 } }));
    const bbox = [50, 600, 150, 700] as [number, number, number, number];
    const elem =
      alt === undefined
        ? tags.add(tags.root, 'Figure', { attributes: { O: 'Layout', BBox: bbox } })
        : tags.figure(tags.root, alt, bbox);
    tags.mark(page, elem, () => page.drawRectangle({ x: 50, y: 600, width: 100, height: 100, color: rgb(0, 0, 0) }));
    return save();
  }

  it('passes a Figure with /Alt and fails one without', async () => {
    await expectAccessiblePdf(await withFigure('Et svart kvadrat'), { title: TITLE, lang: 'nb-NO' }, expect);
    await expect(
      expectAccessiblePdf(await withFigure(undefined), { title: TITLE, lang: 'nb-NO' }, expect),
    ).rejects.toThrow(/Figure \/Alt/);
  });

  it('fails a heading that skips a level', async () => {
    const bytes = await render([p('Innleiing'), h3('For djup')]);
    await expect(expectAccessiblePdf(bytes, { title: TITLE, lang: 'nb-NO' }, expect)).rejects.toThrow(
      /H3 "For djup" skips a level/,
    );
  });

  it('the toolkit refuses to make a Figure without a text alternative', async () => {
    await expect(withFigure('  ')).rejects.toThrow(/text alternative/);
  });
});
