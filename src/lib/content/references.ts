/**
 * Cross-collection checks that zod alone cannot do: each method in content/methods.yaml names
 * its own page (`page:`), and that page must exist in content/pages/nb/. The page does not
 * name its method back: [...slug].astro finds the method whose `page` is the page's URL.
 */
import { pathOf } from './site';

/** Returns one readable message per method whose page does not exist (empty when all are fine). */
export function brokenMethodPages(
  methods: Iterable<{ id: string; page: string }>,
  pageIds: readonly string[],
  file = 'content/methods.yaml',
): string[] {
  const paths = new Set(pageIds.map((id) => pathOf(id)));
  const problems: string[] = [];
  for (const m of methods) {
    if (!paths.has(m.page)) {
      problems.push(
        `${file}: ${m.id}: field "page": "${m.page}" is not a page in content/pages/nb/ ` +
          `(expected a file such as content/pages/nb${m.page.replace(/\/$/, '')}.mdx)`,
      );
    }
  }
  return problems;
}

/** Pages whose `sources` name a registry URL key ("url:<key>") that content/registry.yaml does not have. */
export function brokenSourceKeys(
  pages: Iterable<{ id: string; filePath?: string; data: { sources: readonly { url: string }[] } }>,
  urlKeys: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    page.data.sources.forEach((source, i) => {
      if (source.url.startsWith('url:') && !urlKeys.includes(source.url.slice(4))) {
        problems.push(
          `${page.filePath ?? page.id}: field "sources.${i}.url": "${source.url}" is not a URL key in ` +
            `content/registry.yaml (known keys: ${urlKeys.join(', ')})`,
        );
      }
    });
  }
  return problems;
}
