/**
 * Setting the secretariat's contact details in content/registry.yaml, and nowhere else,
 * makes them appear everywhere they are needed, and removes every fallback link.
 * The values are obviously fake test values; they exist only in this test.
 * The same build sets SITE_URL to a real-looking address: every QR code on the printed material,
 * read back from a rendered page, opens exactly the canonical URL of the page it names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../tools/pdf-text.ts';
import { fixture, type Fixture } from './helpers.ts';
import { DOCUMENT_DIRS, DOWNLOAD_IDS, parseDownloadId, stemOf } from '../../src/lib/downloads/downloads.ts';
import { pathOf } from '../../src/lib/content/site.ts';
import { language, type Lang } from '../../src/i18n/languages.ts';
import { PDFDocument } from 'pdf-lib';
import { expectAccessiblePdf, hasQpdf, qpdfCheck } from '../tools/pdf-ua.ts';
import { qrCodesIn } from '../tools/qr.ts';

const PHONE = '00 00 00 01';
const EMAIL = 'sekretariat@test.invalid';
const ADDRESS = ['Testveien 1', '0000 Testby'];
/** A real-looking public address (example.org is reserved for examples, so it is nobody's site). */
const SITE = 'https://smertereg.example.org';

let f: Fixture;
let output = '';
const html = (path: string) => readFileSync(join(f.out, path, 'index.html'), 'utf8');

describe('a deployment with contact details set', () => {
  beforeAll(() => {
    f = fixture('configured');
    f.edit('registry.yaml', (t) =>
      t
        .replace('phone: ""', `phone: "${PHONE}"`)
        .replace('email: ""', `email: "${EMAIL}"`)
        .replace('postalAddress: ""', `postalAddress: "${ADDRESS.join('\\n')}"`),
    );
    const unset = process.env.SITE_URL;
    process.env.SITE_URL = SITE;
    const res = f.run('build');
    if (unset === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = unset;
    output = res.output;
    expect(res.code, output).toBe(0);
  }, 120_000);

  test('the build no longer warns about missing contact details', () => {
    expect(output).not.toMatch(/not configured/);
  });

  test('the contact page shows phone, e-mail and postal address as working links', () => {
    const page = html('kontakt');
    expect(page).toContain(`href="tel:${PHONE.replace(/ /g, '')}"`);
    expect(page).toContain(`href="mailto:${EMAIL}"`);
    expect(page).toContain(`${ADDRESS[0]}<br>${ADDRESS[1]}`);
  });

  test('the pages that need a detail show it', () => {
    expect(html('helsepersonell')).toContain(`href="tel:${PHONE.replace(/ /g, '')}"`);
    expect(html('helsepersonell')).toContain(`href="mailto:${EMAIL}"`);
    expect(html('informasjon')).toContain(PHONE);
    expect(html('skjema')).toContain(ADDRESS[0]);
    expect(html('reservasjon/skjema')).toContain(ADDRESS[1]);
  });

  test('every page shows the details in its footer, and no page falls back to the link', () => {
    const pages = (readdirSync(f.out, { recursive: true }) as string[]).filter(
      (p) => p.endsWith('.html') && !p.startsWith('pagefind'),
    );
    expect(pages.length).toBeGreaterThan(15);
    for (const p of pages) {
      const text = readFileSync(join(f.out, p), 'utf8');
      expect(text, p).toContain(PHONE);
      expect(text, p).not.toContain('contact__fallback');
    }
  });
});

/** The reservation form, as built for this deployment: its PDFs and its printable page. */
describe('a deployment with a postal address: the reservation form', () => {
  test('both PDFs the /skjema/ page links to print the address, and no longer the fallback', async () => {
    const hrefs = [
      ...html('skjema').matchAll(/href="(\/skjema\/reservasjonsskjema-(?:bokmal|nynorsk)-[0-9a-f]{8}\.pdf)"/g),
    ].map((m) => m[1]!);
    expect(new Set(hrefs).size).toBe(2);
    for (const href of new Set(hrefs)) {
      const flat = await pdfText(new Uint8Array(readFileSync(join(f.out, href))));
      for (const line of ADDRESS) expect(flat, href).toContain(line);
      expect(flat, href).not.toMatch(/Postadress(en|a) står på nettsida?n til/);
    }
  });

  test('the printable form shows the address too', () => {
    const page = html('skjema/skriv-ut');
    expect(page).toContain(`${ADDRESS[0]}<br>${ADDRESS[1]}`);
    expect(page).not.toContain('Postadressen står på nettsiden til');
  });
});

/** The printed material's QR codes, for a deployment with SITE_URL set. */
describe('a deployment with SITE_URL set: the QR codes on paper', () => {
  /** The page each printed document's code opens, in the document's language. */
  const TARGET = { leaflet: 'reservasjon', poster: 'reservasjon', easyRead: 'lettlest' } as const;
  const printed = DOWNLOAD_IDS.map(parseDownloadId).filter(
    (d): d is { doc: keyof typeof TARGET; lang: Lang } => d.doc in TARGET,
  );
  const canonical = (path: string) =>
    /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(f.out, path, 'index.html'), 'utf8'))![1]!;

  test('the build no longer warns that printed codes point nowhere', () => {
    expect(printed).toHaveLength(9);
    expect(output).not.toMatch(/SITE_URL is not set/);
  });

  test.each(printed)(
    'the $doc in $lang: PDF/UA, and one code, level M or better, opening the canonical URL of its page',
    async ({ doc, lang }) => {
      const dir = join(f.out, DOCUMENT_DIRS[doc]);
      const name = readdirSync(dir).find((n) => new RegExp(`^${stemOf(doc, lang)}-[0-9a-f]{8}\\.pdf$`).test(n));
      expect(name, `${doc} in ${lang} in ${DOCUMENT_DIRS[doc]}`).toBeDefined();
      const bytes = new Uint8Array(readFileSync(join(dir, name!)));
      // The file as built and served: tagged PDF/UA in its language, and sound to qpdf.
      const title = (await PDFDocument.load(bytes, { updateMetadata: false })).getTitle() ?? '';
      expect(title.length).toBeGreaterThan(10);
      await expectAccessiblePdf(bytes, { title, lang: language(lang).pdfLang }, expect);
      if (hasQpdf) expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
      const codes = await qrCodesIn(bytes);
      const url = canonical(pathOf(TARGET[doc], lang));
      expect(url.startsWith(`${SITE}/`)).toBe(true);
      expect(codes.map((c) => c.text)).toEqual([url]);
      expect(['M', 'Q', 'H']).toContain(codes[0]!.ecLevel);
    },
    60_000,
  );
});
