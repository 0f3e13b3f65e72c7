/**
 * The reservation form as built: the PDFs the /skjema/ page links to (fetched through the server
 * from the links' hrefs and read back), and the printable HTML version at /skjema/skriv-ut/.
 * Field names come from src/lib/form/fields.ts, the one definition both renderings share.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, PDFTextField } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { expectAccessiblePdf, formElements, hasQpdf, qpdfCheck } from '../tools/pdf-ua';
import { pdfText } from '../tools/pdf-text.ts';
import { flat } from '../tools/text.ts';
import { formFields, isFillable } from '../../src/lib/form/fields.ts';
import { fieldLabel, plainLabel } from '../../src/lib/form/texts.ts';
import { expect, test } from './fixtures.ts';

const fillable = formFields.filter(isFillable);

/** "46 kB" / "9,4 kB" → bytes as stated, and how far the real size may be from it by rounding. */
function statedBytes(size: string): { bytes: number; tolerance: number } {
  const m = /^(\d+)(?:,(\d))? kB$/.exec(size);
  if (!m) throw new Error(`Not a size in kB: "${size}"`);
  const decimals = m[2] === undefined ? 0 : 1;
  return { bytes: Number(`${m[1]}.${m[2] ?? 0}`) * 1000, tolerance: decimals ? 50 : 500 };
}

const LANGS = [
  {
    lang: 'nb',
    name: 'bokmål',
    file: 'bokmal',
    pdfLang: 'nb-NO',
    statement: 'Jeg reserverer meg mot registrering i',
    texts: [
      'Fødselsnummer',
      'Opplysninger om pasienten',
      'Utfylt på vegne av pasienten',
      'Send ikke skjemaet med vanlig e-post',
      'så snart som mulig, og senest 30 dager',
      'Elements',
      'eDialog',
      'ID-porten',
      'Sted og dato',
      'Underskrift',
    ],
  },
  {
    lang: 'nn',
    name: 'nynorsk',
    file: 'nynorsk',
    pdfLang: 'nn-NO',
    statement: 'Eg reserverer meg mot registrering i',
    texts: [
      'Fødselsnummer',
      'Opplysningar om pasienten',
      'Utfylt på vegner av pasienten',
      'Send ikkje skjemaet med vanleg e-post',
      'så snart som mogleg, og seinast 30 dagar',
      'Elements',
      'eDialog',
      'ID-porten',
      'Stad og dato',
      'Underskrift',
    ],
  },
] as const;

