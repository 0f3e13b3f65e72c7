/**
 * The theme: the sizes, spacing and colours of every kind of block, as one object. BASE_THEME is
 * the house style (the site's colours from ./palette.ts, DejaVu Sans); a document changes what it
 * needs with `theme({ … })`, or makes the theme a function of the body size for the `shrink`
 * overflow policy.
 */
import type { RGB } from 'pdf-lib';
import type { Weight } from './fonts';
import { pdfColors } from './palette';

export interface TextStyle {
  weight: Weight;
  size: number;
  color: RGB;
  /** Line height as a multiple of the size. */
  leading: number;
  align: 'left' | 'center';
}

/** Space above and below a block; between two blocks both count. Dropped at the top of a page. */
export interface Spacing {
  before: number;
  after: number;
}

export interface RuleStyle extends Spacing {
  color: RGB;
  thickness: number;
}

export interface HeadingStyle extends TextStyle, Spacing {
  /** A rule under the heading, `gap` below its text. */
  rule?: { color: RGB; thickness: number; gap: number };
}

export interface ParagraphStyle extends TextStyle, Spacing {
  /** Extra left indent of every line. */
  indent: number;
}

/**
 * A list item's marker. `dot`: a drawn dot (decoration; the item has no Lbl). `glyph`: "•" or
 * "1." as the item's Lbl. `disc`: the number in a filled circle, the number as the Lbl.
 */
export type Marker =
  | { kind: 'dot'; x: number; radius: number; color: RGB }
  | { kind: 'glyph'; x: number; weight: Weight; color: RGB }
  | { kind: 'disc'; diameter: number; color: RGB; textColor: RGB };

export interface ListStyle extends Spacing {
  /** Where the item's text starts, from the list's left edge. */
  indent: number;
  itemGap: number;
  bullet: Marker;
  number: Marker;
}

/** A tinted box around blocks. Without `before`/`after`, it keeps the space of its first and last block. */
export interface BoxStyle extends Partial<Spacing> {
  fill: RGB;
  border?: { color: RGB; width: number };
  /** A bar down the left edge, inside the padding. */
  bar?: { color: RGB; width: number };
  pad: { top: number; right: number; bottom: number; left: number };
}

export interface FooterStyle {
  size: number;
  color: RGB;
  rule: RGB;
  /** From the footer's baseline up to its rule. */
  ruleGap: number;
  /** From the rule up to the lowest the flowing text may go. */
  space: number;
}

export interface FieldStyle {
  label: TextStyle;
  hintColor: RGB;
  fontSize: number;
  height: number;
  multilineHeight: number;
  /** Room above a signature line. */
  signatureHeight: number;
  rowGap: number;
  columnGap: number;
  fill: RGB;
  border: RGB;
}

export interface Theme {
  margin: number;
  body: ParagraphStyle;
  link: { color: RGB; underline: boolean };
  h1: HeadingStyle;
  h2: HeadingStyle;
  h3: HeadingStyle;
  list: ListStyle;
  rule: RuleStyle;
  figure: Spacing;
  footer: FooterStyle;
  field: FieldStyle;
}

const C = pdfColors;
const heading = (size: number, before: number, after: number): HeadingStyle => ({
  weight: 'bold',
  size,
  color: C.accent,
  leading: 1.3,
  align: 'left',
  before,
  after,
});

/** The house style; a document changes what it needs with `theme({ … })`. */
export const BASE_THEME: Theme = {
  margin: 50,
  body: { weight: 'regular', size: 11, color: C.text, leading: 1.4, align: 'left', before: 0, after: 0, indent: 0 },
  link: { color: C.link, underline: true },
  h1: heading(19, 0, 6),
  h2: heading(13, 10, 2),
  h3: heading(11.5, 8, 2),
  list: {
    before: 0,
    after: 0,
    indent: 26,
    itemGap: 2,
    bullet: { kind: 'dot', x: 8, radius: 2.2, color: C.accent },
    number: { kind: 'disc', diameter: 17, color: C.accent, textColor: C.paper },
  },
  rule: { color: C.rule, thickness: 0.75, before: 0, after: 0 },
  figure: { before: 0, after: 0 },
  footer: { size: 9, color: C.muted, rule: C.rule, ruleGap: 14, space: 13 },
  field: {
    label: { weight: 'bold', size: 9, color: C.text, leading: 1.4, align: 'left' },
    hintColor: C.muted,
    fontSize: 10,
    height: 20,
    multilineHeight: 40,
    signatureHeight: 26,
    rowGap: 6,
    columnGap: 16,
    fill: C.boxFill,
    border: C.boxBorder,
  },
};

type Overrides = { margin?: number } & { [K in Exclude<keyof Theme, 'margin'>]?: Partial<Theme[K]> };

/** The house style with some parts changed, each part merged one level deep. */
export function theme(over: Overrides = {}): Theme {
  const b = BASE_THEME;
  return {
    margin: over.margin ?? b.margin,
    body: { ...b.body, ...over.body },
    link: { ...b.link, ...over.link },
    h1: { ...b.h1, ...over.h1 },
    h2: { ...b.h2, ...over.h2 },
    h3: { ...b.h3, ...over.h3 },
    list: { ...b.list, ...over.list },
    rule: { ...b.rule, ...over.rule },
    figure: { ...b.figure, ...over.figure },
    footer: { ...b.footer, ...over.footer },
    field: { ...b.field, ...over.field },
  };
}
