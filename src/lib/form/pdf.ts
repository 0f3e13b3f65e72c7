/**
 * The fillable PDF of the reservation form, described in blocks for the PDF toolkit
 * (src/lib/pdf/): one A4 page, AcroForm text fields named as in ./fields.ts, DejaVu Sans in the
 * page text and in the fields so that æøå and Sámi letters render.
 *
 * Overflow policy `fail`: the form must fit one page; a long postal address that pushes it over
 * fails the build with PageOverflowError.
 *
 * Tagged: title H1, section headings H2, texts P, each field's label a P followed by a `Form`
 * element holding the widget, whose accessible name (/TU) is the printed label; boxes and lines
 * are artifacts. The same registry and language give the same bytes (fixed dates), so a hash of
 * the file can be used in its file name.
 *
 * The signature is a drawn line to sign on paper, not a form field: a typed name is not a
 * signature, and pdf-lib cannot create real digital signature fields.
 */
import { language } from '../../i18n/languages';
import {
  box,
  fields,
  h1,
  h2,
  lines,
  p,
  pdfColors,
  renderPdf,
  theme,
  type Block,
  type FieldCell,
  type PdfFonts,
} from '../pdf';
import type { Registry } from '../content/schemas';
import type { Lang } from '../../i18n/languages';
import { fieldRows, formSections, isFillable, type FormField } from './fields';
import { fieldDescription, fieldHint, fieldLabel, formTexts, type FormTexts } from './texts';

/** Creation and modification date written into every PDF, so that the bytes are reproducible. */
export const FORM_DATE = new Date('2026-11-27T00:00:00Z');

export interface BuildPdfOptions {
  /** Creation/modification date; defaults to FORM_DATE. */
  date?: Date;
  /** TTF bytes; defaults to DejaVu Sans from the dejavu-fonts-ttf package. */
  fonts?: PdfFonts;
}

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

const C = pdfColors;

const FORM_THEME = theme({
  margin: LAYOUT.margin,
  body: { size: LAYOUT.bodySize, leading: 1.38 },
  // Paper first: the addresses are printed in full, so links are coloured, not underlined.
  link: { underline: false },
  h1: { size: LAYOUT.titleSize, leading: 1.2, after: 6 },
  h2: {
    size: LAYOUT.headingSize,
    before: 4,
    after: 5,
    rule: { gap: 2, thickness: 0.75, color: C.rule },
  },
  field: {
    label: { weight: 'bold', size: LAYOUT.smallSize, color: C.text, leading: 1.4, align: 'left' },
    fontSize: LAYOUT.fieldFontSize,
    height: LAYOUT.fieldHeight,
    multilineHeight: LAYOUT.multilineHeight,
    signatureHeight: LAYOUT.signatureHeight,
    rowGap: LAYOUT.rowGap,
    columnGap: LAYOUT.columnGap,
  },
  footer: { size: 8.5, ruleGap: 13.5, space: 4.4 },
});

/** The statement the patient signs, in a tinted, bordered box. */
const STATEMENT = {
  fill: C.statementFill,
  border: { color: C.accent, width: 0.75 },
  pad: { top: 9, right: 9, bottom: 9, left: 9 },
  before: 0,
  after: 6,
};

/** A field of ./fields.ts as the toolkit's labelled box; a fixed-length number gets one cell per digit. */
function cell(field: FormField, lang: Lang): FieldCell {
  const comb = field.inputmode === 'numeric' && field.maxLength !== undefined;
  return {
    name: field.name,
    kind: !isFillable(field) ? 'signature' : field.type === 'multiline' ? 'multiline' : comb ? 'comb' : 'text',
    label: fieldLabel(field, lang),
    hint: fieldHint(field, lang),
    tu: fieldDescription(field, lang),
    maxLength: field.maxLength,
    required: field.required,
    width: field.width,
  };
}

const url = (href: string, after = 0) => p([{ text: href, href }], { size: LAYOUT.urlSize, leading: 1.3, after });

/** How to send the form: by post (the address, or where to find it), by eDialog, never by e-mail. */
function sendBlocks({ send }: FormTexts): Block[] {
  const { post, edialog, emailWarning } = send;
  const byPost =
    post.kind === 'address'
      ? [p(post.text), lines(post.addressLines, { weight: 'bold', leading: 1.25, indent: 12, after: 5 })]
      : [p(post.text), p(post.findAddress), url(post.url, 5)];
  return [
    h2(send.heading),
    ...byPost,
    p(edialog.text),
    url(edialog.url, 5),
    p(emailWarning, { weight: 'bold', after: 6 }),
  ];
}

/** Builds the fillable reservation form (one A4 page) for the registry in bokmål, nynorsk or English. */
export async function buildReservationPdf(
  registry: Registry,
  lang: Lang,
  options: BuildPdfOptions = {},
): Promise<Uint8Array> {
  const texts = formTexts(registry, lang);
  const sections = formSections.flatMap((section) => {
    const { heading, intro } = texts.sections[section];
    return [
      h2(heading),
      ...(intro ? [p(intro, { size: LAYOUT.smallSize, color: C.muted, after: 4 })] : []),
      fields(fieldRows(section).map((row) => row.map((field) => cell(field, lang)))),
    ];
  });
  return renderPdf({
    name: 'The reservation form',
    info: {
      title: texts.title,
      lang: language(lang).pdfLang,
      author: `${registry.shortName}, ${registry.owner}`,
      subject: texts.subject,
      keywords: [registry.shortName, registry.name, ...texts.keywords],
      date: options.date ?? FORM_DATE,
      fonts: options.fonts,
    },
    layout: { overflow: 'fail', pages: 1, theme: FORM_THEME },
    hint: 'Is secretariat.postalAddress in content/registry.yaml longer than 5 lines?',
    // A running footer, so an artifact: the registry's name is in the statement already.
    footer: { kind: 'running', text: texts.footer },
    blocks: [
      h1(texts.title),
      p(texts.intro, { after: 9 }),
      box(STATEMENT, [p(texts.statement, { weight: 'bold', size: 11, color: C.accent, leading: 1.35 })]),
      ...sections,
      ...sendBlocks(texts),
      h2(texts.next.heading),
      ...texts.next.paragraphs.map((text, i) => p(text, { before: i > 0 ? 4 : 0 })),
    ],
  });
}
