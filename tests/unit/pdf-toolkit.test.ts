/**
 * The PDF toolkit (src/lib/pdf/) on its own: the three overflow policies, headings kept with what
 * follows, lists as L/LI/Lbl/LBody, boxes, links, and the running and closing footers, each read
 * back from the bytes (structure tree, content streams, page count).
 */
import { PageSizes, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import {
  BASE_THEME,
  box,
  h1,
  h2,
  h3,
  list,
  p,
  PageOverflowError,
  pdfColors,
  renderPdf,
  rule,
  theme,
  type Block,
  type Layout,
  type PdfSpec,
} from '../../src/lib/pdf';
import { expectAccessiblePdf, flatten, hasQpdf, pageContents, qpdfCheck, structTree, topLevel } from '../tools/pdf-ua';

vi.setConfig({ testTimeout: 60_000 });

const DATE = new Date('2026-11-27T00:00:00Z');
const TITLE = 'Prøvedokument';
const paragraphs = (n: number, word = 'Avsnitt') => Array.from({ length: n }, (_, i) => p(`${word} ${i + 1} æøå`));

function spec(blocks: Block[], layout: Layout = { overflow: 'new-page', theme: BASE_THEME }): PdfSpec {
  return { name: 'The test document', info: { title: TITLE, lang: 'nb-NO', date: DATE }, layout, blocks };
}

const pages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();
const pageTexts = async (bytes: Uint8Array) => {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: false });
  return text;
};

describe('overflow policy fail', () => {
  it('throws PageOverflowError naming the document and the block that did not fit', async () => {
    const blocks = [h1(TITLE), ...paragraphs(80)];
    const error = await renderPdf(spec(blocks, { overflow: 'fail', pages: 1, theme: BASE_THEME })).catch((e) => e);
    expect(error).toBeInstanceOf(PageOverflowError);
    expect(error.message).toMatch(
      /^The test document does not fit on 1 page: paragraph «Avsnitt \d+ æøå» does not fit/,
    );
  });

  it('uses the pages it is allowed, and no more', async () => {
    const layout: Layout = { overflow: 'fail', pages: 2, theme: BASE_THEME };
    expect(await pages(await renderPdf(spec([h1(TITLE), ...paragraphs(60)], layout)))).toBe(2);
    await expect(renderPdf(spec([h1(TITLE), ...paragraphs(100)], layout))).rejects.toThrow(/does not fit on 2 pages/);
  });

  it('counts a block that is drawn whole (a box) as not fitting, rather than cutting it', async () => {
    const tall = box(
      { fill: pdfColors.boxFill, pad: { top: 8, right: 8, bottom: 8, left: 8 } },
      paragraphs(20, 'Boks'),
    );
    const blocks = [h1(TITLE), ...paragraphs(35), tall];
    await expect(renderPdf(spec(blocks, { overflow: 'fail', pages: 1, theme: BASE_THEME }))).rejects.toThrow(
      /box with paragraph «Boks 1 æøå»/,
    );
  });
});

describe('overflow policy new-page', () => {
  it('continues on new pages, with every paragraph drawn', async () => {
    const bytes = await renderPdf(spec([h1(TITLE), ...paragraphs(120)]));
    expect(await pages(bytes)).toBe(3);
    expect((await pageTexts(bytes)).join('\n')).toContain('Avsnitt 120 æøå');
  });

  it('keeps a heading with the first line of what follows', async () => {
    const t = BASE_THEME;
    const [line, heading] = [t.body.size * t.body.leading, t.h2.size * t.h2.leading];
    const room = PageSizes.A4[1] - 2 * t.margin;
    // After k lines the heading alone still fits at the foot of page 1, but not with the next line.
    const k = Math.floor((room - t.h2.before - heading) / line);
    expect(room - k * line - t.h2.before - heading - t.h2.after - line).toBeLessThan(0);
    const bytes = await renderPdf(spec([...paragraphs(k), h2('Overskrift'), p('Første linje')]));
    const second = topLevel(await structTree(bytes, 2));
    expect(second.map((n) => [n.role, n.text.trim()])).toEqual([
      ['H2', 'Overskrift'],
      ['P', 'Første linje'],
    ]);
    expect(topLevel(await structTree(bytes, 1)).at(-1)?.role).toBe('P');
  });
});

describe('overflow policy shrink', () => {
  const sized = (body: number) => theme({ body: { size: body } });
  const shrink: Layout = { overflow: 'shrink', pages: 1, sizes: [12, 11, 10, 9], theme: sized };

  it('sets the text at the largest size that fits', async () => {
    // 49 lines: too many at 12 and 11 pt (leading 1.4), enough room at 10 pt.
    const bytes = await renderPdf(spec(paragraphs(49), shrink));
    expect(await pages(bytes)).toBe(1);
    const [content] = await pageContents(bytes);
    expect(content).toMatch(/ 10 Tf/);
    expect(content).not.toMatch(/ 1[12] Tf/);
  });

  it('fails naming the document and the smallest size when nothing fits', async () => {
    await expect(renderPdf(spec(paragraphs(70), shrink))).rejects.toThrow(
      /^The test document does not fit even at the smallest size, 9 pt\. At 9 pt: The test document does not fit on 1 page: paragraph «Avsnitt/,
    );
  });
});

