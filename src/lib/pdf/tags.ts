/**
 * Tagged PDF on top of pdf-lib, at the object level: a structure tree (StructTreeRoot, one
 * `Document` element, standard structure types only), marked content for real content (BDC with
 * an MCID) and for decoration (`/Artifact`), annotations (links, form widgets) attached to their
 * structure element through an OBJR and /StructParent, the ParentTree that maps both back, and
 * /Tabs /S on every page. Pictures are `Figure` elements with their text alternative (/Alt) and a
 * layout /BBox. The writer creates elements in reading order; the tree keeps that order.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** The standard structure types the site's PDFs use (PDF 1.7, 14.8.4); no role map needed. */
export type StructType =
  'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Link' | 'Form' | 'Figure' | 'Span';

/** What a new element may carry besides its type. */
export interface ElemOptions {
  /** Attributes (/A), e.g. `{ O: 'List', ListNumbering: 'Disc' }`; strings become names. */
  attributes?: Record<string, unknown>;
  /** The text alternative (/Alt): what a `Figure` shows, for those who cannot see it. */
  alt?: string;
}

/** A rectangle in page space: left, bottom, right, top. */
export type BBox = [number, number, number, number];

/** Kinds of artifact (PDF 1.7, 14.8.2.2): `Layout` for lines and boxes, `Pagination` for running footers. */
export type ArtifactType = 'Layout' | 'Pagination';

export class StructElem {
  readonly ref: PDFRef;
  readonly dict: PDFDict;
  readonly type: StructType;
  private readonly kids: PDFArray;

  constructor(doc: PDFDocument, type: StructType, parent: PDFRef, options: ElemOptions = {}) {
    const { context } = doc;
    this.type = type;
    this.kids = context.obj([]);
    this.dict = context.obj({ Type: 'StructElem', S: type, P: parent, K: this.kids });
    if (options.attributes) this.dict.set(PDFName.of('A'), context.obj(options.attributes as never));
    if (options.alt !== undefined) this.dict.set(PDFName.of('Alt'), PDFHexString.fromText(options.alt));
    this.ref = context.register(this.dict);
  }

  /** Appends a kid: another element, a marked-content reference or an object reference. */
  push(kid: PDFObject): void {
    this.kids.push(kid);
  }

  /** The last kid, to continue a link over a line break. */
  last(): PDFObject | undefined {
    return this.kids.size() > 0 ? this.kids.get(this.kids.size() - 1) : undefined;
  }
}

/** Marked content per page: its key in the ParentTree and the element that owns each MCID. */
interface PageMarks {
  key: number;
  owners: PDFRef[];
}

export class Tagger {
  readonly doc: PDFDocument;
  readonly rootRef: PDFRef;
  /** The `Document` element; everything else hangs below it. */
  readonly root: StructElem;
  private nextKey = 0;
  private readonly pages = new Map<PDFPage, PageMarks>();
  /** ParentTree entries for annotations: StructParent key → element. */
  private readonly annotationOwners: [number, PDFRef][] = [];

  constructor(doc: PDFDocument) {
    this.doc = doc;
    this.rootRef = doc.context.nextRef();
    this.root = new StructElem(doc, 'Document', this.rootRef);
  }

  /** A new element as the last kid of `parent`. */
  add(parent: StructElem, type: StructType, options?: ElemOptions): StructElem {
    const elem = new StructElem(this.doc, type, parent.ref, options);
    parent.push(elem.ref);
    return elem;
  }

  /**
   * A `Figure` under `parent`: a picture or a code, with its text alternative and where it sits
   * on the page (a Layout attribute /BBox, which PDF 1.7 asks of a figure on one page).
   */
  figure(parent: StructElem, alt: string, bbox: BBox): StructElem {
    if (!alt.trim()) throw new Error('A figure needs a text alternative (/Alt)');
    return this.add(parent, 'Figure', { alt, attributes: { O: 'Layout', Placement: 'Block', BBox: bbox } });
  }

  private marks(page: PDFPage): PageMarks {
    let marks = this.pages.get(page);
    if (!marks) {
      marks = { key: this.nextKey++, owners: [] };
      this.pages.set(page, marks);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(marks.key));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    return marks;
  }

  /** Draws real content as a marked-content sequence owned by `elem` (reading order = call order). */
  mark(page: PDFPage, elem: StructElem, draw: () => void): void {
    const marks = this.marks(page);
    const mcid = marks.owners.length;
    marks.owners.push(elem.ref);
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(elem.type), `<</MCID ${mcid}>>`]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    elem.push(this.doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
  }

  /** Draws decoration (lines, boxes, bullets, running footers) as an artifact, outside the tree. */
  artifact(page: PDFPage, draw: () => void, type: ArtifactType = 'Layout'): void {
    this.marks(page);
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), `<</Type /${type}>>`]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Attaches an annotation (a link or a form widget) on `page` to `elem`. */
  annotation(page: PDFPage, elem: StructElem, annotation: PDFRef): void {
    this.marks(page);
    const key = this.nextKey++;
    this.doc.context.lookup(annotation, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
    this.annotationOwners.push([key, elem.ref]);
    elem.push(this.doc.context.obj({ Type: 'OBJR', Obj: annotation, Pg: page.ref }));
  }

  /** Writes the StructTreeRoot, its ParentTree and MarkInfo into the catalog. Call once, before saving. */
  finish(): void {
    const { context, catalog } = this.doc;
    const nums: [number, PDFObject][] = [
      ...[...this.pages.values()].map(({ key, owners }): [number, PDFObject] => [key, context.obj(owners)]),
      ...this.annotationOwners,
    ];
    nums.sort((a, b) => a[0] - b[0]);
    const treeRoot = context.obj({
      Type: 'StructTreeRoot',
      K: [this.root.ref],
      ParentTree: context.register(context.obj({ Nums: nums.flat() })),
      ParentTreeNextKey: this.nextKey,
    });
    context.assign(this.rootRef, treeRoot);
    catalog.set(PDFName.of('StructTreeRoot'), this.rootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    // Reading order of annotations (Tab key) follows the structure tree on every page.
    for (const page of this.doc.getPages()) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  }
}
