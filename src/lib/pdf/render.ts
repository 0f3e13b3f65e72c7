/**
 * A document as a description: its metadata, its theme and overflow policy, its blocks and its
 * footer; `renderPdf` makes the tagged, conformant bytes. The overflow policy says what happens
 * when the blocks do not fit:
 * - `fail`: the document must fit `pages` pages; otherwise PageOverflowError names the document
 *   and the block that did not fit (a one-page form);
 * - `new-page`: it continues on as many pages as it takes, a heading kept with what follows;
 * - `shrink`: it tries the theme at each body size, largest first, on at most `pages` pages,
 *   and fails like `fail` when even the smallest does not fit (a one-page checklist).
 */
import type { Block } from './blocks';
import type { Theme } from './theme';
import type { PdfInfo } from './conformance';
import { createPdf } from './document';
import { Flow, PageOverflowError, type Footer } from './flow';
import type { PdfFonts } from './fonts';
import { drawSequence, layContext, laySequence } from './writer';

export type Layout =
  | { overflow: 'fail'; pages: number; theme: Theme }
  | { overflow: 'new-page'; theme: Theme }
  | { overflow: 'shrink'; pages: number; sizes: readonly number[]; theme: (body: number) => Theme };

export interface PdfSpec {
  /** The document, as error messages name it: "The reservation form". */
  name: string;
  info: PdfInfo & { fonts?: PdfFonts };
  layout: Layout;
  blocks: readonly Block[];
  footer?: Footer;
  /** Page size in points; A4 portrait by default. */
  size?: [number, number];
  /** Advice added to an overflow error, e.g. which setting in content/ makes the text long. */
  hint?: string;
}

/** Makes the document's bytes; throws PageOverflowError when it does not fit its policy. */
export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const { layout } = spec;
  if (layout.overflow === 'fail') return render(spec, layout.theme, layout.pages);
  if (layout.overflow === 'new-page') return render(spec, layout.theme, undefined);
  let last: unknown;
  for (const size of layout.sizes) {
    try {
      return await render(spec, layout.theme(size), layout.pages);
    } catch (error) {
      if (!(error instanceof PageOverflowError)) throw error;
      last = error;
    }
  }
  const reason = last instanceof Error ? ` At ${layout.sizes.at(-1)} pt: ${last.message}` : '';
  throw new PageOverflowError(
    `${spec.name} does not fit even at the smallest size, ${layout.sizes.at(-1)} pt.${reason}`,
  );
}

async function render(spec: PdfSpec, theme: Theme, maxPages: number | undefined): Promise<Uint8Array> {
  const { doc, fonts, tags, save } = await createPdf(spec.info);
  const flow = new Flow({
    doc,
    fonts,
    tags,
    theme,
    name: spec.name,
    size: spec.size,
    maxPages,
    hint: spec.hint,
    footer: spec.footer,
  });
  drawSequence(laySequence(spec.blocks, flow.width, layContext(theme, fonts)), {
    flow,
    parent: tags.root,
    x: flow.left,
  });
  flow.finish();
  // The writer drew the field appearances already; pdf-lib's own pass would embed Helvetica.
  return save({ updateFieldAppearances: false });
}
