/**
 * The fillable PDF of the reservation form: one A4 page, AcroForm text fields named as in
 * ./fields.ts, DejaVu Sans embedded (subset) so that æøå and Sámi letters render both in the page
 * text and in the fields. It is a tagged PDF (PDF/UA-1, PDF/A-2a; see ../pdf/document.ts): title
 * H1, section headings H2, texts P, each field's label a P followed by a `Form` element holding
 * the widget, whose accessible name (/TU) is the printed label; boxes and lines are artifacts. The output is deterministic: the same registry and language give the
 * same bytes (fixed dates; pdf-lib's name suffixes come from a seeded generator), so a hash of
 * the file can be used in its file name.
 *
 * The signature is a drawn line to sign on paper, not a form field: a typed name is not a
 * signature, and pdf-lib cannot create real digital signature fields.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  PageSizes,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFForm,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import {
  breakLines,
  createPdf,
  drawRuns,
  PageOverflowError,
  PDF_LANG,
  textTag,
  type Fonts,
  type PdfFonts,
  type Run,
  type TextTag,
} from '../pdf/document';
import { pdfColors } from '../pdf/palette';
import type { StructElem, Tagger } from '../pdf/tags';
import type { Registry } from '../content/schemas';
import {
  fieldDescription,
  fieldHint,
  fieldLabel,
  fieldRows,
  formSections,
  formTexts,
  isFillable,
  type FormField,
  type FormSection,
  type FormTexts,
  type Lang,
} from './fields';

/** Creation and modification date written into every PDF, so that the bytes are reproducible. */
export const FORM_DATE = new Date('2026-11-27T00:00:00Z');

export interface BuildPdfOptions {
  /** Creation/modification date; defaults to FORM_DATE. */
  date?: Date;
  /** TTF bytes; defaults to DejaVu Sans from the dejavu-fonts-ttf package. */
  fonts?: PdfFonts;
}

/**
 * Characters always kept in the font subset, beyond those printed on the page, so that a viewer
 * that edits a field with the embedded font can show Norwegian, Sámi and most European names:
 * printable ASCII, Latin-1 and Latin Extended-A (which holds čđŋšŧž and ÁČĐŊŠŦŽ).
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

/** Page geometry and type sizes, in points. */
export const LAYOUT = {
  margin: 50,
  columnGap: 16,
  titleSize: 18,
  headingSize: 11.5,
  bodySize: 9.5,
  smallSize: 9,
  urlSize: 8.5,
  fieldFontSize: 10,
  fieldHeight: 20,
  rowGap: 6,
  multilineHeight: 40,
  /** Space above the signature line to sign in. */
  signatureHeight: 26,
} as const;

/** The site's colours (src/styles/tokens.css), so the form's accent is the site's. */
const COLOR = pdfColors;

interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
  /** Line height as a multiple of the size. */
  leading?: number;
}

/** Draws top to bottom and refuses to draw below the bottom margin. */
class PageWriter {
  y: number;
  readonly left: number;
  readonly width: number;
  readonly page: PDFPage;
  readonly bottom: number;
  readonly tags: Tagger;

  constructor(page: PDFPage, bottom: number, tags: Tagger) {
    const { width, height } = page.getSize();
    this.page = page;
    this.tags = tags;
    this.left = LAYOUT.margin;
    this.width = width - 2 * LAYOUT.margin;
    this.y = height - LAYOUT.margin;
    this.bottom = bottom;
  }

  /** Reserves `height` points below the cursor and returns the new (lower) y. */
  take(height: number): number {
    if (this.y - height < this.bottom - 0.001) {
      throw new PageOverflowError(
        `The reservation form does not fit on one page: needs ${height.toFixed(1)} pt at y=${this.y.toFixed(1)}, ` +
          `bottom margin at ${this.bottom.toFixed(1)}. Is secretariat.postalAddress in content/registry.yaml longer than 5 lines?`,
      );
    }
    this.y -= height;
    return this.y;
  }

  gap(height: number): void {
    this.take(height);
  }

  /** Wrapped text, by default a new paragraph of the document; with `href` a link. */
  text(
    text: string,
    style: TextStyle,
    x = this.left,
    width = this.width,
    href?: string,
    tag: TextTag = textTag(this.tags, this.tags.root),
  ): void {
    const { font, size, color = COLOR.text, leading = 1.38 } = style;
    const lineHeight = size * leading;
    for (const line of breakLines([{ text, font, color, href }], size, width)) {
      const bottom = this.take(lineHeight);
      drawRuns(this.page, line, x, bottom + (lineHeight - size) / 2 + size * 0.22, size, tag);
    }
  }

