/**
 * The ward poster (src/lib/poster/pdf.ts): in every language one tagged A4 portrait page with one
 * headline, two or three lines, and a QR code of at least 4 cm to the opt-out page with its
 * address printed under it; type large enough to read across a corridor; a longer headline fails.
 */
import { PageSizes, PDFDocument } from 'pdf-lib';
import { describe, expect, test, vi } from 'vitest';
import { PageOverflowError } from '../../src/lib/pdf';
import { fill } from '../../src/lib/content/fill';
import { printedAddress } from '../../src/lib/shell/site-url';
import { words } from '../../src/i18n/dictionary';
import { format } from '../../src/i18n/format';
import { language, LANGS } from '../../src/i18n/languages';
import { readRegistry } from '../tools/content';
import { expectAccessiblePdf, flatten, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { figures, pageUrl, pdfLines, posterPdf } from '../tools/print';

vi.setConfig({ testTimeout: 60_000 });

const registry = readRegistry();
const CM = 72 / 2.54;

describe.each(LANGS)('the poster in %s', (lang) => {
  const say = words(lang).print.poster;
  const headline = fill(say.headline, registry, lang);
  const bytes = posterPdf(lang);

  test('is one tagged A4 portrait page with the headline as its title and H1; qpdf finds nothing wrong', async () => {
    const tree = await expectAccessiblePdf(await bytes, { title: headline, lang: language(lang).pdfLang }, expect);
    const doc = await PDFDocument.load(await bytes);
    expect(doc.getPages().map((p) => p.getSize())).toEqual([{ width: PageSizes.A4[0], height: PageSizes.A4[1] }]);
    expect(flatten(tree).filter((n) => /^H\d$/.test(n.role))).toHaveLength(1);
    expect(say.lines.length).toBeGreaterThanOrEqual(2);
    expect(say.lines.length).toBeLessThanOrEqual(3);
    if (hasQpdf) expect(qpdfCheck(await bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  test('reads from a distance: headline at least 40 pt, the lines at least 20 pt', async () => {
    const lines = await pdfLines(await bytes);
    const body = lines.filter((l) => say.lines.some((s) => fill(s, registry, lang).includes(l.text.trim())));
    expect(lines.filter((l) => headline.includes(l.text.trim())).every((l) => l.size >= 40)).toBe(true);
    expect(body.length).toBeGreaterThanOrEqual(say.lines.length);
    expect(body.every((l) => l.size >= 20)).toBe(true);
  });

  test('has a QR code of at least 4 cm to the opt-out page, the address printed under it', async () => {
    const url = pageUrl('reservasjon', lang);
    const [code, ...more] = await figures(await bytes);
    expect(more).toEqual([]);
    expect(code!.alt).toBe(format(words(lang).print.qrAlt, { address: printedAddress(url) }));
    const [x0, y0, x1] = code!.bbox as [number, number, number, number];
    expect(x1 - x0).toBeGreaterThanOrEqual(4 * CM);
    const address = (await pdfLines(await bytes)).find((l) => l.text === printedAddress(url));
    expect(address, printedAddress(url)).toBeDefined();
    expect(address!.y).toBeLessThan(y0);
    expect(address!.size).toBeGreaterThanOrEqual(16);
  });
});

test('a headline that pushes the poster past one page fails', async () => {
  const long = { ...registry, shortName: 'Nasjonalt kvalitetsregister for smertebehandling'.repeat(4) };
  await expect(posterPdf('nb', long)).rejects.toThrow(PageOverflowError);
  await expect(posterPdf('nb', long)).rejects.toThrow(/The ward poster does not fit on 1 page/);
});
