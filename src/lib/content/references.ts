/**
 * Cross-collection checks that zod alone cannot do: a page's `method` or `route`
 * must name an entry in content/methods.yaml or content/routes.yaml.
 */
export interface PageRefs {
  id: string;
  filePath?: string;
  data: { method?: string; route?: string };
}

/** Returns one readable message per broken reference (empty when all are fine). */
export function brokenReferences(
  pages: Iterable<PageRefs>,
  known: { methods: string[]; routes: string[] },
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const where = page.filePath ?? page.id;
    for (const [field, ids, file] of [
      ['method', known.methods, 'content/methods.yaml'],
      ['route', known.routes, 'content/routes.yaml'],
    ] as const) {
      const value = page.data[field];
      if (value !== undefined && !ids.includes(value)) {
        problems.push(
          `${where}: field "${field}": "${value}" is not an id in ${file} (known ids: ${ids.join(', ')})`,
        );
      }
    }
  }
  return problems;
}