  /** A URL as text, broken at "/" when too long, and clickable. */
  link(url: string, style: TextStyle): void {
    this.text(url, { ...style, color: COLOR.link }, this.left, this.width, url);
  }

  /** Draws decoration: an artifact, not content. */
  decorate(draw: () => void): void {
    this.tags.artifact(this.page, draw);
  }

  rule(color: RGB = COLOR.rule, thickness = 0.75): void {
    const y = this.take(thickness);
    this.decorate(() =>
      this.page.drawLine({
        start: { x: this.left, y },
        end: { x: this.left + this.width, y },
        thickness,
        color,
      }),
    );
  }
}

function drawHeading(w: PageWriter, fonts: Fonts, heading: string): void {
  const tag = textTag(w.tags, w.tags.root, 'H2');
  w.text(
    heading,
    { font: fonts.bold, size: LAYOUT.headingSize, color: COLOR.accent, leading: 1.3 },
    w.left,
    w.width,
    undefined,
    tag,
  );
  w.gap(2);
  w.rule();
  w.gap(5);
}

/** The statement in a tinted box. */
function drawStatement(w: PageWriter, fonts: Fonts, statement: string): void {
  const pad = 9;
  const size = 11;
  const top = w.y;
  const lines = breakLines([{ text: statement, font: fonts.bold, color: COLOR.accent }], size, w.width - 2 * pad);
  const height = lines.length * size * 1.35 + 2 * pad;
  const bottom = w.take(height);
  w.decorate(() =>
    w.page.drawRectangle({
      x: w.left,
      y: bottom,
      width: w.width,
      height,
      color: COLOR.statementFill,
      borderColor: COLOR.accent,
      borderWidth: 0.75,
    }),
  );
  // Write the lines inside the box: move the cursor back to the top, then below the padding.
  w.y = top - pad;
  w.text(statement, { font: fonts.bold, size, color: COLOR.accent, leading: 1.35 }, w.left + pad, w.width - 2 * pad);
  w.y = bottom;
}

/**
 * The label above a box, as lines of runs: the bold label (wrapped if it must), then the hint in
 * grey on the same line when it fits, otherwise on the next line.
 */
function labelLines(fonts: Fonts, field: FormField, lang: Lang, width: number): Run[][] {
  const size = LAYOUT.smallSize;
  const lines = breakLines([{ text: fieldLabel(field, lang), font: fonts.bold, color: COLOR.text }], size, width);
  const hint = fieldHint(field, lang);
  if (!hint) return lines;
  const last = lines.at(-1) ?? [];
  const used = last.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  const inline = ` – ${hint}`;
  if (used + fonts.regular.widthOfTextAtSize(inline, size) <= width) {
    last.push({ text: inline, font: fonts.regular, color: COLOR.muted });
  } else {
    lines.push(...breakLines([{ text: hint, font: fonts.regular, color: COLOR.muted }], size, width));
  }
  return lines;
}

/** The height a field needs; the boxes of one row all get the row's tallest height. */
function boxHeight(field: FormField): number {
  if (!isFillable(field)) return LAYOUT.signatureHeight;
  return field.type === 'multiline' ? LAYOUT.multilineHeight : LAYOUT.fieldHeight;
}

/**
 * A drawn box with a transparent form field over it, or for the signature a line to sign on. The
 * field's widget goes into a new `Form` element; its accessible name (/TU) is the label as printed.
 */
