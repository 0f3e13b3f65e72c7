/** Small text helpers shared by the tests. */

/** White space runs as one space, trimmed: text compared as a reader sees it, not as it wraps. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Without any white space: for text a PDF extractor may break or join at line ends. */
export const compact = (s: string): string => s.replace(/\s+/g, '');