test.describe('/skjema/: the two PDF downloads', () => {
  for (const l of LANGS) {
    test(`the ${l.name} PDF: link, hashed name, size, and the file read back`, async ({ page, request }) => {
      // Reading the structure tree back with pdf.js takes a while on a busy machine.
      test.setTimeout(120_000);
      await page.goto('/skjema/');
      const link = page.locator(`main a[type="application/pdf"][hreflang="${l.lang}"]`);
      await expect(link).toHaveCount(1);
      const text = flat(await link.innerText());
      const m = new RegExp(`^Last ned reservasjonsskjemaet \\(PDF, ${l.name}, (\\d+(?:,\\d)? kB)\\)$`).exec(text);
      expect(m, text).not.toBeNull();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/skjema/reservasjonsskjema-${l.file}-[0-9a-f]{8}\\.pdf$`));
      await expect(link).toHaveAttribute('download', href.split('/').at(-1)!);

      const res = await request.get(href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      const bytes = new Uint8Array(await res.body());

      // The name carries the content hash; the link states the real size.
      expect(href).toContain(createHash('sha256').update(bytes).digest('hex').slice(0, 8));
      const stated = statedBytes(m![1]!);
      expect(Math.abs(bytes.length - stated.bytes), `${bytes.length} bytes stated as ${m![1]}`).toBeLessThanOrEqual(
        stated.tolerance,
      );

      // One A4 page, metadata, and exactly the fields of fields.ts, all text fields.
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect(Math.abs(width - 595.28)).toBeLessThan(0.5);
      expect(Math.abs(height - 841.89)).toBeLessThan(0.5);
      expect(doc.getTitle()).toBe('Reservasjon mot registrering i SmerteReg');
      expect(doc.getAuthor()).toBe('SmerteReg, Helse Bergen HF');
      expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(l.pdfLang);
      const fields = doc.getForm().getFields();
      expect(fields.map((f) => f.getName())).toEqual(fillable.map((f) => f.name));
      for (const f of fields) expect(f).toBeInstanceOf(PDFTextField);

      // The file as served is a tagged PDF (PDF/UA-1, PDF/A-2a) whose fields are named by their labels.
      await expectAccessiblePdf(bytes, { title: 'Reservasjon mot registrering i SmerteReg', lang: l.pdfLang }, expect);
      expect((await formElements(bytes)).map((f) => f.name)).toEqual(fillable.map((f) => f.name));
      if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);

      // The printed text, with æøå intact, and how to send it.
      const pdf = await pdfText(bytes);
      expect(pdf).toContain(`${l.statement} Nasjonalt kvalitetsregister for smertebehandling (SmerteReg).`);
      for (const t of l.texts) expect(pdf).toContain(t);
      for (const f of formFields) expect(pdf).toContain(plainLabel(f, l.lang));
      expect(pdf.replace(/\s/g, '')).toContain(
        'https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten',
      );
      // No postal address is configured: the form says where to find it.
      expect(pdf.replace(/\s/g, '')).toContain(
        'https://helse-bergen.no/nasjonalt-kvalitetsregister-for-smertebehandling/pasientinformasjon-ved-smertereg',
      );
    });

    test(`the ${l.name} PDF takes Norwegian and Sámi letters in every field`, async ({ page, request }) => {
      await page.goto('/skjema/');
      const href = (await page.locator(`main a[type="application/pdf"][hreflang="${l.lang}"]`).getAttribute('href'))!;
      const doc = await PDFDocument.load(new Uint8Array(await (await request.get(href)).body()));
      doc.registerFontkit(fontkit);
      const require = createRequire(import.meta.url);
      const font = await doc.embedFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), {
        subset: true,
      });
      const form = doc.getForm();
      const values = new Map(
        fillable.map((f, i) => [
          f.name,
          f.inputmode === 'numeric'
            ? '01017012345'
            : ['Bjørn Ærlig Åsen', 'Čáhppes Ŋuvttá Đ', 'Blåbærsyltetøy ÆØÅ'][i % 3]!.slice(0, f.maxLength),
        ]),
      );
      for (const [name, value] of values) form.getTextField(name).setText(value);
      form.updateFieldAppearances(font);
      const filled = await doc.save();
      const back = (await PDFDocument.load(filled)).getForm();
      for (const [name, value] of values) expect(back.getTextField(name).getText()).toBe(value);
      const annotations = await (await (await getDocumentProxy(new Uint8Array(filled))).getPage(1)).getAnnotations();
      expect(annotations.find((a) => a.fieldName === 'pasient.navn')?.fieldValue).toBe('Bjørn Ærlig Åsen');
    });
  }

  test('the page also offers the printable version, says how to send the form and the deadline', async ({ page }) => {
    await page.goto('/skjema/');
    const main = page.locator('main');
    await expect(main.locator('a[href="/skjema/skriv-ut/"]')).toHaveCount(1);
    const text = flat(await main.innerText());
    expect(text).toMatch(/Send ikke skjemaet med vanlig e-post/);
    expect(text).toMatch(/så snart som mulig, og senest 30 dager/);
    expect(text).toMatch(/Elements/);
    // No printer needed: the same fields, to write by hand (from fields.ts).
    expect(text).toMatch(/Har du ikke skriver\?/);
    for (const f of fillable) expect(text.toLowerCase()).toContain(plainLabel(f, 'nb').toLowerCase());
    await expect(
      main.locator('a[href^="https://helse-bergen.no/om-oss/kontaktinformasjon#edialog"]').first(),
    ).toBeVisible();
  });
});

test.describe('the English opt-out form PDF', () => {
  test('is served under its English, hashed name, tagged /Lang en, with the same field names', async ({ request }) => {
    test.setTimeout(120_000);
    // No bokmål page links the English form (the English pages link it); find it in the build.
    const dist = new URL('../../dist/skjema/', import.meta.url);
    const names = readdirSync(dist).filter((n) => /^opt-out-form-english-[0-9a-f]{8}\.pdf$/.test(n));
    expect(names).toHaveLength(1);
    const res = await request.get(`/skjema/${names[0]}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const bytes = new Uint8Array(await res.body());
    expect(names[0]).toContain(createHash('sha256').update(bytes).digest('hex').slice(0, 8));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Opt out of registration in SmerteReg');
    expect(
      doc
        .getForm()
        .getFields()
        .map((f) => f.getName()),
    ).toEqual(fillable.map((f) => f.name));
    await expectAccessiblePdf(bytes, { title: 'Opt out of registration in SmerteReg', lang: 'en' }, expect);
    if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const pdf = await pdfText(bytes);
    expect(pdf).toContain('I opt out of registration in Nasjonalt kvalitetsregister for smertebehandling (SmerteReg).');
    expect(pdf).toContain('National identity number');
    expect(pdf).toContain('fødselsnummer, 11 digits');
    expect(pdf).toContain('Do not send the form by ordinary email');
    expect(pdf).toContain('no later than 30 days');
    for (const f of formFields) expect(pdf).toContain(plainLabel(f, 'en'));
  });
});

test.describe('/skjema/skriv-ut/: the printable HTML form', () => {
  test('has a labelled input for every fillable field of fields.ts, and no <form> to submit', async ({
    page,
    watch,
  }) => {
    await page.goto('/skjema/skriv-ut/');
    await expect(page.locator('main form')).toHaveCount(0);
    const inputs = page.locator('main .printable-form input');
    expect(await inputs.evaluateAll((els) => els.map((e) => e.getAttribute('name')))).toEqual(
      fillable.map((f) => f.name),
    );
    for (const f of fillable) {
      const input = page.locator(`main input[name="${f.name}"]`);
      const label = fieldLabel(f, 'nb');
      await expect(page.getByLabel(label, { exact: false }).first()).toHaveAttribute('name', f.name);
      if (f.maxLength !== undefined) await expect(input).toHaveAttribute('maxlength', String(f.maxLength));
      if (f.autocomplete) await expect(input).toHaveAttribute('autocomplete', f.autocomplete);
      if (f.inputmode) await expect(input).toHaveAttribute('inputmode', f.inputmode);
      if (f.required) await expect(input).toHaveAttribute('required', '');
      else await expect(input).not.toHaveAttribute('required', /.*/);
    }
    // The hint is the input's description; optional is said in words, not only by a sign.
    await expect(page.locator('input[name="pasient.fodselsnummer"]')).toHaveAccessibleDescription(/11 siffer/);
    // Only name and fødselsnummer are required; no reason is given that a source does not give.
    expect(fillable.filter((f) => f.required).map((f) => f.name)).toEqual(['pasient.navn', 'pasient.fodselsnummer']);
    await expect(page.locator('main')).toContainText('Fullt navn og fødselsnummer må være med. Resten er valgfritt.');

    // Enter submits nothing: no navigation, the fødselsnummer never lands in a URL.
    const fnr = page.locator('input[name="pasient.fodselsnummer"]');
    await fnr.fill('01017012345');
    await fnr.press('Enter');
    await page.waitForTimeout(200);
    expect(page.url()).not.toContain('01017012345');
    expect(new URL(page.url()).search).toBe('');
    expect(watch.offsite).toEqual([]);
  });

  test('the on-behalf section is a fieldset with a legend; signature, sending, deadline and archive are there', async ({
    page,
  }) => {
    await page.goto('/skjema/skriv-ut/');
    const behalf = page.getByRole('group', { name: 'Utfylt på vegne av pasienten' });
    await expect(behalf).toBeVisible();
    await expect(behalf.getByLabel('Navn på den som fyller ut (valgfritt)')).toBeVisible();
    await expect(behalf.getByLabel(/Forhold til pasienten \(valgfritt\)/)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Opplysninger om pasienten' })).toBeVisible();
    const text = flat(await page.locator('main .printable-form').innerText());
    expect(text).toContain(
      'Jeg reserverer meg mot registrering i Nasjonalt kvalitetsregister for smertebehandling (SmerteReg).',
    );
    // The signature is a line to sign on paper, asked for without «(valgfritt)», as the page says.
    expect(text).toMatch(/Underskrift – pasienten eller den som fyller ut/);
    expect(text).not.toContain('Underskrift (valgfritt)');
    expect(text).toContain('Send ikke skjemaet med vanlig e-post.');
    expect(text).toMatch(/så snart som mulig, og senest 30 dager etter at skjemaet er mottatt/);
    // No source names who may fill in for the patient (facts.md C).
    expect(text).not.toMatch(/forelder|verge/);
    expect(text).toMatch(/arkivert i Elements/);
    await expect(
      page.locator(
        '.printable-form a[href="https://helse-bergen.no/om-oss/kontaktinformasjon#edialog--for-sikker-sending-av-e-post-via-id-porten"]',
      ),
    ).toBeVisible();
  });

  test('says the same as the PDF: every label and the statement are in the bokmål PDF', async ({ page, request }) => {
    await page.goto('/skjema/');
    const href = (await page.locator('main a[type="application/pdf"][hreflang="nb"]').getAttribute('href'))!;
    const pdf = await pdfText(new Uint8Array(await (await request.get(href)).body()));
    await page.goto('/skjema/skriv-ut/');
    for (const label of await page.locator('.printable-form label').allInnerTexts()) {
      expect(pdf).toContain(flat(label).replace(/ – .*$/, ''));
    }
    expect(pdf).toContain(flat(await page.locator('.printable-form__statement').innerText()));
    for (const p of await page.locator('.printable-form__next p').allInnerTexts()) expect(pdf).toContain(flat(p));
  });

  test('prints on exactly one A4 page, without the site around it, also when filled in', async ({ page }) => {
    await page.goto('/skjema/skriv-ut/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-header__nav',
      '.breadcrumbs',
      '.site-footer',
      'main > h1',
      '.printable-form__screen',
    ]) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    await expect(page.locator('.printable-form__title')).toBeVisible();

    const blank = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const doc = await PDFDocument.load(blank);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 595.28)).toBeLessThan(2);
    expect(Math.abs(height - 841.89)).toBeLessThan(2);
    const text = await pdfText(blank);
    expect(text).toContain('Reservasjon mot registrering i SmerteReg');
    expect(text).toContain('Hva skjer etterpå?');
    expect(text).not.toContain('Hopp til hovedinnholdet');
    expect(text).not.toContain('Søk');

    for (const f of fillable) {
      await page
        .locator(`input[name="${f.name}"]`)
        .fill(f.inputmode === 'numeric' ? '01017012345' : 'Bjørn Ærlig Åsen');
    }
    const filled = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await PDFDocument.load(filled)).getPageCount()).toBe(1);
    expect(await pdfText(filled)).toContain('Bjørn Ærlig Åsen');
  });
});
