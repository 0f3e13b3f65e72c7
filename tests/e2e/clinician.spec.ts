/**
 * The clinician tools under /helsepersonell/: the one-page A4 checklist printed, and its PDF.
 * What the checklist page says is checked in Node (tests/site/checklist-page.test.ts); the PID
 * e-mail composer has its own file, composer.spec.ts.
 */
import { PDFDocument } from 'pdf-lib';
import { expectAccessiblePdf, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { readMethods, readRoutes, readYaml as yaml } from '../tools/content.ts';
import { pdfText } from '../tools/pdf-text.ts';
import { compact as bare } from '../tools/text.ts';
import { expect, test } from './fixtures.ts';

const CHECKLIST = '/helsepersonell/huskeliste/';
/** The checklist PDF carries a content hash in its name, like the other build downloads. */
const CHECKLIST_PDF = /^\/helsepersonell\/huskeliste-smerteteam-bokmal-[0-9a-f]{8}\.pdf$/;

const registry = yaml('registry.yaml');
/** Said to the clinician: the checklist lists each route's and method's clinician text. */
const routes = readRoutes();
const methods = readMethods();
const fillShortName = (s: string) =>
  s.replace(/\{shortName\}/g, registry.shortName).replace(/\{ownerShort\}/g, registry.ownerShort);

test.describe('checklist', () => {
  test('prints as exactly one A4 page', async ({ page }) => {
    await page.goto(CHECKLIST);
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole hundredths of an inch.
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 595.28)).toBeLessThan(1);
    expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
  });

  test('print hides navigation, search and the download links', async ({ page }) => {
    await page.goto(CHECKLIST);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header__nav')).toBeHidden();
    await expect(page.locator('.search-form').first()).toBeHidden();
    await expect(page.locator('.breadcrumbs')).toBeHidden();
    await expect(page.locator('.checklist__download').first()).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#informasjon')).toBeVisible();
  });

  test('the PDF download is one A4 page with the same content', async ({ page, request }) => {
    // Reading the structure tree back with pdf.js takes a while on a busy machine.
    test.setTimeout(120_000);
    await page.goto(CHECKLIST);
    const link = page.getByRole('link', { name: /^Last ned huskelisten \(PDF, bokmål, \d+ kB\)$/ });
    await expect(link).toHaveAttribute('href', CHECKLIST_PDF);
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const bytes = new Uint8Array(await res.body());
    // The link states the real size (whole kB above 10 kB).
    const stated = Number(/\((?:PDF, bokmål, )(\d+) kB\)/.exec((await link.innerText()).replace(/\s+/g, ' '))![1]);
    expect(Math.abs(bytes.length - stated * 1000), `${bytes.length} bytes stated as ${stated} kB`).toBeLessThanOrEqual(
      500,
    );
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Huskeliste for smerteteamet');
    // The file as served is a tagged PDF (PDF/UA-1, PDF/A-2a).
    await expectAccessiblePdf(bytes, { title: 'Huskeliste for smerteteamet', lang: 'nb-NO' }, expect);
    if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height].map((n) => n.toFixed(2))).toEqual(['595.28', '841.89']);
    const flat = await pdfText(bytes);
    // pdf.js may drop the space at a line break: compare without white space.
    for (const r of routes) expect(bare(flat)).toContain(bare(fillShortName(r.clinician)));
    for (const m of methods)
      expect(bare(flat)).toContain(bare(`${fillShortName(m.short)}: ${fillShortName(m.clinician)}`));
    expect(flat).toContain(`senest ${registry.deadlineDays} dager`);
    expect(flat).toContain('Skriv PID i e-posten.');
    expect(flat).toContain(registry.urls.edialog.split('#')[0]);
  });
});
