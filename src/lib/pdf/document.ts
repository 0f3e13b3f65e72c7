/**
 * What the site's build-time PDFs (the reservation form, the clinician checklist, the helsenorge
 * guide) share: a tagged document (./tags.ts) with DejaVu Sans embedded (subset, with a ToUnicode
 * map, for æøå and Sámi letters), its metadata set in the Info dictionary and in XMP with the
 * PDF/UA-1 and PDF/A-2a identification, the sRGB output intent PDF/A needs, a trailer /ID made
 * from the content (so the bytes stay deterministic), line breaking of styled text, and drawing a
 * line with tagged, clickable links. Each builder keeps its own layout.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFFont,
  type PDFPage,
  type RGB,
  type SaveOptions,
} from 'pdf-lib';
import { SRGB_ICC_BASE64 } from './srgb-icc';
import { Tagger, type StructElem } from './tags';

/** The creator written into every PDF the site makes. */
export const PDF_CREATOR = 'smertereg-reservasjon';

/** Thrown when content does not fit on the page, for a PDF that must stay one A4 page. */
export class PageOverflowError extends Error {}

/** TTF bytes of the regular and the bold font. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The fonts as embedded in a document. */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

let dejaVu: Promise<PdfFonts> | undefined;

/** DejaVu Sans and DejaVu Sans Bold (TTF) from node_modules, read once. */
export function loadDejaVuFonts(): Promise<PdfFonts> {
  dejaVu ??= (async () => {
    const require = createRequire(import.meta.url);
    const [regular, bold] = await Promise.all([
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })().catch((error: unknown) => {
    dejaVu = undefined;
    throw error;
  });
  return dejaVu;
}

/** The PDFs' document language (/Lang, BCP 47) for each of the site's language codes. */
export const PDF_LANG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' } as const;
export type PdfLangCode = keyof typeof PDF_LANG;

export interface PdfInfo {
  /** The title; viewers show it in the window title bar instead of the file name. */
  title: string;
  /** The document language, e.g. "nb-NO". */
  lang: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Creation and modification date: fixed, so that the same input gives the same bytes. */
  date: Date;
  /** TTF bytes; DejaVu Sans by default. */
  fonts?: PdfFonts;
}

/** A document being built: pdf-lib's document, the embedded fonts and the structure tree. */
export interface TaggedPdf {
  doc: PDFDocument;
  fonts: Fonts;
  tags: Tagger;
  /** Finishes the structure tree, the XMP metadata, the output intent and the /ID, and returns the bytes. */
  save(options?: SaveOptions): Promise<Uint8Array>;
}

/** A new tagged document (no pages yet) with the fonts embedded as subsets and the metadata set. */
export async function createPdf(info: PdfInfo): Promise<TaggedPdf> {
  const fontBytes = info.fonts ?? (await loadDejaVuFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true }),
  };
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.lang);
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  if (info.keywords) doc.setKeywords(info.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  const tags = new Tagger(doc);
  const save = async (options?: SaveOptions) => {
    tags.finish();
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmpStream(doc, info)));
    doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([outputIntent(doc)]));
    // The file identifier is a hash of the file with a zero /ID, written over the zeros (same
    // length, so no offset moves): the same content gives the same /ID, with one save.
    const zeros = '0'.repeat(32);
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(zeros), PDFHexString.of(zeros)]);
    const bytes = await doc.save(options);
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const at = [...text.matchAll(new RegExp(`<${zeros}>`, 'g'))].map((m) => m.index);
    if (at.length !== 2) throw new Error(`Expected the placeholder /ID twice in the PDF, found it ${at.length} times`);
    for (const i of at) bytes.set(new TextEncoder().encode(id), i + 1);
    return bytes;
  };
  return { doc, fonts, tags, save };
}

/** The PDF/A identification this module writes into every PDF: part 2, conformance level A. */
export const PDFA_ID = { part: 2, conformance: 'A' } as const;
/** The PDF/UA identification: ISO 14289-1. */
export const PDFUA_PART = 1;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The XMP metadata packet: the Info dictionary's values (PDF/A wants them equal in both places),
 * the pdfaid and pdfuaid identification, and the extension schema that declares pdfuaid to PDF/A.
 * Not compressed, as PDF/A asks.
 */
