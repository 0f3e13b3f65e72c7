/**
 * The printed material (issue 20 §4): the clinicians' page /helsepersonell/materiell/ in bokmål
 * and nynorsk lists every document that has a file, with its paper, how to print it, and one
 * working download per language whose stated size is the file's; the clinician page, the
 * checklist and the site map link it; the English opt-out page links the English leaflets once
 * they exist, and shows nothing of them before. Driven by the download table, so a document
 * that gets a file is checked without a change here.
 */
import { materialFor } from '../../src/lib/downloads/material.ts';
import { formatSize, hreflangOf, parseDownloadId } from '../../src/lib/downloads/downloads.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { prefixOf } from '../../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';

for (const lang of ['nb', 'nn'] as const) {
  const path = `${prefixOf(lang)}/helsepersonell/materiell/`;
  const say = words(lang).downloads;
  const items = materialFor(lang);

  test(`${path}: every document with a file, its paper and sides, a working download per language`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const sections = page.locator('main .material-list__item');
    await expect(sections.locator('h2')).toHaveText(items.map((i) => say.documents[i.doc].name));
    for (const [n, item] of items.entries()) {
      const section = sections.nth(n);
      const facts = section.locator('dd');
      await expect(facts.nth(0)).toHaveText(item.doc === 'poster' ? /^A4\b.*\bA3\b/ : /^A4$/);
      await expect(facts.nth(1)).toHaveText(item.doc === 'leaflet' ? say.printing.twoSided : say.printing.oneSided);
      const links = section.locator('a.download');
      // One link per language the document exists in, the page's language first when it has one.
      const langs = item.ids.map((id) => parseDownloadId(id).lang);
      expect(langs[0] === lang || !langs.includes(lang), `${item.doc}: the page's language first`).toBe(true);
      await expect(links).toHaveCount(item.ids.length);
      for (const [i, fileLang] of langs.entries()) {
        const link = links.nth(i);
        await expect(link).toHaveAttribute('hreflang', hreflangOf(fileLang));
        await expect(link).toContainText(say.documents[item.doc].download);
        const href = (await link.getAttribute('href'))!;
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type'], href).toContain('application/pdf');
        const bytes = (await response.body()).length;
        await expect(link, `${href} states its own size`).toContainText(`, ${formatSize(bytes, say)})`);
      }
    }
  });
}

test('the clinician pages, the checklist and the site map link the page of printed material', async ({ page }) => {
  for (const lang of ['nb', 'nn'] as const) {
    const target = `${prefixOf(lang)}/helsepersonell/materiell/`;
    for (const from of ['/helsepersonell/', '/helsepersonell/huskeliste/', '/nettstedskart/']) {
      await page.goto(`${prefixOf(lang)}${from}`);
      await expect(page.locator(`main a[href="${target}"]`), `${prefixOf(lang)}${from}`).toHaveCount(1);
    }
  }
});

test('the English opt-out page links the English leaflets once they exist, and the easy-read page', async ({
  page,
}) => {
  const say = words('en').downloads;
  const items = materialFor('en', { docs: ['leaflet', 'easyRead'], ownLanguageOnly: true });
  await page.goto('/en/reservasjon/');
  const links = page.locator('main a.download');
  await expect(links).toHaveCount(items.length);
  for (const [i, item] of items.entries()) {
    await expect(links.nth(i)).toHaveAttribute('hreflang', 'en');
    await expect(links.nth(i)).toContainText(say.documents[item.doc].download);
  }
  // The heading over the links is there exactly when there is something under it.
  await expect(page.getByRole('heading', { name: 'On paper' })).toHaveCount(items.length > 0 ? 1 : 0);
  await expect(page.locator('main a[href="/en/lettlest/"]')).not.toHaveCount(0);
});
