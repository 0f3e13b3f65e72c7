/**
 * The reservation form PDF: one A4 page, the fields of src/lib/form/fields.ts, Norwegian and
 * Sámi letters in page text and fields, deterministic bytes, the registry's facts, and a tagged
 * PDF/UA-1 / PDF/A-2a document whose structure follows the page (./pdf-ua.ts).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, PDFString, PDFTextField } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { formFields, isFillable, type FormField } from '../../src/lib/form/fields';
import { fieldDescription, fieldHint, fieldLabel, formTexts, plainLabel } from '../../src/lib/form/texts';
import type { Lang } from '../../src/i18n/languages';
import { LANGS } from '../../src/i18n/languages';
import { format } from '../../src/i18n/format';
import { FORM_DATE, LAYOUT, buildReservationPdf } from '../../src/lib/form/pdf';
import { PDF_CREATOR, PageOverflowError, loadDejaVuFonts } from '../../src/lib/pdf';
import { language } from '../../src/i18n/languages';
import { registrySchema, type Registry } from '../../src/lib/content/schemas';
import { expectAccessiblePdf, formElements, hasQpdf, qpdfCheck, topLevel } from '../tools/pdf-ua';
import { pdfText } from '../tools/pdf-text';
import { compact, flat } from '../tools/text';
import { readYaml } from '../tools/content';

// Building and reading back PDFs takes seconds on a busy machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 60_000 });

const registryData = readYaml('registry.yaml');
const registry: Registry = registrySchema.parse(registryData);

/** The same registry with secretariat fields replaced; goes through the schema like the real one. */
function withSecretariat(secretariat: Record<string, string>): Registry {
  return registrySchema.parse({ ...registryData, secretariat: { ...registryData.secretariat, ...secretariat } });
}

const TEST_ADDRESS = 'TEST-ADRESSE\nLinje 2';

const fillable = formFields.filter(isFillable);

/** A test value for every field, within its maxLength, with æøå and Sámi letters where text is allowed. */
function testValue(field: FormField, i: number): string {
  if (field.inputmode === 'numeric') return '0101701234'.padEnd(field.maxLength ?? 11, '5');
  const values = ['Bjørn Ærlig Åsen', 'Čáhppes Ŋuvttá Đ', 'Šiellat Ŧiekke Žž æøå ÆØÅ'];
  return (values[i % values.length] ?? '').slice(0, field.maxLength);
}

if (!hasQpdf) console.warn('qpdf is not installed: skipping `qpdf --check` of the PDFs (apt-get install qpdf).');

/** Each language's form, built once for the tests that only read it. */
const built = new Map<Lang, Promise<Uint8Array>>();
const form = (lang: Lang) => {
  if (!built.has(lang)) built.set(lang, buildReservationPdf(registry, lang));
  return built.get(lang)!;
};

