/**
 * The patient leaflet (src/lib/leaflet/): in every language a tagged PDF/UA document of exactly two
 * A4 pages that prints what the pages say, from the same content (about.yaml, the methods, the
 * routes), the deadline only for the form and eDialog, and ends with a QR code to the opt-out page
 * with its address; a longer text fails the build instead of spilling onto a third page.
 */
import { PageSizes, PDFDocument } from 'pdf-lib';
import { describe, expect, test, vi } from 'vitest';
import { PageOverflowError } from '../../src/lib/pdf';
import { aboutOnPaper, aboutSchema } from '../../src/lib/content/about';
import { fill } from '../../src/lib/content/fill';
import { printedAddress } from '../../src/lib/shell/site-url';
import { words } from '../../src/i18n/dictionary';
import { format } from '../../src/i18n/format';
import { language, LANGS } from '../../src/i18n/languages';
import { readMethods, readRegistry, readRoutes, readTerms, readYaml } from '../tools/content';
import { expectAccessiblePdf, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { figures, leafletOf, leafletPdf, pageUrl, pdfLines } from '../tools/print';

vi.setConfig({ testTimeout: 60_000 });

const registry = readRegistry();
/** Text without white space: pdf.js drops the space where a line wraps. */
const compact = (s: string) => s.replace(/\s+/g, '');

describe.each(LANGS)('the leaflet in %s', (lang) => {
  const leaflet = leafletOf(lang);
  const bytes = leafletPdf(lang, leaflet);

  test('is a tagged PDF/UA document of two A4 pages, and qpdf finds nothing wrong', async () => {
    await expectAccessiblePdf(await bytes, { title: leaflet.title, lang: language(lang).pdfLang }, expect);
    const doc = await PDFDocument.load(await bytes);
    expect(doc.getPages().map((p) => p.getSize())).toEqual([
      { width: PageSizes.A4[0], height: PageSizes.A4[1] },
      { width: PageSizes.A4[0], height: PageSizes.A4[1] },
    ]);
    if (hasQpdf) expect(qpdfCheck(await bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  test('prints the statements, the four ways and the routes from content/, facts filled in', async () => {
    const text = compact((await pdfLines(await bytes)).map((l) => l.text).join(''));
    // On paper a <Term> is its word (the glossary's explanation is a link on the page).
    const about = aboutOnPaper(aboutSchema.parse(readYaml(`words/${lang}/about.yaml`)), readTerms(lang));
    const { meaning, what, registered, rights, outcome, after } = about;
    const statements = [meaning, ...what, ...registered, ...rights, outcome, ...after];
    const methods = readMethods(lang).flatMap((m) => [m.title, m.summary]);
    const routes = readRoutes(lang).flatMap((r) => [r.title, r.summary]);
    for (const s of [...statements, ...methods, ...routes]) expect(text, s).toContain(compact(fill(s, registry, lang)));
    expect(text).not.toMatch(/[{}]/);
    expect(leaflet.methods.items).toHaveLength(4);
  });

  test('states the deadline once, in the sentence about the form and eDialog', async () => {
    const text = (await pdfLines(await bytes)).map((l) => l.text).join(' ');
    const days = new RegExp(`\\b${registry.deadlineDays}\\b`, 'g');
    expect(text.match(days)).toHaveLength(1);
    const sentence = leaflet.after.paragraphs.filter((p) => p.match(days));
    expect(sentence).toHaveLength(1);
    expect(sentence[0]).toMatch(/eDialog/);
  });

  test('ends with a QR code (3.5 cm) to the opt-out page, its address printed beside it', async () => {
    const url = pageUrl('reservasjon', lang);
    const [code, ...more] = await figures(await bytes);
    expect(more).toEqual([]);
    expect(code!.alt).toBe(format(words(lang).print.qrAlt, { address: printedAddress(url) }));
    const [x0, y0, x1, y1] = code!.bbox as [number, number, number, number];
    expect(x1 - x0).toBeGreaterThanOrEqual(99);
    expect(y1 - y0).toBeCloseTo(x1 - x0, 3);
    const lines = await pdfLines(await bytes);
    const address = lines.find((l) => l.text === printedAddress(url));
    expect(address?.page).toBe(2);
    expect(address!.y).toBeGreaterThan(y0);
    expect(address!.y).toBeLessThan(y1);
  });
});

test('a leaflet that grows past two pages fails, naming the block that does not fit', async () => {
  const leaflet = leafletOf('nb');
  const longer = {
    ...leaflet,
    rights: { ...leaflet.rights, items: [...leaflet.rights.items, ...leaflet.rights.items] },
  };
  const routes = [...longer.more.routes, ...longer.more.routes];
  await expect(leafletPdf('nb', { ...longer, more: { ...longer.more, routes } })).rejects.toThrow(PageOverflowError);
  await expect(leafletPdf('nb', { ...longer, more: { ...longer.more, routes } })).rejects.toThrow(
    /The patient leaflet does not fit on 2 pages: .* does not fit/,
  );
});

test('with contact details set, the secretariat route prints them instead of pointing to the official page', () => {
  const configured = {
    ...registry,
    secretariat: { ...registry.secretariat, phone: '00 00 00 01', email: 'sekretariat@test.invalid' },
  };
  const route = leafletOf('nb', configured).more.routes.find((r) => r.title.includes('registersekretariatet'))!;
  const detail = route.detail.map((s) => s.text).join('');
  expect(detail).toBe('Telefon: 00 00 00 01. E-post: sekretariat@test.invalid.');
  const fallback = leafletOf('nb').more.routes.find((r) => r.title.includes('registersekretariatet'))!;
  expect(fallback.detail.find((s) => s.href)?.href).toBe(registry.urls.smertereg);
});
