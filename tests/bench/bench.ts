/**
 * `npm run bench`: figures, not a test. Builds the site as `npm run build` does (timed), then
 * prints for every page the gzip bytes of its HTML and of the CSS and JS it loads on a first
 * visit, against the budget: a content page ≤ 25 KB gzip in all, and 0 bytes of JavaScript.
 * Then the other scripts in this folder: search (search.ts), nginx under load (load.ts) and
 * Lighthouse's four categories (lighthouse.ts).
 *
 *   npm run bench               Lighthouse on its default pages (lighthouse.ts PAGES)
 *   npm run bench -- --all      Lighthouse on every page of every language in the sitemap
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_BYTES, pageWeights } from '../tools/page-weight.ts';

const dist = 'dist';
const BUDGET = BUDGET_BYTES;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function timed(cmd: string): number {
  const start = performance.now();
  execSync(cmd, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - start) / 1000;
}

const astroSeconds = timed('astro build');
const pagefindSeconds = timed('pagefind --site dist');
const postbuildSeconds = timed('node deploy/postbuild.ts dist');

const rows = pageWeights(dist).map((w) => ({ ...w, total: w.total + w.img }));
const pages = rows.map((r) => r.page);

console.log(
  `Build: astro ${astroSeconds.toFixed(1)} s + pagefind ${pagefindSeconds.toFixed(1)} s + postbuild ${postbuildSeconds.toFixed(1)} s = ${(astroSeconds + pagefindSeconds + postbuildSeconds).toFixed(1)} s (${pages.length} pages)`,
);
console.log('');
console.log('First visit, gzip bytes (budget: content page ≤ 25.0 KB in all, 0 B JavaScript)');
console.log(
  `${'page'.padEnd(36)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS'.padStart(9)} ${'images'.padStart(9)} ${'total'.padStart(9)}`,
);
for (const r of rows) {
  const flag = r.total > BUDGET ? '  over budget' : r.js > 0 ? '  (loads JavaScript)' : '';
  console.log(
    `${r.page.padEnd(36)} ${String(r.html).padStart(9)} ${String(r.css).padStart(9)} ${String(r.js).padStart(9)} ${String(r.img).padStart(9)} ${kb(r.total).padStart(9)}${flag}`,
  );
}
const max = rows.reduce((a, b) => (b.total > a.total ? b : a));
const withJs = rows.filter((r) => r.js > 0).map((r) => r.page);
console.log('');
console.log(
  `Largest first visit: ${max.page} ${kb(max.total)}; pages over budget: ${rows.filter((r) => r.total > BUDGET).length}`,
);
console.log(`Pages that load JavaScript: ${withJs.length ? withJs.join(', ') : 'none'}`);

const pdfs = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf'));
if (pdfs.length) {
  console.log('');
  console.log('Downloads:');
  for (const f of pdfs.sort()) console.log(`  /${f}  ${readFileSync(join(dist, f)).length} bytes`);
}

if (existsSync('tests/bench/search.ts')) {
  console.log('');
  execSync('node tests/bench/search.ts', { stdio: 'inherit' });
}

execSync('node tests/bench/load.ts 20', { stdio: 'inherit' }); // nginx under load (tests/bench/load.ts)
console.log('');
const lighthouseArgs = process.argv.includes('--all') ? ' --all' : '';
execSync(`node tests/bench/lighthouse.ts${lighthouseArgs}`, { stdio: 'inherit' });
