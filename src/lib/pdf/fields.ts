/**
 * Fillable form fields: rows of labelled boxes, each an AcroForm text field whose accessible
 * name (/TU) is its printed label, its widget in the structure tree (a `Form` element holding an
 * OBJR) right after the label's P. A number of fixed length gets one cell per digit (a combed
 * field); a signature is a line to sign on paper and no field, since a typed name is not a
 * signature. The fonts are DejaVu in the fields too, with the letters of Norwegian, Sámi and most
 * European names kept in the subset, so a viewer can show what is typed.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  rgb,
  type PDFDocument,
  type PDFForm,
  type PDFPage,
} from 'pdf-lib';
import type { FieldStyle } from './theme';
import type { Fonts } from './fonts';
import type { StructElem, Tagger } from './tags';
import { breakLines, drawRuns, textTag, type Run } from './text';
import type { Laid, LayContext } from './laid';

/** One labelled box of a row of fields. */
export interface FieldCell {
  /** The field's name (/T); unused for a signature. */
  name: string;
  /** text, multiline, comb (one cell per character, `maxLength` cells), or a signature line. */
  kind: 'text' | 'multiline' | 'comb' | 'signature';
  /** The label printed above the box, in bold. */
  label: string;
  /** Printed after the label in grey, on its line if it fits, else below. */
  hint?: string;
  /** The accessible name (/TU): the label as printed, with the hint. */
  tu: string;
  maxLength?: number;
  required?: boolean;
  /** Two 'half' cells share a row. */
  width: 'full' | 'half';
}

/**
 * Characters always kept in the font subset, beyond those printed on the page: printable ASCII,
 * Latin-1 and Latin Extended-A (which holds čđŋšŧž and ÁČĐŊŠŦŽ), and typographic punctuation.
 */
const FIELD_CHARSET = (() => {
  let chars = '';
  for (const [from, to] of [
    [0x20, 0x7e],
    [0xa0, 0xff],
    [0x100, 0x17f],
  ] as const) {
    for (let c = from; c <= to; c++) chars += String.fromCodePoint(c);
  }
  return chars + '–—‘’“”«»…€';
})();

/** The AcroForm of a document: makes the fields, and finishes their appearances at the end. */
export class FormWriter {
  private readonly doc: PDFDocument;
  private readonly fonts: Fonts;
  private readonly style: FieldStyle;
  private readonly form: PDFForm;

  constructor(doc: PDFDocument, fonts: Fonts, style: FieldStyle) {
    [this.doc, this.fonts, this.style] = [doc, fonts, style];
    fonts.regular.encodeText(FIELD_CHARSET);
    this.form = doc.getForm();
    this.form.acroForm.dict.set(
      PDFName.of('DR'),
      doc.context.obj({ Font: { [fonts.regular.name]: fonts.regular.ref } }),
    );
  }

