// The server tests: the built dist/ through nginx with deploy/nginx/ (run after npm run build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One nginx per file; files one after the other so the load check has the CPU.
    fileParallelism: false,
  },
});
