/**
 * Reads a built PDF back and checks the machine-checkable parts of PDF/UA-1 (and the PDF/A-2a
 * identification) that the site's PDFs promise, at two levels: pdf-lib for the dictionaries
 * (catalog, XMP, fonts, annotations, the structure tree and its ParentTree, the content
 * streams' marked content) and pdf.js (through unpdf) for what an assistive technology gets:
 * `getStructTree()` and the text of each structure element, in reading order. Also runs
 * `qpdf --check` when qpdf is installed. Used by the form, guide and checklist unit tests and by
 * the end-to-end tests on the built files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import type { expect as VitestExpect } from 'vitest';

/**
 * The runner's `expect`: Vitest's in the unit tests, Playwright's in the end-to-end tests (same
 * matchers as used here). Set by `expectAccessiblePdf`.
 */
let expect: typeof VitestExpect;

/** Structure types the PDFs may use: standard types only, so no role map is needed. */
const STANDARD_TYPES = new Set([
  'Document',
  'H1',
  'H2',
  'H3',
  'P',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Link',
  'Form',
  'Figure',
  'Span',
]);

/** A structure element as pdf.js sees it, with the text of its own content and its kids. */
export interface Node {
  role: string;
  text: string;
  kids: Node[];
  /** Annotation ids (pdf.js "37R") attached through OBJR. */
  objects: string[];
}

export interface Expected {
  title: string;
  lang: string;
}

const name = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
const text = (obj: PDFObject | undefined) =>
  obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;

function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('latin1');
}

/** The decoded content stream of each page, in page order (to read drawing operators back). */
export async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const content = page.node.Contents();
    const streams =
      content instanceof PDFArray
        ? content.asArray().map((r) => doc.context.lookup(r, PDFStream))
        : [content as PDFStream];
    return streams.map(streamText).join('\n');
  });
}

/** Operators that paint (text, paths, images, shadings): each must be inside marked content. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'BI']);

/**
 * Walks a content stream and returns the painting operators found outside any marked-content
 * sequence (Matterhorn 01-005: content neither tagged nor an artifact), and the MCIDs used.
 */
export function scanContent(content: string): {
  untagged: string[];
  mcids: number[];
  artifacts: number;
  nested: string[];
} {
  const tokens =
    content.match(/<<[\s\S]*?>>|<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\)|\[|\]|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g) ??
    [];
  let depth = 0;
  /** Open sequences: "A" for an artifact, "T" for tagged content, "-" for other marks. */
  const open: string[] = [];
  /** Tagged content inside an artifact or the reverse (Matterhorn 01-001 to 01-004). */
  const nested: string[] = [];
  const untagged: string[] = [];
  const mcids: number[] = [];
  let artifacts = 0;
  tokens.forEach((token, i) => {
    if (token === 'BDC' || token === 'BMC') {
      depth++;
      const props = tokens[i - 1] ?? '';
      const tag = token === 'BDC' ? tokens[i - 2] : props;
      const mcid = /\/MCID\s+(\d+)/.exec(props);
      const kind = mcid ? 'T' : tag === '/Artifact' ? 'A' : '-';
      if ((kind === 'T' && open.includes('A')) || (kind === 'A' && open.includes('T'))) nested.push(`${tag} ${props}`);
      open.push(kind);
      if (mcid) mcids.push(Number(mcid[1]));
      else if (tag === '/Artifact') artifacts++;
    } else if (token === 'EMC') {
      depth--;
      open.pop();
    } else if (PAINTING.has(token) && depth === 0) {
      untagged.push(token);
    }
  });
  if (depth !== 0) throw new Error(`marked content not balanced: depth ${depth} at the end of the content stream`);
  return { untagged, mcids, artifacts, nested };
}

/**
 * The structure tree of one page as pdf.js reports it (the elements with content on that page),
 * with each element's text in reading order.
 */