describe.each(LANGS)('reservation form PDF (%s)', (lang: Lang) => {
  const texts = formTexts(registry, lang);

  it('is a tagged PDF (PDF/UA-1, PDF/A-2a) whose structure follows the page', async () => {
    const bytes = await form(lang);
    const tree = await expectAccessiblePdf(bytes, { title: texts.title, lang: language(lang).pdfLang }, expect);
    const top = topLevel(tree);
    const compact = (s: string) => s.replace(/\s+/g, '');

    // Reading order: title, intro, statement, then each section's heading, intro and fields,
    // then how to send it and what happens next.
    expect(top.slice(0, 3).map((n) => [n.role, compact(n.text)])).toEqual([
      ['H1', compact(texts.title)],
      ['P', compact(texts.intro)],
      ['P', compact(texts.statement)],
    ]);
    expect(top.filter((n) => n.role === 'H2').map((n) => n.text)).toEqual([
      ...Object.values(texts.sections).map((s) => s.heading),
      texts.send.heading,
      texts.next.heading,
    ]);
    // Each field: its printed label (a P), right before its Form element.
    const fillableNames = fillable.map((f) => f.name);
    const forms = top.flatMap((n, i) => (n.role === 'Form' ? [i] : []));
    expect(forms).toHaveLength(fillable.length);
    forms.forEach((at, i) => {
      expect(top[at - 1]?.role).toBe('P');
      // The hint follows the label after " – " on the same line, or alone on the next line.
      const noDash = (t: string) => compact(t).replace(/–/g, '');
      expect(noDash(top[at - 1]!.text)).toBe(noDash(fieldDescription(fillable[i]!, lang)));
    });
    // The signature has a label but no field.
    for (const s of formFields.filter((f) => !isFillable(f))) {
      const label = compact(fieldDescription(s, lang)).replace(/–/g, '');
      expect(top.some((n) => n.role === 'P' && compact(n.text).replace(/–/g, '') === label)).toBe(true);
    }
    // pdf.js: the widgets in structure order are the fields in order, named by their label.
    expect(await formElements(bytes)).toEqual(fillable.map((f) => ({ name: f.name, tu: fieldDescription(f, lang) })));
    expect(fillableNames).toEqual(formFields.filter(isFillable).map((f) => f.name));
    // Every link is a Link element with its annotation; the eDialog address is one of them.
    const links = top.flatMap(function all(n): typeof top {
      return [...(n.role === 'Link' ? [n] : []), ...n.kids.flatMap(all)];
    });
    expect(links.map((l) => compact(l.text))).toContain(registry.urls.edialog);
  }, 60_000);

  it.skipIf(!hasQpdf)(
    'passes qpdf --check',
    async () => {
      expect(qpdfCheck(await form(lang))).toMatch(/No syntax or stream encoding errors/);
    },
    60_000,
  );

  it('is one A4 page with the metadata set', async () => {
    // updateMetadata: false, or pdf-lib would set the modification date to now on load.
    const doc = await PDFDocument.load(await form(lang), { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);
    expect(Math.abs(width - 595.28)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(height - 841.89)).toBeLessThanOrEqual(0.5);

    expect(doc.getTitle()).toBe(texts.title);
    expect(doc.getTitle()).toContain(registry.shortName);
    expect(doc.getAuthor()).toBe(`${registry.shortName}, ${registry.owner}`);
    expect(doc.getSubject()).toBe(texts.subject);
    expect(doc.getCreator()).toBe(PDF_CREATOR);
    expect(doc.getCreationDate()?.toISOString()).toBe(FORM_DATE.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(FORM_DATE.toISOString());
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(language(lang).pdfLang);
    // Deterministic file identifier: derived from the content, the same in both places.
    const id = doc.context.trailerInfo.ID as unknown as { asArray(): { toString(): string }[] };
    const [first, second] = id.asArray().map(String);
    expect(first).toMatch(/^<[0-9a-f]{32}>$/);
    expect(second).toBe(first);
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });

  it('has exactly the fillable fields of fields.ts as text fields; the signature is a line only', async () => {
    const pdfForm = (await PDFDocument.load(await form(lang))).getForm();
    const fields = pdfForm.getFields();
    expect(fields.map((f) => f.getName())).toEqual(fillable.map((f) => f.name));
    for (const field of fields) expect(field).toBeInstanceOf(PDFTextField);
    for (const def of fillable) {
      const field = pdfForm.getTextField(def.name);
      expect(field.getMaxLength()).toBe(def.maxLength);
      expect(field.isRequired()).toBe(def.required);
      expect(field.isMultiline()).toBe(def.type === 'multiline');
      expect(field.getText()).toBeUndefined();
      // The tooltip screen readers announce.
      expect(field.acroField.dict.lookup(PDFName.of('TU'), PDFHexString).decodeText()).toBe(
        fieldDescription(def, lang),
      );
    }
    const signatures = formFields.filter((f) => f.type === 'signature');
    expect(signatures.length).toBeGreaterThan(0);
    for (const s of signatures) expect(pdfForm.getFieldMaybe(s.name)).toBeUndefined();
  });

  it('prints the statement, labels and the registry facts with æøå intact', async () => {
    const text = await pdfText(await form(lang));
    const f = flat(text);
    expect(f).toContain(texts.title);
    expect(f).toContain(texts.statement);
    expect(f).toContain(`${registry.name} (${registry.shortName})`);
    // Each language's own words for the same things (the English one keeps "fødselsnummer").
    const own = {
      nb: [
        'Fødselsnummer',
        'Jeg reserverer meg',
        'Send ikke skjemaet med vanlig e-post',
        'så snart som mulig, og senest',
        'dager',
      ],
      nn: [
        'Fødselsnummer',
        'Eg reserverer meg',
        'Send ikkje skjemaet med vanleg e-post',
        'så snart som mogleg, og seinast',
        'dagar',
      ],
      en: [
        'fødselsnummer, 11 digits',
        'I opt out of registration in',
        'Do not send the form by ordinary email',
        'as soon as possible, and no later than',
        'days',
      ],
    }[lang];
    for (const words of own.slice(0, 4)) expect(f).toContain(words);
    // No source names who may fill in for the patient (facts.md C).
    expect(f).not.toMatch(/forelder|verge|verje|parent|guardian/i);
    expect(f).toContain(`${registry.deadlineDays} ${own[4]}`);
    expect(f).toContain(registry.archiveSystem);
    expect(f).toContain('eDialog');
    expect(f).toContain('ID-porten');
    for (const field of formFields) expect(f).toContain(plainLabel(field, lang));
    for (const heading of Object.values(texts.sections)) expect(f).toContain(heading.heading);
    expect(compact(text)).toContain(registry.urls.edialog);

    // The secretariat's postal address is not configured in content/registry.yaml:
    // the form says where to find it.
    expect(registry.secretariat.postalAddress).toBeUndefined();
    const post = texts.send.post;
    expect(post.kind).toBe('link');
    if (post.kind === 'link') {
      expect(f).toContain(post.findAddress);
      expect(compact(text)).toContain(registry.urls.smertereg);
    }
    if (lang === 'nn') expect(f).not.toMatch(/\b(ikke|jeg|hvis|bare)\b/i);
    // English: plain English around the Norwegian names (registry, services, the word fødselsnummer).
    if (lang === 'en') expect(f).not.toMatch(/\b(ikke|ikkje|jeg|eg|og|skjemaet|registersekretariatet)\b/i);
  });

  it('keeps all text inside the margins', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await form(lang)));
    const page = await pdf.getPage(1);
    const [, , pageWidth] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as {
      str: string;
      width: number;
      transform: number[];
    }[];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      const [, , , , x = 0, y = 0] = item.transform;
      expect(y, item.str).toBeGreaterThanOrEqual(LAYOUT.margin);
      expect(x, item.str).toBeGreaterThanOrEqual(LAYOUT.margin - 0.01);
      expect(x + item.width, item.str).toBeLessThanOrEqual(pageWidth - LAYOUT.margin + 0.01);
    }
  });

  it('takes Norwegian and Sámi letters in every field', async () => {
    const doc = await PDFDocument.load(await form(lang));
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont((await loadDejaVuFonts()).regular, { subset: true });
    const filling = doc.getForm();
    const values = new Map(fillable.map((field, i) => [field.name, testValue(field, i)]));
    for (const [name, value] of values) filling.getTextField(name).setText(value);
    filling.updateFieldAppearances(font);
    const filled = await doc.save();

    const reloaded = (await PDFDocument.load(filled)).getForm();
    for (const [name, value] of values) expect(reloaded.getTextField(name).getText()).toBe(value);
    expect([...values.values()].join(' ')).toMatch(/Bjørn Ærlig Åsen.*Čáhppes Ŋuvttá Đ/);

    // pdf.js sees the same values.
    const annotations = await (await (await getDocumentProxy(new Uint8Array(filled))).getPage(1)).getAnnotations();
    const shown = new Map(
      annotations.filter((a) => a.fieldName).map((a) => [a.fieldName as string, a.fieldValue as string]),
    );
    for (const [name, value] of values) expect(shown.get(name)).toBe(value);

    // Filled in, it is still a well-formed, tagged document.
    const again = await PDFDocument.load(filled);
    expect(again.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    if (hasQpdf) expect(qpdfCheck(filled)).toMatch(/No syntax or stream encoding errors/);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await form(lang);
    const b = await buildReservationPdf(registry, lang);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeLessThan(100_000);
  });

  it('prints a configured postal address instead of the fallback', async () => {
    const withAddress = withSecretariat({ postalAddress: TEST_ADDRESS });
    const post = formTexts(withAddress, lang).send.post;
    expect(post.kind).toBe('address');
    const fallback = texts.send.post;
    if (fallback.kind !== 'link') throw new Error('expected the fallback for the unconfigured registry');

    const text = await pdfText(await buildReservationPdf(withAddress, lang));
    expect(flat(text)).toContain('TEST-ADRESSE');
    expect(flat(text)).toContain('Linje 2');
    expect(flat(text)).not.toContain(fallback.findAddress);
    expect(compact(text)).not.toContain(registry.urls.smertereg);
  });

  it('has room for a postal address of five lines', async () => {
    const five = withSecretariat({
      postalAddress: ['TEST-ADRESSE', 'Linje 2', 'Linje 3', 'Linje 4', 'Linje 5'].join('\n'),
    });
    const doc = await PDFDocument.load(await buildReservationPdf(five, lang));
    expect(doc.getPageCount()).toBe(1);
  });

  it('refuses to build a form that would not fit on one page', async () => {
    const tooLong = withSecretariat({
      postalAddress: Array.from({ length: 40 }, (_, i) => `TEST-LINJE ${i}`).join('\n'),
    });
    await expect(buildReservationPdf(tooLong, lang)).rejects.toThrow(PageOverflowError);
  });
});

