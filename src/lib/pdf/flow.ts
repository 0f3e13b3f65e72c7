/**
 * The page flow under the writer (./writer.ts): the current page, a cursor moving down it, the
 * space between the top margin and the footer, new pages when allowed, and the running footer.
 * What happens when a block does not fit is the document's overflow policy: with `maxPages` a
 * block that would need one page more throws PageOverflowError naming the document and the
 * block; without, the flow continues on a new page.
 */
import { PageSizes, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Theme } from './theme';
import { FormWriter } from './fields';
import type { Fonts } from './fonts';
import type { ArtifactType, StructElem, Tagger } from './tags';
import { breakLines, drawRuns, textTag } from './text';

/** Thrown when a document does not fit the pages its overflow policy allows. */
export class PageOverflowError extends Error {
  override name = 'PageOverflowError';
}

/** Small print at the foot of the page: on every page as decoration, or once, at the end, as content. */
export interface Footer {
  text: string;
  /** `running`: a Pagination artifact on every page. `closing`: the document's last paragraph. */
  kind: 'running' | 'closing';
}

export interface FlowOptions {
  doc: PDFDocument;
  fonts: Fonts;
  tags: Tagger;
  theme: Theme;
  /** The document, for error messages: "The reservation form". */
  name: string;
  size?: [number, number];
  /** At most this many pages (the fail and shrink policies); none: as many as it takes. */
  maxPages?: number;
  /** Advice added to an overflow error: which setting makes the text long. */
  hint?: string;
  footer?: Footer;
}

const EPS = 0.001;

export class Flow {
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  readonly tags: Tagger;
  readonly theme: Theme;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  page!: PDFPage;
  /** The cursor: everything above it on this page is placed. */
  y = 0;
  pages = 0;
  private readonly options: FlowOptions;
  private readonly size: [number, number];
  private formWriter?: FormWriter;

  constructor(options: FlowOptions) {
    this.options = options;
    ({ doc: this.doc, fonts: this.fonts, tags: this.tags, theme: this.theme } = options);
    this.size = options.size ?? PageSizes.A4;
    const { margin, footer } = this.theme;
    this.left = margin;
    this.width = this.size[0] - 2 * margin;
    this.top = this.size[1] - margin;
    this.bottom = margin + (options.footer ? footer.ruleGap + footer.space : 0);
    this.newPage('the first block');
  }

  /** Nothing is placed on this page yet. */
  get atTop(): boolean {
    return this.y >= this.top - EPS;
  }

  /** Starts a new page, or throws when the policy allows no more pages. */
  newPage(what: string): void {
    const max = this.options.maxPages;
    if (max !== undefined && this.pages >= max)
      throw this.overflow(
        `${what} does not fit (${Math.max(0, this.y - this.bottom).toFixed(1)} pt left on page ${max})`,
      );
    this.page = this.doc.addPage(this.size);
    this.pages++;
    this.y = this.top;
    if (this.options.footer?.kind === 'running') this.footer(this.options.footer.text, undefined);
  }

  /** Makes sure `height` points fit below the cursor: on a new page when they do not. */
  room(height: number, what: string): void {
    if (this.y - height >= this.bottom - EPS) return;
    if (this.atTop) throw this.overflow(`${what} needs ${height.toFixed(1)} pt, more than a whole page`);
    this.newPage(what);
  }

  /** Takes `height` points below the cursor; returns the new (lower) cursor. */
  take(height: number, what: string): number {
    this.room(height, what);
    this.y -= height;
    return this.y;
  }

  /** Space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y -= height;
  }

  /** Draws content tagged as `elem` on the current page. */
  mark(elem: StructElem, draw: (page: PDFPage) => void): void {
    const page = this.page;
    this.tags.mark(page, elem, () => draw(page));
  }

  /** Draws decoration (an artifact) on the current page. */
  decorate(draw: (page: PDFPage) => void, type: ArtifactType = 'Layout'): void {
    const page = this.page;
    this.tags.artifact(page, () => draw(page), type);
  }

  /** The document's form fields, created with the first field. */
  form(): FormWriter {
    this.formWriter ??= new FormWriter(this.doc, this.fonts, this.theme.field);
    return this.formWriter;
  }

  /** Draws the closing footer and finishes the form fields. Call once, after the last block. */
  finish(): void {
    if (this.options.footer?.kind === 'closing') this.footer(this.options.footer.text, this.tags.root);
    this.formWriter?.finish();
  }

  /** The footer's rule and text at the bottom margin: as content of a P under `parent`, or as an artifact. */
  private footer(text: string, parent: StructElem | undefined): void {
    const { margin, footer: s } = this.theme;
    const font = this.fonts.regular;
    const [line, more] = breakLines([{ text, font, color: s.color }], s.size, this.width);
    if (!line || more) throw this.overflow(`the footer "${text}" is longer than one line`);
    const rule = (page: PDFPage) =>
      page.drawLine({
        start: { x: this.left, y: margin + s.ruleGap },
        end: { x: this.left + this.width, y: margin + s.ruleGap },
        thickness: 0.5,
        color: s.rule,
      });
    if (!parent) {
      this.decorate((page) => {
        rule(page);
        page.drawText(text, { x: this.left, y: margin, size: s.size, font, color: s.color });
      }, 'Pagination');
      return;
    }
    this.decorate(rule);
    drawRuns(this.page, line, this.left, margin, s.size, textTag(this.tags, parent));
  }

  /** The error for text that does not fit, naming the document. */
  overflow(detail: string): PageOverflowError {
    const max = this.options.maxPages;
    const pages = max === undefined ? '' : ` on ${max} page${max === 1 ? '' : 's'}`;
    const hint = this.options.hint ? ` ${this.options.hint}` : '';
    return new PageOverflowError(`${this.options.name} does not fit${pages}: ${detail}.${hint}`);
  }
}
