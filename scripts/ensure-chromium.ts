/**
 * Makes sure a Chromium is installed for Playwright: on these machines that is Debian's
 * package (Playwright's own browser download cannot work here). Idempotent.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const known = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
if (known.some((p) => p && existsSync(p))) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error('Chromium is missing. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
console.log('Installing Debian chromium (one time, about 20 s)...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
