/** Where Chromium is and how to start it on these machines (no browser download ever). */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Where Chromium is. Missing, it is an error naming the installer, unless `required` is false: a
 * config that is only read (knip reads Playwright's, in a fresh clone before anything is
 * installed) gets Debian's path, where scripts/ensure-chromium.ts puts it before any test runs.
 */
export function chromiumPath(required = true): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  if (!required) return '/usr/bin/chromium';
  throw new Error('Chromium not found. Run: node scripts/ensure-chromium.ts (installs Debian chromium).');
}
