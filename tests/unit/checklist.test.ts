/**
 * The clinician checklist as data (src/lib/checklist/checklist.ts) and as a one-page A4 PDF
 * (src/lib/checklist/pdf.ts): facts from content/, nothing guessed, always one page.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { buildChecklist, contactSpans, itemText, type Checklist } from '../../src/lib/checklist/checklist';
import { buildChecklistPdf } from '../../src/lib/checklist/pdf';
import { PageOverflowError } from '../../src/lib/pdf';
import { registrySchema, type Registry } from '../../src/lib/content/schemas';
import { readChecklistWords, readMethods, readRoutes, readYaml as yaml } from '../tools/content';
import { fill } from '../../src/lib/content/fill';
import { parseChecklistWords } from '../../src/lib/checklist/words';
import { FULL_LANGS } from '../../src/i18n/languages';
import { expectAccessiblePdf, hasQpdf, qpdfCheck, topLevel } from '../tools/pdf-ua';

// Building and reading back PDFs takes seconds on a busy machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 60_000 });

const registryData = yaml('registry.yaml');
const registry = registrySchema.parse(registryData);
const routes = readRoutes();
const methods = readMethods();
const configured: Registry = registrySchema.parse({
  ...registryData,
  secretariat: { phone: '00 00 00 01', email: 'sekretariat@test.invalid', postalAddress: '' },
});

const nbWords = readChecklistWords('nb');
const nnWords = readChecklistWords('nn');

const allText = (list: Checklist) => list.sections.flatMap((s) => [s.title, ...s.items.map(itemText)]).join('\n');
const hrefs = (list: Checklist) =>
  list.sections.flatMap((s) => s.items.flatMap((i) => i.detail.flatMap((d) => (d.href ? [d.href] : []))));

describe('buildChecklist', () => {
  const list = buildChecklist(registry, routes, methods, nbWords);

  it('has the sections the checklist promises', () => {
    expect(list.sections.map((s) => s.id)).toEqual([
      'si-til-pasienten',
      'informasjon',
      'reservere',
      'muntlig',
      'frist',
      'aldri-personopplysninger',
    ]);
  });

  it('lists the four routes and the four methods in their order', () => {
    const info = list.sections.find((s) => s.id === 'informasjon')!;
    const ways = list.sections.find((s) => s.id === 'reservere')!;
    // Said to the clinician: the routes' and methods' clinician texts, not the patient's titles.
    expect(info.items.map(itemText)).toEqual(
      routes.sort((a, b) => a.order - b.order).map((r) => expect.stringContaining(fill(r.clinician, registry))),
    );
    expect(ways.items.map((i) => i.title)).toEqual(methods.sort((a, b) => a.order - b.order).map((m) => `${m.short}:`));
    expect(ways.items.map(itemText)).toEqual(
      methods.sort((a, b) => a.order - b.order).map((m) => expect.stringContaining(fill(m.clinician, registry))),
    );
    expect(allText(list)).not.toMatch(/Spør behandleren din/);
    expect(info.title).toMatch(/^Fire /);
    expect(ways.title).toMatch(/^Fire /);
  });

  it('takes the deadline and the archive from the registry', () => {
    const other = buildChecklist({ ...registry, deadlineDays: 17, archiveSystem: 'Arkivet' }, routes, methods, nbWords);
    expect(allText(other)).toContain('senest 17 dager etter at registersekretariatet har mottatt reservasjonen');
    expect(allText(other)).toContain('Fristen: 17 dager');
    expect(allText(other)).toContain('Arkivet');
    expect(allText(list)).toContain(`senest ${registry.deadlineDays} dager`);
  });

  it('states the PID rule', () => {
    const text = allText(list);
    expect(text).toContain('Skriv PID i e-posten.');
    expect(text).toContain(
      'Skriv aldri personopplysninger i e-posten: ikke navn, fødselsnummer, adresse eller telefonnummer.',
    );
  });

  it('links only to the registry URLs when no contact details are configured', () => {
    const known = new Set(Object.values(registry.urls));
    for (const href of hrefs(list)) expect(known, href).toContain(href);
    expect(allText(list)).not.toMatch(/\d{2} ?\d{2} ?\d{2} ?\d{2}|@/);
  });

  it('shows the configured phone and e-mail, and no fallback then', () => {
    const text = allText(buildChecklist(configured, routes, methods, nbWords));
    expect(text).toContain('Telefon: 00 00 00 01.');
    expect(text).toContain('E-post: sekretariat@test.invalid.');
    expect(text).not.toContain('Kontaktinformasjon til');
    expect(hrefs(buildChecklist(configured, routes, methods, nbWords))).toContain('tel:00000001');
  });

  it('contactSpans names only what is missing', () => {
    const half = registrySchema.parse({ ...registryData, secretariat: { phone: '00 00 00 01', email: '' } });
    expect(
      contactSpans(half, ['phone', 'email'], nbWords)
        .map((s) => s.text)
        .join(''),
    ).toBe('Telefon: 00 00 00 01. Annen kontaktinformasjon til SmerteReg finner du hos Helse Bergen.');
    expect(
      contactSpans(registry, ['phone', 'email'], nbWords)
        .map((s) => s.text)
        .join(''),
    ).toBe('Kontaktinformasjon til SmerteReg finner du hos Helse Bergen.');
  });
});

describe('buildChecklistPdf', () => {
  const options = {
    lang: 'nb' as const,
    date: new Date('2026-11-27T00:00:00Z'),
    footer: 'Sist gjennomgått 27. november 2026.',
  };
  let cached: Promise<Uint8Array> | undefined;
  /** The checklist PDF, built once for the tests that only read it. */
  const pdf = () => (cached ??= buildChecklistPdf(buildChecklist(registry, routes, methods, nbWords), options));
  const compact = (s: string) => s.replace(/\s+/g, '');

  it('is a tagged PDF (PDF/UA-1, PDF/A-2a): each section a heading and a list, in order', async () => {
    const list = buildChecklist(registry, routes, methods, nbWords);
    const tree = await expectAccessiblePdf(await pdf(), { title: list.title, lang: 'nb-NO' }, expect);
    const top = topLevel(tree);
    const expected = ['H1', ...list.sections.flatMap(() => ['H2', 'L']), 'P'];
    expect(top.map((n) => n.role)).toEqual(expected);
    list.sections.forEach((section, i) => {
      const heading = top[1 + 2 * i]!;
      const items = top[2 + 2 * i]!;
      expect(heading.text).toBe(section.title);
      expect(items.kids).toHaveLength(section.items.length);
      items.kids.forEach((li, j) => {
        expect(li.kids.map((k) => k.role)).toEqual(['Lbl', 'LBody']);
        expect(li.kids[0]!.text).toBe(section.ordered ? `${j + 1}.` : '•');
        expect(compact(li.kids[1]!.text)).toBe(compact(itemText(section.items[j]!)));
      });
    });
    expect(top.at(-1)!.text).toBe(`Kilde: ${list.source.label}. ${options.footer}`);
  }, 60_000);

  it.skipIf(!hasQpdf)(
    'passes qpdf --check',
    async () => {
      expect(qpdfCheck(await pdf())).toMatch(/No syntax or stream encoding errors/);
    },
    60_000,
  );

  it('is one A4 page with the checklist text, and the same bytes every time', async () => {
    const list = buildChecklist(registry, routes, methods, nbWords);
    const bytes = await pdf();
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe('Huskeliste for smerteteamet');
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const r of routes) expect(flat).toContain(fill(r.clinician, registry));
    for (const m of methods) expect(flat).toContain(fill(m.clinician, registry));
    expect(flat).toContain(`senest ${registry.deadlineDays} dager`);
    expect(flat).toContain('Sist gjennomgått 27. november 2026.');
    expect(flat).toContain('fødselsnummer');
    expect(Buffer.from(await buildChecklistPdf(list, options)).equals(Buffer.from(bytes))).toBe(true);
  }, 30_000);

  it('fits with contact details configured', async () => {
    const bytes = await buildChecklistPdf(buildChecklist(configured, routes, methods, nbWords), options);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  }, 30_000);

  it('refuses to make a second page', async () => {
    const list = buildChecklist(registry, routes, methods, nbWords);
    const long: Checklist = { ...list, sections: [...list.sections, ...list.sections, ...list.sections] };
    await expect(buildChecklistPdf(long, options)).rejects.toThrow(PageOverflowError);
  }, 30_000);
});

