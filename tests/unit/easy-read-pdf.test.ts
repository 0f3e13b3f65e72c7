/**
 * The easy-read leaflet (src/lib/easy-read/pdf.ts): in every language a tagged PDF/UA document of
 * one or two A4 pages with exactly the easy-read page's text, one sentence per line, at least
 * 16 pt, each section's pictogram beside it as a Figure with its text alternative, and a QR code
 * to the easy-read page; within the readability budgets measured on the PDF's own text; a longer
 * text fails rather than add a page.
 */
import { PageSizes, PDFDocument } from 'pdf-lib';
import { describe, expect, test, vi } from 'vitest';
import { PageOverflowError } from '../../src/lib/pdf';
import { printedAddress } from '../../src/lib/shell/site-url';
import { words } from '../../src/i18n/dictionary';
import { language, LANGS, type Lang } from '../../src/i18n/languages';
import { lix, sentences } from '../tools/lix';
import { expectAccessiblePdf, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { easyReadPdf, easyReadSections, figures, pageTitle, pageUrl, pdfLines, type PdfLine } from '../tools/print';

vi.setConfig({ testTimeout: 60_000 });

/** Budgets of the easy-to-read standard as the issue sets them (LIX for Norwegian only). */
const BUDGET = { lix: 25, meanWords: 10, maxWords: 15, minSize: 16 } as const;

/**
 * The text as a reader meets it: each heading and each sentence one block, a sentence that wraps
 * joined again (a body line that does not end a sentence goes on on the next line). The footer
 * (small print) is left out.
 */
function blocks(lines: readonly PdfLine[]): string[] {
  const out: string[] = [];
  let open = false;
  let last: PdfLine | undefined;
  for (const line of lines.filter((l) => l.size >= BUDGET.minSize)) {
    const heading = line.size > BUDGET.minSize + 0.5;
    // A wrapped heading or sentence goes on in the same size, on the same page.
    const joins = last && open && Math.abs(line.size - last.size) < 0.1 && line.page === last.page;
    if (joins) out[out.length - 1] += ` ${line.text.trim()}`;
    else out.push(line.text.trim());
    open = heading || !/[.?!:]$/.test(line.text.trim());
    last = line;
  }
  return out;
}

const expected = (lang: Lang) => [
  pageTitle('lettlest', lang),
  ...easyReadSections(lang).flatMap((s) => [s.heading, ...s.lines]),
  ...words(lang).print.easyRead.scan,
  printedAddress(pageUrl('lettlest', lang)),
];

describe.each(LANGS)('the easy-read leaflet in %s', (lang) => {
  const bytes = easyReadPdf(lang);

  test('is a tagged PDF/UA document of one or two A4 pages; qpdf finds nothing wrong', async () => {
    const title = pageTitle('lettlest', lang);
    await expectAccessiblePdf(await bytes, { title, lang: language(lang).pdfLang }, expect);
    const pages = (await PDFDocument.load(await bytes)).getPages();
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) expect(page.getSize()).toEqual({ width: PageSizes.A4[0], height: PageSizes.A4[1] });
    if (hasQpdf) expect(qpdfCheck(await bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  test("has exactly the easy-read page's text, one sentence per line, at least 16 pt", async () => {
    const lines = await pdfLines(await bytes);
    expect(blocks(lines)).toEqual(expected(lang));
    const small = lines.filter((l) => l.size < BUDGET.minSize).map((l) => l.text);
    // Only the footer, the page's address, is small print.
    expect([...new Set(small)]).toEqual([printedAddress(pageUrl('lettlest', lang))]);
  });

  test('has each pictogram beside its section, then the QR code, each with its text alternative', async () => {
    const found = await figures(await bytes);
    const sections = easyReadSections(lang);
    expect(found.map((f) => f.alt)).toEqual([...sections.map((s) => s.picture.alt), expect.stringMatching(/lettlest/)]);
    const code = found.at(-1)!.bbox;
    expect(code[2]! - code[0]!).toBeGreaterThanOrEqual((72 / 2.54) * 2.5);
    // Beside: the section's heading starts to the right of its pictogram, whose middle is level with the section.
    const lines = await pdfLines(await bytes);
    for (const [i, s] of sections.entries()) {
      const [, y0, x1, y1] = found[i]!.bbox as [number, number, number, number];
      const heading = lines.find((l) => l.text.trim() === s.heading)!;
      const sectionHeight = (s.lines.length + 2) * 20;
      expect(heading.x, s.heading).toBeGreaterThan(x1);
      expect((y0 + y1) / 2, s.heading).toBeLessThan(heading.y + heading.size);
      expect((y0 + y1) / 2, s.heading).toBeGreaterThan(heading.y - sectionHeight);
    }
  });

  test('stays within the budgets: words per sentence in every language, LIX in bokmål and nynorsk', async () => {
    const address = printedAddress(pageUrl('lettlest', lang));
    const text = blocks(await pdfLines(await bytes))
      .filter((b) => b !== address)
      .join('\n');
    const all = lix(text);
    const longest = Math.max(...sentences(text).map((s) => s.length));
    console.log(
      `easy-read leaflet ${lang}: LIX ${all.lix}; ${all.wordsPerSentence} words per sentence, longest ${longest}; ` +
        `${all.words} words, ${all.sentences} sentences`,
    );
    expect(all.wordsPerSentence).toBeLessThanOrEqual(BUDGET.meanWords);
    expect(longest).toBeLessThanOrEqual(BUDGET.maxWords);
    if (lang !== 'en') expect(all.lix).toBeLessThanOrEqual(BUDGET.lix);
  });
});

test('a text too long for two pages fails the build, naming the section that does not fit', async () => {
  const sections = easyReadSections('nb');
  await expect(easyReadPdf('nb', [...sections, ...sections.slice(0, 3)])).rejects.toThrow(PageOverflowError);
  await expect(easyReadPdf('nb', [...sections, ...sections.slice(0, 3)])).rejects.toThrow(
    /The easy-read leaflet does not fit on 2 pages: picture and text with heading «.*» does not fit/,
  );
});
