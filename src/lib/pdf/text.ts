/**
 * Text: runs of one font and colour (a link keeps its address), breaking them into lines no wider
 * than a width, and drawing a line as tagged content, with links as `Link` elements holding
 * their text and a clickable annotation with /Contents.
 */
import { PDFHexString, PDFString, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Span } from '../content/span';
import type { Fonts } from './fonts';
import type { StructElem, Tagger } from './tags';

/** The structure types that hold text directly. */
export type TextType = 'H1' | 'H2' | 'H3' | 'P' | 'Lbl' | 'LBody' | 'Span';

/** Spans (plain, bold, link) as runs: links in `link` colour, bold in the bold font (not on a link, as on the page). */
export function spanRuns(spans: readonly Span[], fonts: Fonts, font: PDFFont, color: RGB, link: RGB): Run[] {
  return spans.map(({ text, href, strong }) => ({
    text,
    font: strong && !href ? fonts.bold : font,
    color: href ? link : color,
    href,
  }));
}

/** The width of a line of runs, without the space a broken line keeps at its end. */
export function lineWidth(line: readonly Run[], size: number): number {
  const text = (run: Run, i: number) => (i === line.length - 1 ? run.text.trimEnd() : run.text);
  return line.reduce((sum, run, i) => sum + run.font.widthOfTextAtSize(text(run, i), size), 0);
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
export function textTag(tags: Tagger, parent: StructElem, type: TextType = 'P'): TextTag {
  return { tags, elem: tags.add(parent, type) };
}

/** A text already tagged as `elem` (an LBody that holds its text directly). */
export function textIn(tags: Tagger, elem: StructElem): TextTag {
  return { tags, elem };
}

/** The alternate text of a link annotation (/Contents): where it leads, without the scheme for phone and e-mail. */
function linkDescription(href: string): string {
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
