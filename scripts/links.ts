/**
 * Internal links and #anchors in the built site: every one must resolve (exit 1 otherwise).
 * Off-site links are not fetched (this machine has no network) but are listed once, so a
 * reviewer can see every external address the site points to.
 */
import { NOT_FOUND_PAGES } from '../src/lib/security/headers.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';

const dist = process.env.SMERTEREG_OUT_DIR ?? 'dist';
const htmlFiles = (readdirSync(dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((f) => join(dist, f));

const isLocal = (url: string) => /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url);
const result = await check({
  path: dist,
  recurse: true,
  checkFragments: true,
  linksToSkip: (url) => Promise.resolve((/^(https?:)?\/\//.test(url) && !isLocal(url)) || /^(mailto|tel):/.test(url)),
});

const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
const external = [...new Set(result.links.filter((l) => l.state === LinkState.SKIPPED).map((l) => l.url))].sort();
const ok = result.links.filter((l) => l.state === LinkState.OK);
const checked = ok.length;
// The crawl starts at the front page; every built page must have been reached through links.
// linkinator reports local links as paths under dist ("dist/reservasjon/").
const toPath = (url: string) =>
  (/^https?:/.test(url) ? new URL(url).pathname : '/' + url.slice(dist.length + 1)).replace(/index\.html$/, '');
const reached = new Set(ok.map((l) => toPath(l.url)));
const unreached = htmlFiles
  .map((f) => '/' + f.slice(dist.length + 1).replace(/index\.html$/, ''))
  // The 404 pages are reached by missing URLs, not by links (the other languages' at /<lang>/404/).
  .filter((p) => p !== '/404.html' && !NOT_FOUND_PAGES.some((n) => n.page === p) && !reached.has(p));

console.log(`External links (not fetched), ${external.length}:`);
for (const url of external) console.log(`  ${url}`);
console.log(
  `Internal links checked: ${checked} unique targets from ${htmlFiles.length} pages; broken: ${broken.length}`,
);
for (const l of broken) console.log(`  BROKEN [${l.status}] ${l.url}  (on ${l.parent})`);
if (unreached.length > 0) {
  console.log(`Pages no link leads to: ${unreached.join(', ')}`);
  process.exitCode = 1;
}
if (checked === 0) {
  console.log('No internal link was checked: the checker is misconfigured.');
  process.exitCode = 1;
}
if (broken.length > 0) process.exitCode = 1;