function xmpStream(doc: PDFDocument, info: PdfInfo) {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(doc.getTitle() ?? '')}</dc:title>`,
    ...(info.author ? [`<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(info.subject ? [`<dc:description>${alt(info.subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreatorTool>${PDF_CREATOR}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${PDF_CREATOR}</pdf:Producer>`,
    ...(doc.getKeywords() ? [`<pdf:Keywords>${xml(doc.getKeywords()!)}</pdf:Keywords>`] : []),
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    `<pdfaid:part>${PDFA_ID.part}</pdfaid:part>`,
    `<pdfaid:conformance>${PDFA_ID.conformance}</pdfaid:conformance>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<pdfuaid:part>${PDFUA_PART}</pdfuaid:part>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"' +
      ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return doc.context.stream(new TextEncoder().encode(lines.join('\n')), { Type: 'Metadata', Subtype: 'XML' });
}

/** The sRGB output intent: the PDFs paint in DeviceRGB, which PDF/A allows only with one. */
function outputIntent(doc: PDFDocument) {
  const icc = doc.context.flateStream(Uint8Array.from(Buffer.from(SRGB_ICC_BASE64, 'base64')), { N: 3 });
  return doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: doc.context.register(icc),
  });
}

/** Text in one font and colour, optionally a link. */
export interface Run {
  text: string;
  font: PDFFont;
  color: RGB;
  href?: string;
}

/** Where lines may break. Not at a no-break space, which keeps a phone number together. */
const SPACE = /([ \t\r\n]+)/;

/** Appends a run to a line, joined with the last one when it looks the same. */
function append(line: Run[], run: Run): void {
  const last = line.at(-1);
  if (last && last.font === run.font && last.color === run.color && last.href === run.href) last.text += run.text;
  else line.push({ ...run });
}

/**
 * Breaks a word wider than the line (a URL) after "/" or "#", and only as a last resort between
 * characters.
 */
function splitWide(word: Run, size: number, width: number): Run[] {
  const fits = (text: string) => word.font.widthOfTextAtSize(text, size) <= width;
  if (fits(word.text)) return [word];
  const pieces: Run[] = [];
  let current = '';
  for (const part of word.text.split(/(?<=[/#])/)) {
    for (const chunk of fits(part) ? [part] : [...part]) {
      if (current && !fits(current + chunk)) {
        pieces.push({ ...word, text: current });
        current = '';
      }
      current += chunk;
    }
  }
  pieces.push({ ...word, text: current });
  return pieces;
}

/**
 * Breaks runs into lines no wider than `width`, at spaces (kept at the end of the line); a run
 * may end mid-word ("helsenorge.no" and "."), which keeps the two together. Each line is a list of runs, neighbours that look the
 * same joined into one, so that a line of plain text is drawn as one string.
 */
export function breakLines(runs: readonly Run[], size: number, width: number): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  let space = false;
  const place = (word: Run, spaceBefore: boolean) => {
    const w = word.font.widthOfTextAtSize(word.text, size);
    const space = word.font.widthOfTextAtSize(' ', size);
    let gap = line.length > 0 && spaceBefore ? space : 0;
    // A word fits with room for a space after it: a line broken at a space keeps that space at
    // its end, so that text read from the structure tree has its word breaks ("steg for", not
    // "stegfor"), and the space stays inside the margin.
    if (line.length > 0 && used + gap + w + space > width) {
      if (gap > 0) line.at(-1)!.text += ' ';
      lines.push(line);
      line = [];
      used = 0;
      gap = 0;
    }
    if (gap > 0) {
      // The space belongs to a link only between two words of the same link.
      append(line, { ...word, text: ' ', href: line.at(-1)?.href === word.href ? word.href : undefined });
    }
    append(line, word);
    used += gap + w;
  };
  for (const run of runs) {
    for (const token of run.text.split(SPACE)) {
      if (token === '') continue;
      if (SPACE.test(token)) {
        space = true;
        continue;
      }
      splitWide({ ...run, text: token }, size, width).forEach((piece, i) => place(piece, i === 0 && space));
      space = false;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Where drawn text goes in the structure tree: its element (a P, an H1, an LBody, …). Pass the
 * same object for every line of one paragraph, so that a link broken over two lines stays one
 * `Link` element.
 */
export interface TextTag {
  tags: Tagger;
  elem: StructElem;
  /** The link being drawn, continued by the next run with the same address. */
  link?: { href: string; elem: StructElem };
}

/** A new paragraph-like element under `parent`, ready for drawRuns. */
export function textTag(
  tags: Tagger,
  parent: StructElem,
  type: 'H1' | 'H2' | 'P' | 'Lbl' | 'LBody' | 'Span' = 'P',
): TextTag {
  return { tags, elem: tags.add(parent, type) };
}

/** The alternate text of a link annotation (/Contents): where it leads, without the scheme for phone and e-mail. */
export function linkDescription(href: string): string {
  return href.replace(/^(tel|mailto):/, '');
}

function linkElem(tag: TextTag, href: string): StructElem {
  if (tag.link?.href === href && tag.elem.last() === tag.link.elem.ref) return tag.link.elem;
  tag.link = { href, elem: tag.tags.add(tag.elem, 'Link') };
  return tag.link.elem;
}

/**
 * Draws a line of runs from x at the baseline, as marked content of `tag.elem`. Links are a
 * `Link` element holding their text and their annotation (with /Contents), clickable and, with
 * `underline`, underlined (the underline is an artifact).
 */
export function drawRuns(
  page: PDFPage,
  line: readonly Run[],
  x: number,
  baseline: number,
  size: number,
  tag: TextTag,
  underline = false,
): void {
  const { tags } = tag;
  for (const run of line) {
    const w = run.font.widthOfTextAtSize(run.text, size);
    const owner = run.href ? linkElem(tag, run.href) : tag.elem;
    if (run.text.trim()) {
      if (!run.href) tag.link = undefined;
      tags.mark(page, owner, () => page.drawText(run.text, { x, y: baseline, size, font: run.font, color: run.color }));
    }
    if (run.href) {
      if (underline) {
        tags.artifact(page, () =>
          page.drawLine({
            start: { x, y: baseline - 1.5 },
            end: { x: x + w, y: baseline - 1.5 },
            thickness: 0.5,
            color: run.color,
          }),
        );
      }
      const { context } = page.doc;
      const annotation = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [x, baseline - size * 0.3, x + w, baseline + size * 0.95],
        Border: [0, 0, 0],
        F: 4,
        Contents: PDFHexString.fromText(linkDescription(run.href)),
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(run.href) },
      });
      const ref = context.register(annotation);
      page.node.addAnnot(ref);
      tags.annotation(page, owner, ref);
    }
    x += w;
  }
}
