// The checks over the built site in dist/ that need no browser, for every page of every language
// (run after npm run build): plain Node reading the HTML, no Astro, no server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    // One read of dist/ for all files: the pages are parsed once and shared (the tests only read them).
    isolate: false,
  },
});
