/**
 * The printed material (the patient leaflet, the ward poster, the easy-read leaflet) built for
 * tests from content/ as the build makes it (src/lib/downloads/build-files.ts), without Astro; and
 * the lines of a PDF as a reader sees them (pdf.js through unpdf), with their size and position.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { aboutOnPaper, aboutSchema, fillAbout } from '../../src/lib/content/about';
import { easyReadSchema, fillEasyRead, type FilledSection } from '../../src/lib/content/easy-read';
import { pathOf } from '../../src/lib/content/site';
import { buildEasyReadPdf } from '../../src/lib/easy-read/pdf';
import { buildLeaflet, type Leaflet } from '../../src/lib/leaflet/leaflet';
import { buildLeafletPdf } from '../../src/lib/leaflet/pdf';
import { buildPosterPdf } from '../../src/lib/poster/pdf';
import { absoluteUrl, printedAddress } from '../../src/lib/shell/site-url';
import type { Registry } from '../../src/lib/content/schemas';
import { words } from '../../src/i18n/dictionary';
import type { Lang } from '../../src/i18n/languages';
import { readMethods, readPages, readRegistry, readRoutes, readTerms, readYaml } from './content';

/** The site address the tests print (a reserved name, but not the placeholder). */
export const TEST_SITE = 'https://smertereg.example.org';
export const DATE = new Date('2026-11-27T00:00:00Z');
export const FOOTER = 'Reservasjon mot SmerteReg · Sist gjennomgått 27. november 2026';

export const pageUrl = (id: string, lang: Lang) => absoluteUrl(pathOf(id, lang), TEST_SITE);
export const pageTitle = (id: string, lang: Lang) => String(readPages(lang).find((p) => p.id === id)!.data.title);

export function leafletOf(lang: Lang, registry: Registry = readRegistry()): Leaflet {
  return buildLeaflet({
    registry,
    about: aboutOnPaper(
      fillAbout(aboutSchema.parse(readYaml(`words/${lang}/about.yaml`)), registry, lang),
      readTerms(lang),
    ),
    methods: readMethods(lang),
    routes: readRoutes(lang),
    url: pageUrl('reservasjon', lang),
    lang,
  });
}

export const leafletPdf = (lang: Lang, leaflet: Leaflet = leafletOf(lang)) =>
  buildLeafletPdf(leaflet, { date: DATE, footer: FOOTER, author: 'SmerteReg, Helse Bergen HF' });

export const posterPdf = (lang: Lang, registry: Registry = readRegistry()) =>
  buildPosterPdf(registry, lang, {
    url: pageUrl('reservasjon', lang),
    date: DATE,
    footer: FOOTER,
    author: 'SmerteReg',
  });

export const easyReadSections = (lang: Lang): FilledSection[] =>
  fillEasyRead(easyReadSchema.parse(readYaml(`words/${lang}/easy-read.yaml`)), readRegistry(), lang);

export function easyReadPdf(lang: Lang, sections: readonly FilledSection[] = easyReadSections(lang)) {
  const url = pageUrl('lettlest', lang);
  return buildEasyReadPdf({
    lang,
    title: pageTitle('lettlest', lang),
    sections,
    url,
    scan: words(lang).print.easyRead.scan,
    qrAlt: `QR ${printedAddress(url)}`,
    footer: printedAddress(url),
    date: DATE,
    author: 'SmerteReg',
  });
}

/** One line of text as drawn: its words, font size, left edge and page (1-based). */
export interface PdfLine {
  page: number;
  text: string;
  size: number;
  x: number;
  y: number;
}

/** The lines of each page, top to bottom: the text items on one baseline joined. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const lines: PdfLine[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = (await (await pdf.getPage(n)).getTextContent()).items as { str: string; transform: number[] }[];
    const byY = new Map<number, { str: string; transform: number[] }[]>();
    for (const item of items) {
      if (!item.str.trim()) continue;
      const y = Math.round(item.transform[5]! * 10) / 10;
      byY.set(y, [...(byY.get(y) ?? []), item]);
    }
    for (const [y, row] of [...byY].sort((a, b) => b[0] - a[0])) {
      row.sort((a, b) => a.transform[4]! - b.transform[4]!);
      lines.push({
        page: n,
        text: row.map((i) => i.str).join(''),
        size: Math.min(...row.map((i) => Math.hypot(i.transform[0]!, i.transform[1]!))),
        x: row[0]!.transform[4]!,
        y,
      });
    }
  }
  return lines;
}

/** The Figure elements in document order: their /Alt and /BBox (x0, y0, x1, y1 in points). */
export async function figures(bytes: Uint8Array): Promise<{ alt: string; bbox: number[] }[]> {
  const doc = await PDFDocument.load(bytes);
  return [...doc.context.enumerateIndirectObjects()]
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('S')) === PDFName.of('Figure'))
    .map((f) => ({
      alt: f.lookup(PDFName.of('Alt'), PDFHexString).decodeText(),
      bbox: f
        .lookup(PDFName.of('A'), PDFDict)
        .lookup(PDFName.of('BBox'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber()),
    }));
}
