/**
 * The site's public address: the setting SITE_URL, read once by astro.config.mjs (`site`), from
 * which Astro makes every canonical URL, the sitemap and Open Graph, and the build makes the QR
 * codes on the printed material (`site` from `astro:config/server` in src/lib/downloads/build-files.ts).
 * Without the setting the address is a reserved name that never resolves (RFC 2606 `.invalid`), so
 * a forgotten setting shows, and the build warns that printed codes would point nowhere.
 * Plain TypeScript: astro.config.mjs imports it.
 */

/** The address used while SITE_URL is not set. */
export const PLACEHOLDER_SITE_URL = 'https://smertereg-reservasjon.invalid';

/** SITE_URL as set (an empty value counts as not set), else the placeholder. */
export function siteUrl(setting: string | undefined): string {
  return setting?.trim() || PLACEHOLDER_SITE_URL;
}

/** Whether the address is one that never resolves: the placeholder, or any other `.invalid` name. */
export function isPlaceholderSite(site: string | URL): boolean {
  const host = new URL(site).hostname;
  return host === 'invalid' || host.endsWith('.invalid');
}

/** The build's warning while the address is a placeholder. */
export function placeholderWarning(site: string): string {
  return (
    `SITE_URL is not set: the site is built for ${site}, which does not resolve. The QR codes on the ` +
    'printed leaflet, poster and easy-read leaflet point to that address, so on paper they lead nowhere. ' +
    'Set SITE_URL to the public address when building for production (README, "Deploying").'
  );
}

/**
 * The absolute URL of a site path on the deployment, exactly as the page's canonical URL is
 * made (src/components/shell/Head.astro): `new URL(path, site)`.
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** An address as printed for people to type: without "https://", the rest exactly as it is. */
export function printedAddress(url: string): string {
  return url.replace(/^https:\/\//, '');
}
