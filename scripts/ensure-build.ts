/**
 * The end-to-end tests run against the built site in dist/. Without a build they would fail
 * one by one with confusing errors; stop here instead and say what to run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');
const missing = ['index.html', 'sok/index.html', 'pagefind/pagefind.js'].filter((f) => !existsSync(resolve(dist, f)));
if (missing.length > 0) {
  console.error(
    `The tests over the built site (test:site, test:e2e) need it, but dist/ has no ${missing.join(', ')}.\n` +
      'Build it first: npm run build   (or run everything: npm test)',
  );
  process.exit(1);
}