function drawBox(
  w: PageWriter,
  form: PDFForm,
  fonts: Fonts,
  field: FormField,
  lang: Lang,
  x: number,
  width: number,
  boxTop: number,
  height: number,
): void {
  const y = boxTop - height;
  if (!isFillable(field)) {
    w.decorate(() =>
      w.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.9, color: COLOR.boxBorder }),
    );
    return;
  }

  w.decorate(() =>
    w.page.drawRectangle({
      x,
      y,
      width,
      height,
      color: COLOR.boxFill,
      borderColor: COLOR.boxBorder,
      borderWidth: 0.75,
    }),
  );

  const textField = form.createTextField(field.name);
  // The default appearance names the embedded font (also listed in the form's /DR), so that
  // viewers that build their own appearance while the user types use DejaVu too.
  textField.acroField.setDefaultAppearance(`/${fonts.regular.name} ${LAYOUT.fieldFontSize} Tf 0 g`);
  textField.setFontSize(LAYOUT.fieldFontSize);
  if (field.maxLength !== undefined) textField.setMaxLength(field.maxLength);
  if (field.type === 'multiline') textField.enableMultiline();
  textField.disableRichFormatting();
  if (field.required) textField.enableRequired();
  // The tooltip (/TU) is what screen readers announce for the field: the label as printed above it.
  textField.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(fieldDescription(field, lang)));

  // A number of fixed length (the fødselsnummer) gets one cell per digit, for handwriting too.
  if (field.inputmode === 'numeric' && field.maxLength !== undefined) {
    textField.enableCombing();
    const cell = width / field.maxLength;
    const cells = field.maxLength;
    w.decorate(() => {
      for (let i = 1; i < cells; i++) {
        w.page.drawLine({
          start: { x: x + i * cell, y },
          end: { x: x + i * cell, y: y + height * 0.35 },
          thickness: 0.5,
          color: COLOR.boxBorder,
        });
      }
    });
  }

  // Transparent widget over the drawn box: the page shows the box in print and on screen.
  textField.addToPage(w.page, {
    x,
    y,
    width,
    height,
    font: fonts.regular,
    textColor: rgb(0, 0, 0),
    backgroundColor: undefined,
    borderColor: undefined,
    borderWidth: 0,
  });
  const formElem: StructElem = w.tags.add(w.tags.root, 'Form');
  for (const widget of textField.acroField.getWidgets()) {
    const ref = w.page.doc.context.getObjectRef(widget.dict);
    if (!ref) throw new Error(`The widget of ${field.name} is not registered in the document`);
    w.tags.annotation(w.page, formElem, ref);
  }
}

/** The fields of one section, two 'half' fields to a row. */
function drawFields(w: PageWriter, form: PDFForm, fonts: Fonts, section: FormSection, lang: Lang): void {
  const rows = fieldRows(section);

  const half = (w.width - LAYOUT.columnGap) / 2;
  const size = LAYOUT.smallSize;
  const lineHeight = size * 1.4;
  for (const row of rows) {
    const cells = row.map((field, i) => {
      const width = field.width === 'full' ? w.width : half;
      return { field, width, x: w.left + i * (half + LAYOUT.columnGap), label: labelLines(fonts, field, lang, width) };
    });
    const labelHeight = Math.max(...cells.map((c) => c.label.length)) * lineHeight;
    const height = Math.max(...row.map(boxHeight));
    const rowTop = w.y;
    w.take(labelHeight + 2 + height);
    const boxTop = rowTop - labelHeight - 2;
    for (const { field, width, x, label } of cells) {
      // Labels sit right above their box, so a one-line label next to a two-line one stays close to it.
      const tag = textTag(w.tags, w.tags.root);
      label.forEach((runs, i) => {
        const baseline = boxTop + 2 + (label.length - 1 - i) * lineHeight + size * 0.3;
        drawRuns(w.page, runs, x, baseline, size, tag);
      });
      drawBox(w, form, fonts, field, lang, x, width, boxTop, height);
    }
    w.gap(LAYOUT.rowGap);
  }
}

function drawSendInstructions(w: PageWriter, fonts: Fonts, texts: FormTexts): void {
  const body = { font: fonts.regular, size: LAYOUT.bodySize };
  const url = { font: fonts.regular, size: LAYOUT.urlSize, leading: 1.3 };
  const { post, edialog, emailWarning } = texts.send;

  drawHeading(w, fonts, texts.send.heading);
  if (post.kind === 'address') {
    w.text(post.text, body);
    const address = { ...body, font: fonts.bold, leading: 1.25 };
    // The address is one paragraph of several lines.
    const tag = textTag(w.tags, w.tags.root);
    for (const line of post.addressLines) w.text(line, address, w.left + 12, w.width - 12, undefined, tag);
  } else {
    w.text(post.text, body);
    w.text(post.findAddress, body);
    w.link(post.url, url);
  }
  w.gap(5);
  w.text(edialog.text, body);
  w.link(edialog.url, url);
  w.gap(5);
  w.text(emailWarning, { ...body, font: fonts.bold });
}

/**
 * Makes each field with one widget a single dictionary, field and widget in one, as PDF allows.
 * pdf-lib writes the widget as a kid of the field; pdf.js (the viewer in Firefox) reads a
 * widget's accessible name (/TU) only from the widget's own dictionary, so it would announce the
 * fields without a name. The structure tree's OBJRs already point at the widgets.
 */