export async function structTree(bytes: Uint8Array, pageNumber = 1): Promise<Node> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map<string, string>();
  let current: string | null = null;
  for (const item of content.items) {
    if ('type' in item && item.type === 'beginMarkedContentProps') current = (item as { id: string | null }).id;
    else if ('type' in item && item.type === 'endMarkedContent') current = null;
    else if ('str' in item && current) texts.set(current, (texts.get(current) ?? '') + item.str);
  }
  type Raw = { role?: string; type?: string; id?: string; children?: Raw[] };
  const convert = (raw: Raw): Node => {
    const node: Node = { role: raw.role ?? '', text: '', kids: [], objects: [] };
    for (const kid of raw.children ?? []) {
      if (kid.type === 'content') node.text += texts.get(kid.id ?? '') ?? '';
      // pdf.js reports an OBJR to an annotation as "annotation" with an internal id, others as "object".
      else if (kid.type === 'object' || kid.type === 'annotation')
        node.objects.push((kid.id ?? '').replace(/^pdfjs_internal_id_/, ''));
      else if (kid.role) {
        const child = convert(kid);
        node.kids.push(child);
        node.text += child.text;
      }
    }
    return node;
  };
  const tree = (await page.getStructTree()) as Raw | null;
  if (!tree) throw new Error(`pdf.js finds no structure tree on page ${pageNumber}`);
  return convert(tree);
}

/** All elements below `node`, depth first (reading order). */
export function flatten(node: Node): Node[] {
  return node.kids.flatMap((kid) => [kid, ...flatten(kid)]);
}