  /** The box (and field) or the signature line of `cell`, its Form element under `parent`. */
  box(
    page: PDFPage,
    tags: Tagger,
    parent: StructElem,
    cell: FieldCell,
    rect: { x: number; y: number; width: number; height: number },
  ): void {
    const { x, y, width, height } = rect;
    const s = this.style;
    const decorate = (draw: () => void) => tags.artifact(page, draw);
    if (cell.kind === 'signature') {
      decorate(() => page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.9, color: s.border }));
      return;
    }
    decorate(() => page.drawRectangle({ ...rect, color: s.fill, borderColor: s.border, borderWidth: 0.75 }));
    const field = this.form.createTextField(cell.name);
    // The default appearance names the embedded font (also in the form's /DR), so that viewers
    // that build their own appearance while the user types use DejaVu too.
    field.acroField.setDefaultAppearance(`/${this.fonts.regular.name} ${s.fontSize} Tf 0 g`);
    field.setFontSize(s.fontSize);
    if (cell.maxLength !== undefined) field.setMaxLength(cell.maxLength);
    if (cell.kind === 'multiline') field.enableMultiline();
    field.disableRichFormatting();
    if (cell.required) field.enableRequired();
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(cell.tu));
    if (cell.kind === 'comb') {
      if (cell.maxLength === undefined) throw new Error(`The combed field ${cell.name} needs a maxLength`);
      field.enableCombing();
      const step = width / cell.maxLength;
      decorate(() => {
        for (let i = 1; i < cell.maxLength!; i++) {
          const cx = x + i * step;
          page.drawLine({ start: { x: cx, y }, end: { x: cx, y: y + height * 0.35 }, thickness: 0.5, color: s.border });
        }
      });
    }
    // A transparent widget over the drawn box: the page shows the box in print and on screen.
    // (pdf-lib draws a white background and a black border unless told "none" explicitly.)
    field.addToPage(page, {
      ...rect,
      font: this.fonts.regular,
      textColor: rgb(0, 0, 0),
      backgroundColor: undefined,
      borderColor: undefined,
      borderWidth: 0,
    });
    const elem = tags.add(parent, 'Form');
    for (const widget of field.acroField.getWidgets()) {
      const ref = this.doc.context.getObjectRef(widget.dict);
      if (!ref) throw new Error(`The widget of ${cell.name} is not registered in the document`);
      tags.annotation(page, elem, ref);
    }
  }

  /** Draws the fields' appearances in DejaVu and merges each field with its one widget. Call once, before saving. */
  finish(): void {
    // pdf-lib still counts the fields as changed (font size, max length) after addToPage drew
    // them, so this pass redraws them: drop the superseded appearance streams.
    const appearances = () =>
      this.form
        .getFields()
        .flatMap((f) => f.acroField.getWidgets().map((w) => w.getNormalAppearance()))
        .filter((ap): ap is PDFRef => ap instanceof PDFRef);
    const before = appearances();
    this.form.updateFieldAppearances(this.fonts.regular);
    const after = new Set(appearances());
    for (const ref of before) if (!after.has(ref)) this.doc.context.delete(ref);
    this.mergeFieldsWithWidgets();
  }

  /**
   * Makes each field with one widget a single dictionary, as PDF allows. pdf-lib writes the
   * widget as a kid of the field; pdf.js (Firefox's viewer) reads a widget's accessible name
   * (/TU) only from the widget's own dictionary. The structure tree's OBJRs point at the widgets.
   */
  private mergeFieldsWithWidgets(): void {
    const { context } = this.doc;
    const kidsKey = PDFName.of('Kids');
    const visit = (list: PDFArray) => {
      list.asArray().forEach((ref, i) => {
        const node = context.lookup(ref, PDFDict);
        const kids = node.lookupMaybe(kidsKey, PDFArray);
        if (!kids) return;
        const widgetRef = kids.get(0);
        const widget =
          kids.size() === 1 && widgetRef instanceof PDFRef ? context.lookup(widgetRef, PDFDict) : undefined;
        if (!node.has(PDFName.of('FT')) || widget?.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) {
          visit(kids);
          return;
        }
        widget.delete(PDFName.of('Parent'));
        for (const [key, value] of node.entries()) if (key !== kidsKey) widget.set(key, value);
        list.set(i, widgetRef);
        context.delete(ref as PDFRef);
      });
    };
    visit(this.form.acroForm.dict.lookup(PDFName.of('Fields'), PDFArray));
  }
}

/** The label as lines: the bold label, then the hint in grey on its last line if it fits, else below. */
function labelLines(cell: FieldCell, ctx: LayContext, width: number): Run[][] {
  const { label: style, hintColor } = ctx.theme.field;
  const { size } = style;
  const regular = ctx.fonts.regular;
  const lines = breakLines([{ text: cell.label, font: ctx.fonts[style.weight], color: style.color }], size, width);
  if (!cell.hint) return lines;
  const last = lines.at(-1) ?? [];
  const used = last.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  const inline = ` – ${cell.hint}`;
  if (used + regular.widthOfTextAtSize(inline, size) <= width)
    last.push({ text: inline, font: regular, color: hintColor });
  else lines.push(...breakLines([{ text: cell.hint, font: regular, color: hintColor }], size, width));
  return lines;
}

/** Rows of fields, each row laid out whole: labels bottom-aligned right above their boxes. */
export function layFieldRows(rows: readonly FieldCell[][], width: number, ctx: LayContext): Laid[] {
  const s = ctx.theme.field;
  const half = (width - s.columnGap) / 2;
  const lineHeight = s.label.size * s.label.leading;
  const boxHeight = (cell: FieldCell) =>
    cell.kind === 'signature' ? s.signatureHeight : cell.kind === 'multiline' ? s.multilineHeight : s.height;
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const w = cell.width === 'full' ? width : half;
      return { cell, width: w, dx: i * (half + s.columnGap), label: labelLines(cell, ctx, w) };
    });
    const labelHeight = Math.max(...cells.map((c) => c.label.length)) * lineHeight;
    const boxes = Math.max(...row.map(boxHeight));
    const height = labelHeight + 2 + boxes;
    const what = `the row of fields «${row.map((c) => c.label).join('», «')}»`;
    return {
      what,
      height,
      lead: height,
      before: 0,
      after: s.rowGap,
      draw({ flow, parent, x }) {
        const boxTop = flow.take(height, what) + boxes;
        for (const c of cells) {
          const tag = textTag(flow.tags, parent);
          c.label.forEach((runs, i) => {
            const baseline = boxTop + 2 + (c.label.length - 1 - i) * lineHeight + s.label.size * 0.3;
            drawRuns(flow.page, runs, x + c.dx, baseline, s.label.size, tag);
          });
          const rect = { x: x + c.dx, y: boxTop - boxes, width: c.width, height: boxes };
          flow.form().box(flow.page, flow.tags, parent, c.cell, rect);
        }
      },
    };
  });
}
