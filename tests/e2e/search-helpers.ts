/**
 * Drive the search page the way a reader does, for the relevance tests (search.spec.ts) and the
 * speed figures (tests/bench/search.ts): for each query, type it into the page's own field,
 * submit the form, and wait until the live region names that query; then read the result links
 * in the order shown. The loop runs inside the page, so each query costs no round trip to the
 * test runner. The page must be a search page with Pagefind loaded or loading.
 */
import type { Page } from '@playwright/test';

export interface PageSearch {
  query: string;
  /** The result links as shown, best first. */
  urls: string[];
  /** What the live region said. */
  status: string;
  /** From submitting the form until the results were shown. */
  ms: number;
}

export function searchThroughPage(page: Page, queries: string[]): Promise<PageSearch[]> {
  return page.evaluate(async (queries) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    if (!root) throw new Error('not a search page: no [data-search-page]');
    const form = root.querySelector('form')!;
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    const list = root.querySelector<HTMLElement>('.search-page__results')!;
    const out = [];
    for (const query of queries) {
      // The status names the query in the page's quotation marks: «…» (nb, nn) or “…” (en).
      const names = [`«${query.trim()}»`, `“${query.trim()}”`];
      const named = names[0];
      const shown = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results shown for ${named} within 30 s; status: «${status.textContent}»`));
        }, 30_000);
        // The page replaces the status text after it has replaced the results.
        const observer = new MutationObserver(() => {
          if (!names.some((n) => status.textContent?.includes(n))) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve();
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      input.value = query;
      form.requestSubmit();
      await shown;
      const ms = performance.now() - start;
      const urls = [...list.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      out.push({ query, urls, status: status.textContent ?? '', ms });
    }
    return out;
  }, queries);
}