/** The document's top-level elements (the kids of `Document`). */
export function topLevel(tree: Node): Node[] {
  const roles = tree.kids.map((k) => k.role);
  if (roles.join() !== 'Document')
    throw new Error(`the structure tree's root holds ${roles.join(', ')}, not one Document`);
  return tree.kids[0]!.kids;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * Checks everything the catalog, the metadata, the fonts, the annotations, the structure tree
 * and the content streams must have; returns the pdf.js structure tree for content checks.
 */
export async function expectAccessiblePdf(bytes: Uint8Array, expected: Expected, runnerExpect: unknown): Promise<Node> {
  expect = runnerExpect as typeof VitestExpect;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { catalog, context } = doc;

  // Document: title shown in the title bar, language, tagged.
  expect(doc.getTitle()).toBe(expected.title);
  expect(catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  expect(text(catalog.lookup(PDFName.of('Lang')))).toBe(expected.lang);
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
  expect(markInfo.lookup(PDFName.of('Marked'))?.toString()).toBe('true');
  expect(markInfo.lookup(PDFName.of('Suspects'))?.toString() ?? 'false').toBe('false');
  // No XFA, no optional content, no embedded files: nothing a reader could hide or swap.
  expect(catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)?.has(PDFName.of('XFA')) ?? false).toBe(false);
  expect(catalog.has(PDFName.of('OCProperties'))).toBe(false);
  expect(catalog.has(PDFName.of('Names'))).toBe(false);
  expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  expect(catalog.has(PDFName.of('Encrypt'))).toBe(false);
  expect(context.trailerInfo.Encrypt).toBeUndefined();

  // XMP: PDF/UA-1 and PDF/A-2a identification, the title as dc:title, not compressed (PDF/A).
  const metadata = catalog.lookup(PDFName.of('Metadata'), PDFStream);
  expect(metadata.dict.has(PDFName.of('Filter'))).toBe(false);
  expect(name(metadata.dict, 'Subtype')).toBe('XML');
  const xmp = Buffer.from(metadata.getContents()).toString('utf8');
  expect(xmp).toMatch(/^\uFEFF?<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
  expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  expect(xmp).toContain('<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>');
  const escaped = expected.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escaped}</rdf:li></rdf:Alt></dc:title>`);
  const date = doc
    .getCreationDate()!
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  expect(xmp).toContain(`<xmp:CreateDate>${date}</xmp:CreateDate>`);
  expect(xmp).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);

  // PDF/A: an sRGB output intent, and a file identifier.
  const intents = catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
  expect(intents.size()).toBe(1);
  const intent = intents.lookup(0, PDFDict);
  expect(name(intent, 'S')).toBe('GTS_PDFA1');
  const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream);
  expect(profile).toBeInstanceOf(PDFRawStream);
  expect(profile.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(3);
  expect(Buffer.from(decodePDFRawStream(profile as PDFRawStream).decode()).toString('latin1', 36, 40)).toBe('acsp');
  const id = context.trailerInfo.ID as PDFArray | undefined;
  expect(id).toBeInstanceOf(PDFArray);
  expect(id!.size()).toBe(2);

  // Structure tree: standard types only, every element's /P pointing at its parent.
  const treeRoot = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  expect(treeRoot.has(PDFName.of('RoleMap'))).toBe(false);
  const owners = new Map<string, PDFRef>(); // "page:mcid" → element, and "annot ref" → element
  const walk = (ref: PDFRef, parent: PDFRef) => {
    const elem = context.lookup(ref, PDFDict);
    const type = name(elem, 'S')!;
    expect(STANDARD_TYPES, `structure type ${type}`).toContain(type);
    expect(elem.get(PDFName.of('P'))).toBe(parent);
    if (type === 'Figure') {
      // A picture or a code says what it shows (Matterhorn 13-004), and where it is (/BBox).
      expect(text(elem.lookup(PDFName.of('Alt')))?.trim(), 'Figure /Alt').toBeTruthy();
      const bbox = elem.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('BBox'), PDFArray);
      expect(bbox?.size(), 'Figure /BBox in its layout attributes').toBe(4);
    }
    const kids = elem.lookup(PDFName.of('K'), PDFArray);
    for (const kid of kids.asArray()) {
      if (kid instanceof PDFRef) {
        walk(kid, ref);
        continue;
      }
      const dict = kid as PDFDict;
      const kind = name(dict, 'Type');
      const page = dict.get(PDFName.of('Pg'));
      expect(page).toBeInstanceOf(PDFRef);
      if (kind === 'MCR') owners.set(`${String(page)}:${dict.lookup(PDFName.of('MCID'), PDFNumber).asNumber()}`, ref);
      else if (kind === 'OBJR') owners.set(String(dict.get(PDFName.of('Obj'))), ref);
      else throw new Error(`unexpected structure kid ${String(kid)}`);
    }
  };
  const rootKids = treeRoot.lookup(PDFName.of('K'), PDFArray);
  expect(rootKids.size()).toBe(1);
  const documentRef = rootKids.get(0) as PDFRef;
  expect(name(context.lookup(documentRef, PDFDict), 'S')).toBe('Document');
  walk(documentRef, context.getObjectRef(treeRoot)!);

  // The ParentTree maps each page's MCIDs and each annotation back to the same elements.
  const nums = treeRoot.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).asArray();
  const parentTree = new Map<number, PDFObject>();
  for (let i = 0; i < nums.length; i += 2) parentTree.set((nums[i] as PDFNumber).asNumber(), nums[i + 1]!);
  const nextKey = treeRoot.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
  expect(Math.max(...parentTree.keys())).toBeLessThan(nextKey);

  // Fonts: every font embedded (TrueType program), with a ToUnicode map.
  const fonts = new Map<string, PDFDict>();
  const collectFonts = (resources: PDFDict | undefined) => {
    const dict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of dict?.entries() ?? []) fonts.set(String(ref), context.lookup(ref, PDFDict));
  };

  let pageCount = 0;
  for (const page of doc.getPages()) {
    pageCount++;
    const node = page.node;
    expect(name(node, 'Tabs'), 'page /Tabs').toBe('S');
    const key = node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
    collectFonts(node.Resources());
    const content = node.Contents();
    const streams =
      content instanceof PDFArray ? content.asArray().map((r) => context.lookup(r, PDFStream)) : [content as PDFStream];
    const scan = scanContent(streams.map(streamText).join('\n'));
    expect(scan.untagged, 'painting operators outside marked content').toEqual([]);
    expect(scan.nested, 'tagged content inside an artifact, or the reverse').toEqual([]);
    expect(scan.artifacts).toBeGreaterThan(0);
    const mcidOwners = context.lookup(parentTree.get(key), PDFArray);
    expect(mcidOwners.size()).toBe(scan.mcids.length);
    expect(scan.mcids).toEqual(scan.mcids.map((_, i) => i));
    scan.mcids.forEach((mcid) => {
      expect(mcidOwners.get(mcid), `ParentTree for MCID ${mcid}`).toBe(owners.get(`${String(page.ref)}:${mcid}`));
    });

    for (const annotRef of page.node.Annots()?.asArray() ?? []) {
      const annot = context.lookup(annotRef, PDFDict);
      const subtype = name(annot, 'Subtype');
      const owner = owners.get(String(annotRef));
      expect(owner, `${subtype} annotation in the structure tree`).toBeDefined();
      expect(parentTree.get(annot.lookup(PDFName.of('StructParent'), PDFNumber).asNumber())).toBe(owner);
      const ownerType = name(context.lookup(owner, PDFDict), 'S');
      expect((annot.lookup(PDFName.of('F'), PDFNumber).asNumber() & 4) !== 0, 'annotation prints').toBe(true);
      if (subtype === 'Link') {
        expect(ownerType).toBe('Link');
        expect(text(annot.lookup(PDFName.of('Contents')))?.trim(), 'link alternate text').toBeTruthy();
      } else {
        expect(subtype).toBe('Widget');
        expect(ownerType).toBe('Form');
        // The widget is the field too (one dictionary), so pdf.js finds /TU on it.
        const field = annot.has(PDFName.of('FT')) ? annot : annot.lookup(PDFName.of('Parent'), PDFDict);
        expect(text(field.lookup(PDFName.of('TU')))?.trim(), 'field accessible name /TU').toBeTruthy();
        expect(annot.lookup(PDFName.of('AP'), PDFDict).has(PDFName.of('N'))).toBe(true);
        collectFonts(
          context
            .lookup(annot.lookup(PDFName.of('AP'), PDFDict).get(PDFName.of('N')), PDFStream)
            .dict.lookupMaybe(PDFName.of('Resources'), PDFDict),
        );
      }
    }
  }
  expect(pageCount).toBeGreaterThan(0);

  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (acroForm) {
    expect(acroForm.lookup(PDFName.of('NeedAppearances'))?.toString() ?? 'false').toBe('false');
    collectFonts(acroForm.lookupMaybe(PDFName.of('DR'), PDFDict));
  }
  expect(fonts.size).toBeGreaterThan(0);
  for (const font of fonts.values()) {
    expect(name(font, 'Subtype')).toBe('Type0');
    expect(font.lookup(PDFName.of('ToUnicode'))).toBeInstanceOf(PDFStream);
    const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    expect(descriptor.lookup(PDFName.of('FontFile2')), 'font embedded').toBeInstanceOf(PDFStream);
    expect(name(descendant, 'Subtype')).toBe('CIDFontType2');
    expect(descendant.has(PDFName.of('CIDToGIDMap')), 'CIDFontType2 has CIDToGIDMap').toBe(true);
  }

  const tree = await structTree(bytes);
  // Headings: one H1 first, then H2s; no level skipped (Matterhorn 14-002, 14-003).
  const headings = flatten(tree).filter((n) => /^H\d$/.test(n.role));
  expect(headings[0]?.role).toBe('H1');
  expect(headings.filter((h) => h.role === 'H1')).toHaveLength(1);
  headings.forEach((h, i) => {
    if (i > 0)
      expect(Number(h.role[1]), `${h.role} "${h.text}" skips a level`).toBeLessThanOrEqual(
        Number(headings[i - 1]!.role[1]) + 1,
      );
  });
  // pdf.js drops the space a wrapped line ends with, so compare without whitespace.
  expect(compact(headings[0]!.text)).toBe(compact(expected.title));
  // Lists hold items, items hold a label and/or a body.
  for (const n of flatten(tree)) {
    if (n.role === 'L') expect(n.kids.every((k) => k.role === 'LI')).toBe(true);
    if (n.role === 'LI') expect(n.kids.every((k) => k.role === 'Lbl' || k.role === 'LBody')).toBe(true);
    if (n.role === 'Link') expect(n.objects.length, `Link "${n.text}" has its annotation`).toBeGreaterThan(0);
    if (n.role === 'Form') expect(n.objects).toHaveLength(1);
  }
  return tree;
}

/** True when the qpdf command is installed. */
export const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

/** Runs `qpdf --check` on the bytes; returns its output (it exits non-zero on errors, which throws). */
export function qpdfCheck(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'qpdf-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The field names and accessible names (/TU) of the widgets, in the order of the structure tree. */
export async function formElements(bytes: Uint8Array): Promise<{ name: string; tu: string }[]> {
  const tree = await structTree(bytes);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const annotations = await (await pdf.getPage(1)).getAnnotations();
  const byId = new Map(annotations.map((a) => [a.id as string, a]));
  return flatten(tree)
    .filter((n) => n.role === 'Form')
    .map((n) => {
      const a = byId.get(n.objects[0]!);
      return { name: a?.fieldName as string, tu: a?.alternativeText as string };
    });
}
