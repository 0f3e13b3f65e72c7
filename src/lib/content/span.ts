/**
 * A piece of running text: plain, bold, or a link. Texts built from content/ (the guide, the
 * checklist) are arrays of spans, so the HTML (src/components/SpanText.astro) and the PDFs
 * render the same words and links.
 */
export interface Span {
  text: string;
  /** An absolute URL or a path on this site: the span is a link. */
  href?: string;
  /** Bold (ignored on a link). */
  strong?: boolean;
}

/** A link whose text is its own address: the checklist lets such long URLs break anywhere. */
export const isBareUrl = (s: Span): boolean => s.href !== undefined && s.href === s.text;
