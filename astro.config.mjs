// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public address of the deployment. Set SITE_URL when building for production;
// the default is a reserved, non-resolving name so that a forgotten setting is obvious.
const site = process.env.SITE_URL ?? 'https://smertereg-reservasjon.invalid';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build fixture variants (e.g. with contact details set) into another folder.
  outDir: process.env.SMERTEREG_OUT_DIR ?? './dist',
  cacheDir: process.env.SMERTEREG_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets into HTML: the CSP allows only the site's own files.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // known harmless warning for MDX in content collections (withastro/astro#18087)
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