it('bokmål, nynorsk and English differ, with the same field names', async () => {
  const all = await Promise.all(LANGS.map((lang) => form(lang)));
  expect(new Set(all.map((bytes) => Buffer.from(bytes).toString('base64'))).size).toBe(LANGS.length);
  const names = await Promise.all(
    all.map(async (bytes) =>
      (await PDFDocument.load(bytes))
        .getForm()
        .getFields()
        .map((f) => f.getName()),
    ),
  );
  for (const n of names) expect(n).toEqual(names[0]);
});

describe('the form in the page language', () => {
  it('has nynorsk screen and form texts without bokmål-only words, English without Norwegian ones', () => {
    const words = (lang: Lang) => {
      const t = formTexts(registry, lang);
      const s = t.screen;
      return [
        s.intro,
        s.nothingSent,
        format(s.required, { labels: 'X' }),
        s.signOnPaper,
        ...s.print,
        s.handwritten.intro,
        s.handwritten.statement,
        format(s.handwritten.behalf, { labels: 'X' }),
        t.intro,
        t.statement,
        t.send.emailWarning,
        t.send.edialog.text,
        ...t.next.paragraphs,
        ...Object.values(t.sections).flatMap((x) => [x.heading, x.intro ?? '']),
        ...formFields.flatMap((f) => [fieldLabel(f, lang), fieldHint(f, lang) ?? '']),
      ].join('\n');
    };
    expect(words('nn')).not.toMatch(/\b(ikke|hva|hvis|fra|uten|bare|noen|jeg|siden|skrevet|skriver du også)\b/i);
    // English: the registry's and the services' Norwegian names, and the word fødselsnummer, only.
    const en = words('en')
      .replaceAll(registry.name, '')
      .replace(/fødselsnummer/g, '');
    expect(en).not.toMatch(/[æøå]|\b(og|ikke|skjema\w*|du|deg)\b/i);
  });
});
