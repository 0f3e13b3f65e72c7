/**
 * The helsenorge user guide (/helsenorge-veiledning/): the steps in order with their numbers,
 * accessible, printable without the site's navigation, and the same steps in the guide PDF.
 * The expected path is typed here from facts.md (B), independently of content/.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { expectAccessiblePdf, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { pdfText } from '../tools/pdf-text.ts';
import { flat } from '../tools/text.ts';
import { expect, test } from './fixtures.ts';

const PATH = '/helsenorge-veiledning/';

/** The steps, in this order (facts.md B: helsenorge.no /personverninnstillinger/, /om-tjenestene/profil/). */
const STEPS = [
  /^Logg inn på helsenorge\.no med elektronisk ID\.$/,
  /^Klikk på navnet ditt øverst på siden\.$/,
  /^Velg «Profil og innstillinger»\.$/,
  /^Velg «Personverninnstillinger»\.$/,
  // helsenorge's screens are not ours: SmerteReg may not be listed (facts.md C).
  /^Se om SmerteReg står der\. Står det der, kan du reservere deg\.$/,
];

test('the steps render as one numbered list, in order', async ({ page }) => {
  await page.goto(PATH);
  const lists = page.locator('main ol.steps');
  await expect(lists).toHaveCount(1);
  const items = lists.locator('> li');
  const texts = (await items.allInnerTexts()).map(flat);
  expect(texts).toHaveLength(STEPS.length);
  STEPS.forEach((re, i) => expect(texts[i]).toMatch(re));
  // Real list numbers 1…5: decimal markers, counting from 1, every item a list item.
  const numbering = await lists.evaluate((ol: HTMLOListElement) => ({
    start: ol.start,
    reversed: ol.reversed,
    style: getComputedStyle(ol).listStyleType,
    items: [...ol.children].map((li) => [li.tagName, getComputedStyle(li).display, (li as HTMLLIElement).value]),
  }));
  expect(numbering.start).toBe(1);
  expect(numbering.reversed).toBe(false);
  expect(numbering.style).toBe('decimal');
  expect(numbering.items).toEqual(STEPS.map(() => ['LI', 'list-item', 0]));
  // The first step links to helsenorge.no.
  await expect(items.first().getByRole('link', { name: 'helsenorge.no' })).toHaveAttribute(
    'href',
    'https://www.helsenorge.no',
  );
});

test('says what you need first, how you know it worked, the support line, and what to do if SmerteReg is not listed', async ({
  page,
}) => {
  await page.goto(PATH);
  const main = page.locator('main');
  const text = flat(await main.innerText());
  expect(text).toMatch(/Dette trenger du først.*BankID, Buypass eller Commfides/);
  expect(text).toMatch(/Skjermbildene på helsenorge\.no kan endre seg/);
  expect(text).toMatch(/ikke sikkert at SmerteReg står i listen/);
  expect(text).toMatch(/Slik vet du at det er registrert/);
  expect(text).toMatch(/Ring Veiledning Helsenorge på 23 32 70 00, hverdager kl\. 08\.00–15\.30\./);
  await expect(main.locator('a[href="tel:23327000"]')).toHaveText('23\u00a032\u00a070\u00a000');
  const notListed = main.locator('section', { has: page.getByRole('heading', { name: 'Finner du ikke SmerteReg?' }) });
  for (const href of ['/reservasjon/behandler/', '/reservasjon/skjema/', '/reservasjon/edialog/']) {
    await expect(notListed.locator(`a[href="${href}"]`)).toHaveCount(1);
  }
  // Order: steps before how you know it worked, before the support line.
  expect(text.indexOf('Slik gjør du det')).toBeLessThan(text.indexOf('Slik vet du at det er registrert'));
  expect(text.indexOf('Slik vet du at det er registrert')).toBeLessThan(text.indexOf('Trenger du hjelp'));
});

test('has no screenshots of helsenorge: drawings only, hidden from screen readers, without text', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.locator('main img')).toHaveCount(0);
  const drawings = page.locator('main figure svg');
  expect(await drawings.count()).toBeGreaterThan(0);
  for (const svg of await drawings.all()) {
    await expect(svg).toHaveAttribute('aria-hidden', 'true');
    await expect(svg.locator('text')).toHaveCount(0);
  }
  await expect(page.locator('main figure figcaption')).toContainText('ikke et bilde av helsenorge.no');
});

test('prints the steps without the navigation', async ({ page }) => {
  await page.goto(PATH);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    '.site-header',
    '.site-header__nav',
    '.breadcrumbs',
    '.search-form',
    '.skip-link',
    '.site-footer__grid',
    'main a.download',
  ]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main ol.steps > li')).toHaveCount(STEPS.length);
  for (const li of await page.locator('main ol.steps > li').all()) await expect(li).toBeVisible();

  const printed = await page.pdf({ preferCSSPageSize: true });
  const doc = await PDFDocument.load(printed);
  expect(doc.getPageCount()).toBeLessThanOrEqual(2);
  const text = await pdfText(printed);
  for (const re of STEPS) expect(text).toContain(re.source.replace(/^\^|\$$/g, '').replace(/\\/g, ''));
  expect(text).not.toContain('Hopp til hovedinnholdet');
  expect(text).not.toContain('Kontakt registersekretariatet');
  expect(text).not.toContain('Tilgjengelighetserklæring');
  expect(text).not.toContain('Last ned veiledningen');
});

test('the guide PDF: linked with type, language and size, named by its hash, with the steps in order', async ({
  page,
  request,
}) => {
  // Reading the structure tree back with pdf.js takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto(PATH);
  const link = page.locator('main a[type="application/pdf"]');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('hreflang', 'nb');
  const m = /^Last ned veiledningen \(PDF, bokmål, (\d+) kB\)$/.exec(flat(await link.innerText()));
  expect(m).not.toBeNull();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/helsenorge-veiledning\/veiledning-helsenorge-bokmal-[0-9a-f]{8}\.pdf$/);

  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const bytes = new Uint8Array(await res.body());
  expect(href).toContain(createHash('sha256').update(bytes).digest('hex').slice(0, 8));
  expect(Math.abs(bytes.length - Number(m![1]) * 1000)).toBeLessThanOrEqual(500);

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  expect(doc.getTitle()).toBe(flat(await page.locator('h1').innerText()));
  expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nb-NO');
  // The file as served is a tagged PDF (PDF/UA-1, PDF/A-2a).
  await expectAccessiblePdf(bytes, { title: doc.getTitle()!, lang: 'nb-NO' }, expect);
  if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  const { width, height } = doc.getPage(0).getSize();
  expect(Math.abs(width - 595.28)).toBeLessThan(0.5);
  expect(Math.abs(height - 841.89)).toBeLessThan(0.5);

  const text = await pdfText(bytes);
  let at = -1;
  for (const re of STEPS) {
    const step = re.source.replace(/^\^|\$$/g, '').replace(/\\/g, '');
    const next = text.indexOf(step, at + 1);
    expect(next, step).toBeGreaterThan(at);
    at = next;
  }
  expect(text).toContain('BankID, Buypass eller Commfides');
  expect(text).toContain('Skjermbildene på helsenorge.no kan endre seg');
  expect(text.replace(/\u00a0/g, ' ')).toContain('23 32 70 00');
  expect(text).toContain('Finner du ikke SmerteReg?');
  // The page and the PDF say the same: every step on the page is in the PDF.
  for (const li of await page.locator('main ol.steps > li').allInnerTexts()) expect(text).toContain(flat(li));
});
