/**
 * The routes and methods in one language, for the guide and the checklist (the words are what
 * differ; order, pages and links are the same in every language).
 *
 * MERGE SEAM (issue 11): the lead moves the wording to content/words/<lang>/methods.yaml and
 * routes.yaml and gives src/lib/content/read.ts a language. Until then this returns the bokmål
 * methods and routes of content/methods.yaml and routes.yaml for every language; at the merge
 * it becomes `getMethods(lang)` / `getRoutes(lang)`. Nothing else in src/lib/guide/ or
 * src/lib/checklist/ reads them: they take the objects passed in.
 */
import { getMethods, getRoutes, type MethodEntry, type RouteEntry } from '../content/read';

export async function wordsIn(_lang: string): Promise<{ methods: MethodEntry[]; routes: RouteEntry[] }> {
  return { methods: await getMethods(), routes: await getRoutes() };
}