describe('blocks and tags', () => {
  const numbered = { number: { kind: 'glyph', x: 2, weight: 'bold', color: pdfColors.text } } as const;
  const blocks: Block[] = [
    h1(TITLE),
    p([{ text: 'Les mer på ' }, { text: 'helsenorge.no', href: 'https://www.helsenorge.no' }, { text: '.' }]),
    h2('Punkt'),
    list(false, ['Første', 'Andre']),
    h3('Tall'),
    list(true, ['En', 'To'], numbered),
    list(true, ['Steg']),
    list(false, [[p([{ text: 'Tittel', strong: true }]), p('Forklaring')]]),
    rule(),
    box({ fill: pdfColors.statementFill, pad: { top: 6, right: 6, bottom: 6, left: 6 } }, [p('I en boks')]),
  ];
  const doc = () => renderPdf({ ...spec(blocks), footer: { kind: 'closing', text: 'Kilde: prøve.' } });

  it('is an accessible tagged PDF, and passes qpdf', async () => {
    const bytes = await doc();
    await expectAccessiblePdf(bytes, { title: TITLE, lang: 'nb-NO' }, expect);
    if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  it('tags lists as L, LI, Lbl and LBody, by marker kind', async () => {
    const lists = flatten(await structTree(await doc())).filter((n) => n.role === 'L');
    const shape = (n: (typeof lists)[number]) => n.kids.map((li) => li.kids.map((k) => `${k.role}:${k.text.trim()}`));
    // A drawn dot is decoration: no Lbl. A glyph or a number in a circle is the item's Lbl.
    expect(shape(lists[0]!)).toEqual([['LBody:Første'], ['LBody:Andre']]);
    expect(shape(lists[1]!)).toEqual([
      ['Lbl:1.', 'LBody:En'],
      ['Lbl:2.', 'LBody:To'],
    ]);
    expect(shape(lists[2]!)).toEqual([['Lbl:1', 'LBody:Steg']]);
    // An item of several blocks holds them as elements of its LBody.
    expect(lists[3]!.kids[0]!.kids[0]!.kids.map((k) => [k.role, k.text.trim()])).toEqual([
      ['P', 'Tittel'],
      ['P', 'Forklaring'],
    ]);
    const pdf = await PDFDocument.load(await doc());
    const numbering = [...pdf.context.enumerateIndirectObjects()]
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('S')) === PDFName.of('L'))
      .map((l) => String(l.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('ListNumbering'))));
    expect(numbering).toEqual(['/Disc', '/Decimal', '/Decimal', '/Disc']);
  });

  it('makes a link a Link element with its annotation, and a closing footer the last P', async () => {
    const tree = await structTree(await doc());
    const link = flatten(tree).find((n) => n.role === 'Link');
    expect(link?.text.trim()).toBe('helsenorge.no');
    expect(link?.objects).toHaveLength(1);
    const top = topLevel(tree);
    expect([top.at(-1)?.role, top.at(-1)?.text.trim()]).toEqual(['P', 'Kilde: prøve.']);
    expect(top.map((n) => n.role)).toEqual(['H1', 'P', 'H2', 'L', 'H3', 'L', 'L', 'L', 'P', 'P']);
  });
});

describe('the running footer', () => {
  it('is on every page as a Pagination artifact, and not in the structure tree', async () => {
    const footer = { kind: 'running', text: 'Reservasjon mot SmerteReg · side' } as const;
    const bytes = await renderPdf({ ...spec([h1(TITLE), ...paragraphs(80)]), footer });
    const count = await pages(bytes);
    expect(count).toBe(2);
    const contents = await pageContents(bytes);
    const texts = await pageTexts(bytes);
    for (let i = 0; i < count; i++) {
      expect(texts[i]).toContain(footer.text);
      expect(contents[i]).toMatch(/\/Artifact <<\/Type \/Pagination>> BDC/);
      const tree = flatten(await structTree(bytes, i + 1));
      expect(tree.some((n) => n.text.includes('Reservasjon mot'))).toBe(false);
    }
    // The footer's space is kept free: no text of the flow below its rule.
    const pdf = await getDocumentProxy(bytes.slice());
    const items = (await (await pdf.getPage(1)).getTextContent()).items as { str: string; transform: number[] }[];
    const lowest = Math.min(...items.filter((i) => i.str.startsWith('Avsnitt')).map((i) => i.transform[5]!));
    expect(lowest).toBeGreaterThan(BASE_THEME.margin + BASE_THEME.footer.ruleGap);
  });
});
