/**
 * The helsenorge guide: built from content/methods.yaml and content/registry.yaml only, and the
 * guide PDF carries the same steps, in order, with æøå intact.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { fact, fill } from '../../src/lib/content/fill';
import { buildGuide, GUIDE_METHOD, linkSiteNames, spanText, type MethodWithId } from '../../src/lib/guide/guide';
import { buildGuidePdf, type GuidePdfMeta } from '../../src/lib/guide/pdf';
import { PDF_CREATOR } from '../../src/lib/pdf';
import { registrySchema } from '../../src/lib/content/schemas';
import { readMethods, readYaml as read } from '../tools/content';
import { flat } from '../tools/text';
import { expectAccessiblePdf, flatten, hasQpdf, qpdfCheck, topLevel } from '../tools/pdf-ua';

// Building and reading back PDFs takes seconds on a busy machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 60_000 });

const registry = registrySchema.parse(read('registry.yaml'));
const methods: MethodWithId[] = readMethods();
const method = methods.find((m) => m.id === GUIDE_METHOD)!;
const guide = buildGuide(registry, methods);

const META: GuidePdfMeta = {
  lang: 'nb',
  title: 'Slik reserverer du deg på helsenorge.no, steg for steg',
  subject: 'Brukerveiledning',
  author: `${registry.shortName}, ${registry.owner}`,
  date: new Date('2026-11-27T00:00:00Z'),
  footer: 'Sist gjennomgått 27. november 2026',
};

describe('linkSiteNames', () => {
  const sites = { 'helsenorge.no': 'https://www.helsenorge.no' };
  it('links a site name and keeps the text around it', () => {
    expect(linkSiteNames('Logg inn på helsenorge.no med elektronisk ID.', sites)).toEqual([
      { text: 'Logg inn på ' },
      { text: 'helsenorge.no', href: 'https://www.helsenorge.no' },
      { text: ' med elektronisk ID.' },
    ]);
  });
  it('links a name at the end of a sentence, but not inside another address', () => {
    expect(linkSiteNames('Gå til helsenorge.no.', sites).map((s) => s.href)).toEqual([
      undefined,
      'https://www.helsenorge.no',
      undefined,
    ]);
    expect(linkSiteNames('Se www.helsenorge.no/personvern', sites)).toEqual([
      { text: 'Se www.helsenorge.no/personvern' },
    ]);
  });
  it('leaves text without a site name as one span', () => {
    expect(linkSiteNames('Velg «Personverninnstillinger».', sites)).toEqual([
      { text: 'Velg «Personverninnstillinger».' },
    ]);
  });
});

describe('buildGuide', () => {
  it('takes the steps, needs and confirmation from the helsenorge method, placeholders filled', () => {
    expect(guide.steps.items.map(spanText)).toEqual(method.steps.map((s) => fill(s, registry)));
    expect(guide.needs.items).toEqual(method.needs.map((s) => fill(s, registry)));
    expect(guide.confirmation.text).toBe(fill(method.confirmation, registry));
    expect(guide.steps.items.map(spanText).join(' ')).not.toMatch(/[{}]/);
  });

  it('has the path through helsenorge.no the public sources describe', () => {
    const steps = guide.steps.items.map(spanText).join('\n');
    expect(steps).toMatch(/Logg inn på helsenorge\.no/);
    expect(steps).toMatch(/navnet ditt øverst/);
    expect(steps).toMatch(/«Profil og innstillinger»[\s\S]*«Personverninnstillinger»[\s\S]*SmerteReg/);
    expect(guide.needs.items.join(' ')).toMatch(/BankID, Buypass eller Commfides/);
    expect(guide.steps.items[0]!.find((s) => s.href)?.href).toBe(registry.urls.helsenorge);
  });

  it("says the screens may change, gives helsenorge's support line and the other three ways", () => {
    expect(guide.screensMayChange).toMatch(/kan endre seg/);
    expect(spanText(guide.help.text).replace(/\u00a0/g, ' ')).toBe(
      `Ring ${registry.helsenorgeSupport.name} på ${registry.helsenorgeSupport.phone}, ${fact('helsenorgeSupportHours', registry)}.`,
    );
    expect(guide.help.text.find((s) => s.href)?.href).toBe(`tel:${registry.helsenorgeSupport.phone.replace(/ /g, '')}`);
    expect(guide.notListed.alternatives.map((a) => a.page)).toEqual(
      methods.filter((m) => m.id !== GUIDE_METHOD).map((m) => m.page),
    );
    expect(guide.notListed.alternatives).toHaveLength(3);
  });

  it('fails clearly when the helsenorge method is missing', () => {
    expect(() =>
      buildGuide(
        registry,
        methods.filter((m) => m.id !== GUIDE_METHOD),
      ),
    ).toThrow(/no method "helsenorge"/);
  });
});

describe('the guide PDF', () => {
  let cached: Promise<Uint8Array> | undefined;
  /** The guide PDF, built once for the tests that only read it. */
  const pdf = () => (cached ??= buildGuidePdf(guide, META));
  const compact = (s: string) => s.replace(/\s+/g, '');

  it('is a tagged PDF (PDF/UA-1, PDF/A-2a): headings, lists and links in reading order', async () => {
    const tree = await expectAccessiblePdf(await pdf(), { title: META.title, lang: 'nb-NO' }, expect);
    const top = topLevel(tree);
    expect(top.filter((n) => n.role === 'H2').map((n) => n.text)).toEqual([
      guide.needs.heading,
      guide.steps.heading,
      guide.confirmation.heading,
      guide.help.heading,
      guide.notListed.heading,
    ]);
    const lists = top.filter((n) => n.role === 'L');
    expect(lists).toHaveLength(3);
    const [needs, steps, others] = lists as [(typeof lists)[0], (typeof lists)[0], (typeof lists)[0]];
    // Each list follows its heading.
    expect(top[top.indexOf(needs) - 1]?.text).toBe(guide.needs.heading);
    expect(top[top.indexOf(steps) - 1]?.text).toBe(guide.steps.heading);
    expect(needs.kids.map((li) => compact(li.text))).toEqual(guide.needs.items.map(compact));
    // Steps: the number as Lbl, the step (and any printed address) as LBody, in order.
    expect(steps.kids.map((li) => li.kids.map((k) => k.role))).toEqual(guide.steps.items.map(() => ['Lbl', 'LBody']));
    steps.kids.forEach((li, i) => {
      expect(li.kids[0]!.text).toBe(String(i + 1));
      expect(compact(li.kids[1]!.text)).toContain(compact(spanText(guide.steps.items[i]!)));
    });
    expect(others.kids.map((li) => compact(li.text))).toEqual(
      guide.notListed.alternatives.map((a) => compact(a.title + a.summary)),
    );
    // The links, as Link elements with their annotations.
    const links = flatten(tree).filter((n) => n.role === 'Link');
    expect(links.map((l) => l.text.trim())).toContain('helsenorge.no');
    expect(links.map((l) => compact(l.text))).toContain(registry.urls.smertereg);
    // The running footer is an artifact: not in the tree.
    expect(compact(tree.kids[0]!.text)).not.toContain(compact(META.footer));
  }, 60_000);

  it.skipIf(!hasQpdf)(
    'passes qpdf --check',
    async () => {
      expect(qpdfCheck(await pdf())).toMatch(/No syntax or stream encoding errors/);
    },
    60_000,
  );

  it('takes its language from the data: a nynorsk guide says nn-NO', async () => {
    const doc = await PDFDocument.load(await buildGuidePdf(guide, { ...META, lang: 'nn' }));
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nn-NO');
  }, 60_000);
  it('is A4 with title, language, author and fixed dates', async () => {
    const doc = await PDFDocument.load(await pdf(), { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 595.28)).toBeLessThan(0.5);
    expect(Math.abs(height - 841.89)).toBeLessThan(0.5);
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getCreator()).toBe(PDF_CREATOR);
    expect(doc.getCreationDate()?.toISOString()).toBe(META.date.toISOString());
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nb-NO');
  });

  it('has every step, in order, and the rest of the guide, with æøå intact', async () => {
    const { text } = await extractText(await getDocumentProxy((await pdf()).slice()), { mergePages: true });
    const f = flat(text);
    let at = -1;
    for (const [i, step] of guide.steps.items.entries()) {
      const next = f.indexOf(flat(spanText(step)), at + 1);
      expect(next, `step ${i + 1}: ${spanText(step)}`).toBeGreaterThan(at);
      at = next;
    }
    for (const s of [
      META.title,
      guide.intro,
      guide.screensMayChange,
      guide.confirmation.text,
      guide.notListed.heading,
      ...guide.needs.items,
      ...guide.notListed.alternatives.map((a) => a.title),
    ]) {
      expect(f).toContain(flat(s));
    }
    expect(f.replace(/\u00a0/g, ' ')).toContain(registry.helsenorgeSupport.phone);
    expect(f.replace(/\s/g, '')).toContain(registry.urls.smertereg);
    expect(f).toContain('Personverninnstillinger');
    expect(f).toContain('Dette trenger du først');
  });

  it('makes links clickable', async () => {
    const proxy = await getDocumentProxy((await pdf()).slice());
    // unsafeUrl is the address as written; pdf.js normalises `url` (adds a trailing slash).
    const links = (await (await proxy.getPage(1)).getAnnotations()).map((a) => a.unsafeUrl as string | undefined);
    expect(links).toContain(registry.urls.helsenorge);
    expect(links).toContain(registry.urls.smertereg);
  });

  it('is deterministic: the same guide gives the same bytes', async () => {
    const [a, b] = await Promise.all([pdf(), buildGuidePdf(guide, META)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('continues on a new page rather than cut text when the guide grows', async () => {
    const long = {
      ...guide,
      steps: {
        ...guide.steps,
        items: [...guide.steps.items, ...Array.from({ length: 40 }, (_, i) => [{ text: `Ekstra steg ${i + 1} æøå` }])],
      },
    };
    const bytes = await buildGuidePdf(long, META);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('Ekstra steg 40 æøå');
  });
});

describe('the guide in nynorsk and English (src/i18n/nn/guide.ts, src/i18n/en/guide.ts)', () => {
  const nn = buildGuide(registry, methods, 'nn');
  const en = buildGuide(registry, methods, 'en');
  const own = (g: typeof guide) =>
    [
      g.needs.heading,
      g.steps.heading,
      g.confirmation.heading,
      g.help.heading,
      g.notListed.heading,
      g.notListed.intro,
      spanText(g.notListed.moreInfo),
      spanText(g.help.text),
    ].join('\n');

  it('has its own headings in each language, and the same facts and structure', () => {
    expect(nn.steps.heading).toBe('Slik gjer du det');
    expect(en.steps.heading).toBe('How to do it');
    expect(nn.notListed.heading).toBe(`Finn du ikkje ${registry.shortName}?`);
    for (const g of [nn, en]) {
      expect(g.steps.items.length).toBe(guide.steps.items.length);
      expect(g.notListed.alternatives.length).toBe(guide.notListed.alternatives.length);
      expect(spanText(g.help.text)).toContain(registry.helsenorgeSupport.phone.replace(/ /g, '\u00a0'));
    }
  });

  it('has no bokmål-only words in the nynorsk wording, and no Norwegian ones in the English', () => {
    expect(own(nn)).not.toMatch(/\b(ikke|hva|hvis|fra|uten|bare|noen|gjør|trenger|finner|vet)\b/i);
    expect(own(en)).not.toMatch(/\b(ikke|ikkje|du|og|slik|finner|finn|trenger|treng)\b/i);
  });

  it('links the other ways to their page in the same language', () => {
    expect(guide.notListed.alternatives.map((a) => a.page)).toEqual(
      methods.filter((m) => m.id !== GUIDE_METHOD).map((m) => m.page),
    );
    expect(nn.notListed.alternatives.every((a) => a.page.startsWith('/nn/'))).toBe(true);
    expect(en.notListed.alternatives.every((a) => a.page.startsWith('/en/'))).toBe(true);
  });

  it.skipIf(!hasQpdf)('the nynorsk PDF is tagged with /Lang nn-NO and passes the PDF/UA checks', async () => {
    const meta = { ...META, lang: 'nn' as const, footer: 'Sist gjennomgått 27. november 2026' };
    const bytes = await buildGuidePdf(nn, meta);
    await expectAccessiblePdf(bytes, { title: meta.title, lang: 'nn-NO' }, expect);
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    expect(flat(text)).toContain('Slik gjer du det');
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });
});