describe('the checklist words (content/words/<lang>/checklist.yaml)', () => {
  const wordsFile = (lang: string) =>
    readFileSync(new URL(`../../content/words/${lang}/checklist.yaml`, import.meta.url), 'utf8');

  it('exist and pass the schema in every checklist language', () => {
    for (const lang of FULL_LANGS) expect(readChecklistWords(lang).title).not.toBe('');
  });

  it('a missing key fails naming the file and the field', () => {
    const broken = wordsFile('nn').replace(/^ {2}call: .*\n/m, '');
    expect(() => parseChecklistWords(broken, 'content/words/nn/checklist.yaml')).toThrow(
      /content\/words\/nn\/checklist\.yaml: oral\.call: /,
    );
    expect(() => parseChecklistWords(wordsFile('nb').replace(/^title: .*$/m, 'title: ""'), 'x.yaml')).toThrow(
      /x\.yaml: title: /,
    );
  });

  it('an unknown placeholder in the words fails the build', () => {
    const words = { ...nbWords, title: 'Huskeliste for {registryName}' };
    expect(() => buildChecklist(registry, routes, methods, words)).toThrow(/Unknown placeholder \{registryName\}/);
  });

  it('nynorsk: the same sections and facts, in nynorsk, with no bokmål-only words', () => {
    const nb = buildChecklist(registry, routes, methods, nbWords);
    const nn = buildChecklist(registry, routes, methods, nnWords);
    expect(nn.sections.map((s) => s.id)).toEqual(nb.sections.map((s) => s.id));
    expect(nn.sections.map((s) => s.items.length)).toEqual(nb.sections.map((s) => s.items.length));
    const text = allText(nn);
    expect(text).toContain(`seinast ${registry.deadlineDays} dagar`);
    expect(text).toContain('Fristen: 30 dagar'.replace('30', String(registry.deadlineDays)));
    expect(text).toContain(registry.archiveSystem);
    expect(text).toContain('Sei dette til pasienten');
    expect(nn.sourceLabel).toBe('Kjelde');
    // Only the words around the facts: the routes and methods are whatever was passed in.
    const ownWords = [
      nn.title,
      ...nn.sections
        .filter((s) => !['informasjon', 'reservere'].includes(s.id))
        .flatMap((s) => [s.title, ...s.items.map(itemText)]),
    ].join('\n');
    expect(ownWords).not.toMatch(/\b(ikke|hva|hvis|fra|uten|bare|noen|hvorfor|sier|blir påvirket)\b/i);
    expect(
      contactSpans(registry, ['phone', 'email'], nnWords)
        .map((s) => s.text)
        .join(''),
    ).toBe('Kontaktinformasjon til SmerteReg finn du hos Helse Bergen.');
  });

  it.skipIf(!hasQpdf)(
    'nynorsk PDF: one accessible (PDF/UA checks) A4 page with /Lang nn-NO',
    async () => {
      const list = buildChecklist(registry, routes, methods, nnWords);
      const bytes = await buildChecklistPdf(list, {
        lang: 'nn',
        date: new Date('2026-11-27T00:00:00Z'),
        footer: 'Sist gjennomgått 27. november 2026.',
      });
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      await expectAccessiblePdf(bytes, { title: list.title, lang: 'nn-NO' }, expect);
      const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
      expect(text.replace(/\s+/g, ' ')).toContain('Kjelde: Pasientinformasjon om SmerteReg');
      expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    },
    60_000,
  );
});
