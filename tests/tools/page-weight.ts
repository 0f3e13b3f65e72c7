/**
 * What a first visit to each built page downloads, in gzip bytes (level 9): its HTML, the CSS
 * and JavaScript it loads (module scripts with the chunks they import statically), and its
 * images. Shared by the size budget test (tests/site/size.test.ts) and `npm run bench`.
 */
import { COMPOSER_PAGES, SEARCH_PAGES } from '../../src/lib/security/headers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 25 * 1024;
/** The only pages that may load JavaScript: the two tools. */
/** The two tools, in every language that has them: the only pages with JavaScript. */
export const PAGES_WITH_JS = [...SEARCH_PAGES, ...COMPOSER_PAGES];

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  img: number;
  /** HTML + CSS + JS: what the budget counts. */
  total: number;
  /** The CSS and JS files counted, as site paths. */
  files: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Site paths of the chunks a module imports statically ("import … from './x.js'"), recursively. */
function withStaticImports(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('/'))
        visit(spec.startsWith('/') ? spec : posix.join(dirname(url), spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
}

export function pageWeights(dist: string): PageWeight[] {
  return htmlPages(dist).map((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((u) => u.startsWith('/'));
    const css = [
      ...new Set([
        ...refs(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
        ...refs(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g),
      ]),
    ];
    const js = withStaticImports(dist, [...new Set(refs(/<script[^>]+src="([^"]+)"/g))]);
    const img = [...new Set([...refs(/<img[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="icon"[^>]*href="([^"]+)"/g)])];
    const sum = (urls: string[]) => urls.reduce((n, u) => n + gz(join(dist, u)), 0);
    const row = {
      page: `/${file.replace(/index\.html$/, '')}`,
      html: gz(join(dist, file)),
      css: sum(css),
      js: sum(js),
      img: sum(img),
    };
    return { ...row, total: row.html + row.css + row.js, files: [...css, ...js] };
  });
}
