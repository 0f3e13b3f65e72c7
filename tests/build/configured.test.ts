/**
 * Setting the secretariat's contact details in content/registry.yaml, and nowhere else,
 * makes them appear everywhere they are needed, and removes every fallback link.
 * The values are obviously fake test values; they exist only in this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../tools/pdf-text.ts';
import { fixture, type Fixture } from './helpers.ts';

const PHONE = '00 00 00 01';
const EMAIL = 'sekretariat@test.invalid';
const ADDRESS = ['Testveien 1', '0000 Testby'];

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
    const res = f.run('build');
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
