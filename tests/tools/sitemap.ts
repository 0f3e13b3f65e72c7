/** The paths of every page in the built sitemap (dist/sitemap-0.xml), e.g. "/reservasjon/". */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dist = process.env.SMERTEREG_OUT_DIR ?? 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${dist}: build first (npm run build).`);
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
