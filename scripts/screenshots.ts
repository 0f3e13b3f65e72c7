/**
 * Screenshots of every page in the sitemap at 375 px and 1280 px, for a human look.
 * Needs a running preview (npm run preview). Usage: npm exec -- node scripts/screenshots.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/tools/chromium.ts';
import { sitemapPaths } from '../tests/tools/sitemap.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const path of [...sitemapPaths(), '/404/']) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(base + path);
      const name = (path.replace(/\//g, '_') || '_') + `-${width}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
