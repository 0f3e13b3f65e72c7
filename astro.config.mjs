// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { existsSync } from 'node:fs';
import { LANGUAGES } from './src/i18n/languages.ts';
import { isPlaceholderSite, placeholderWarning, siteUrl } from './src/lib/shell/site-url.ts';

// The public address of the deployment. Set SITE_URL when building for production;
// the default is a reserved, non-resolving name so that a forgotten setting is obvious.
const site = siteUrl(process.env.SITE_URL);

/** @type {string[]} */
const codes = LANGUAGES.map((l) => l.code);
const defaultLocale = LANGUAGES[0].code;
const content = process.env.SMERTEREG_CONTENT_DIR ?? './content';

/**
 * A URL the sitemap lists: not a 404 page, and not a page shown in bokmål for want of a
 * translation ("/nn/x/" without content/pages/nn/x.mdx): that one names the bokmål page as canonical.
 */
/** @param {string} url */
function listed(url) {
  const path = new URL(url).pathname;
  if (/\/404\/?$/.test(path)) return false;
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined || !codes.includes(first) || first === defaultLocale) return true;
  const id = rest.length === 0 ? 'index' : rest.join('/');
  return existsSync(`${content}/pages/${first}/${id}.mdx`);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build fixture variants (e.g. with contact details set) into another folder.
  outDir: process.env.SMERTEREG_OUT_DIR ?? './dist',
  cacheDir: process.env.SMERTEREG_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's i18n routing: bokmål at "/", the other languages under "/<code>/"
  // (src/i18n/languages.ts). It sets Astro.currentLocale from the URL.
  i18n: {
    locales: codes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    {
      // Once per build: printed QR codes carry the address and cannot be fixed after printing.
      name: 'smertereg:site-url',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (isPlaceholderSite(site)) logger.warn(placeholderWarning(site));
        },
      },
    },
    mdx(),
    sitemap({
      filter: listed,
      i18n: { defaultLocale, locales: Object.fromEntries(codes.map((c) => [c, c])) },
    }),
  ],
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