function mergeFieldsWithWidgets(doc: PDFDocument, form: PDFForm): void {
  const { context } = doc;
  const kidsKey = PDFName.of('Kids');
  const visit = (list: PDFArray) => {
    list.asArray().forEach((ref, i) => {
      const node = context.lookup(ref, PDFDict);
      const kids = node.lookupMaybe(kidsKey, PDFArray);
      if (!kids) return;
      const widgetRef = kids.get(0);
      const widget = kids.size() === 1 && widgetRef instanceof PDFRef ? context.lookup(widgetRef, PDFDict) : undefined;
      if (!node.has(PDFName.of('FT')) || widget?.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) {
        visit(kids);
        return;
      }
      widget.delete(PDFName.of('Parent'));
      for (const [key, value] of node.entries()) if (key !== kidsKey) widget.set(key, value);
      list.set(i, widgetRef!);
      context.delete(ref as PDFRef);
    });
  };
  visit(form.acroForm.dict.lookup(PDFName.of('Fields'), PDFArray));
}

/** Builds the fillable reservation form (one A4 page) for the registry in bokmål or nynorsk. */
export async function buildReservationPdf(
  registry: Registry,
  lang: Lang,
  options: BuildPdfOptions = {},
): Promise<Uint8Array> {
  const texts = formTexts(registry, lang);
  const { doc, fonts, tags, save } = await createPdf({
    title: texts.title,
    lang: PDF_LANG[lang],
    author: `${registry.shortName}, ${registry.owner}`,
    subject: texts.subject,
    keywords: [registry.shortName, registry.name, ...texts.keywords],
    date: options.date ?? FORM_DATE,
    fonts: options.fonts,
  });
  fonts.regular.encodeText(FIELD_CHARSET);

  const page = doc.addPage(PageSizes.A4);
  const form = doc.getForm();
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [fonts.regular.name]: fonts.regular.ref } }));

  // The footer sits at the bottom margin; the flowing content must end above it.
  const footerSize = 8.5;
  const footerHeight = footerSize * 1.4 + 6;
  const w = new PageWriter(page, LAYOUT.margin + footerHeight, tags);
  const body = { font: fonts.regular, size: LAYOUT.bodySize };

  const title = textTag(tags, tags.root, 'H1');
  w.text(
    texts.title,
    { font: fonts.bold, size: LAYOUT.titleSize, color: COLOR.accent, leading: 1.2 },
    w.left,
    w.width,
    undefined,
    title,
  );
  w.gap(6);
  w.text(texts.intro, body);
  w.gap(9);
  drawStatement(w, fonts, texts.statement);
  w.gap(10);

  for (const section of formSections) {
    const { heading, intro } = texts.sections[section];
    drawHeading(w, fonts, heading);
    if (intro) {
      w.text(intro, { font: fonts.regular, size: LAYOUT.smallSize, color: COLOR.muted });
      w.gap(4);
    }
    drawFields(w, form, fonts, section, lang);
    w.gap(4);
  }

  drawSendInstructions(w, fonts, texts);
  w.gap(10);
  drawHeading(w, fonts, texts.next.heading);
  texts.next.paragraphs.forEach((paragraph, i) => {
    if (i > 0) w.gap(4);
    w.text(paragraph, body);
  });

  // Footer: a rule and the registry's name, inside the content area at the bottom margin. A
  // running footer, so an artifact: the name is in the statement already.
  const footerBaseline = LAYOUT.margin + 1;
  tags.artifact(
    page,
    () => {
      page.drawLine({
        start: { x: w.left, y: footerBaseline + footerSize + 4 },
        end: { x: w.left + w.width, y: footerBaseline + footerSize + 4 },
        thickness: 0.5,
        color: COLOR.rule,
      });
      page.drawText(texts.footer, {
        x: w.left,
        y: footerBaseline,
        size: footerSize,
        font: fonts.regular,
        color: COLOR.muted,
      });
    },
    'Pagination',
  );

  // Draw the field appearances with DejaVu. pdf-lib still counts the fields as changed (font
  // size, max length) after addToPage drew them, so this pass redraws them: drop the superseded
  // appearance streams, which nothing refers to any more.
  const appearanceRefs = () =>
    form
      .getFields()
      .flatMap((field) => field.acroField.getWidgets().map((widget) => widget.getNormalAppearance()))
      .filter((ap): ap is PDFRef => ap instanceof PDFRef);
  const before = appearanceRefs();
  form.updateFieldAppearances(fonts.regular);
  const after = new Set(appearanceRefs());
  for (const ref of before) if (!after.has(ref)) doc.context.delete(ref);
  mergeFieldsWithWidgets(doc, form);
  // Appearances are already up to date; skipping pdf-lib's own pass keeps it from embedding
  // Helvetica as a default font.
  return save({ updateFieldAppearances: false });
}
