import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium.ts';

const PORT = Number(process.env.PORT ?? 4321);
const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: './e2e',
  outputDir: resolve(root, 'test-results'),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://127.0.0.1:${PORT}`, locale: 'nb-NO', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(false), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Serves the built site (npm run build first); Playwright stops it afterwards.
    // --ignore-lock: Astro 7 refuses a second preview per project; tests must not depend on what else runs.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
