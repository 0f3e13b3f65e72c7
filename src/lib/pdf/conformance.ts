/**
 * What makes each of the site's PDFs a PDF/UA-1 and PDF/A-2a file beyond its tags (./tags.ts):
 * the metadata, set in the Info dictionary and, equal, in XMP with the PDF/UA-1 and PDF/A-2a
 * identification; the sRGB output intent PDF/A needs because the PDFs paint in DeviceRGB; and a
 * trailer /ID made from the content, so that the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { PDFHexString, PDFName, PDFString, type PDFDocument, type SaveOptions } from 'pdf-lib';
import { SRGB_ICC_BASE64 } from './srgb-icc';

/** The creator written into every PDF the site makes. */
export const PDF_CREATOR = 'smertereg-reservasjon';

/** A document's metadata. */
export interface PdfInfo {
  /** The title; viewers show it in the window title bar instead of the file name. */
  title: string;
  /** The document language (BCP 47, e.g. "nb-NO"): `language(lang).pdfLang`. */
  lang: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Creation and modification date: fixed, so that the same input gives the same bytes. */
  date: Date;
}

/** Sets the metadata in the Info dictionary and the catalog (/Lang, DisplayDocTitle). */
export function setInfo(doc: PDFDocument, info: PdfInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.lang);
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  if (info.keywords) doc.setKeywords(info.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
}

/**
 * Writes the XMP metadata and the output intent, saves, and sets the file identifier: a hash of
 * the file with a zero /ID, written over the zeros (same length, so no offset moves). The same
 * content gives the same /ID, with one save.
 */
export async function saveConformant(doc: PDFDocument, info: PdfInfo, options?: SaveOptions): Promise<Uint8Array> {
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmpStream(doc, info)));
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([outputIntent(doc)]));
  const zeros = '0'.repeat(32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(zeros), PDFHexString.of(zeros)]);
  const bytes = await doc.save(options);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const at = [...text.matchAll(new RegExp(`<${zeros}>`, 'g'))].map((m) => m.index);
  if (at.length !== 2) throw new Error(`Expected the placeholder /ID twice in the PDF, found it ${at.length} times`);
  for (const i of at) bytes.set(new TextEncoder().encode(id), i + 1);
  return bytes;
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
