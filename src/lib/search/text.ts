/**
 * Text helpers shared by the build (Base.astro renders each page's search keywords) and the
 * search in the browser (it checks what a query word matched), so both sides fold Norwegian
 * letters the same way.
 */

/**
 * Lower-case and fold a word to plain a–z the way people type without a Norwegian keyboard:
 * æ → ae, ø → o, å → a, and accents dropped (é → e). Pagefind already folds å and é itself,
 * but not æ and ø, which have no Unicode decomposition.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Every way a reader may type the keywords without æøå: the keywords themselves, then the
 * folded spellings that differ (ø → o and ø → oe, æ → ae, å → a and å → aa).
 * "spørsmål" gives "spørsmål", "sporsmal", "spoersmaal".
 */
export function keywordVariants(keywords: readonly string[]): string[] {
  const out = new Set<string>();
  for (const k of keywords) {
    const lower = k.toLowerCase();
    out.add(lower);
    out.add(fold(lower));
    out.add(lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'));
  }
  return [...out];
}
