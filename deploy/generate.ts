/**
 * Writes the server configuration that comes from src/lib/security/headers.ts.
 *
 *   node deploy/generate.ts            writes deploy/nginx/locations.conf
 *   node deploy/generate.ts --check    fails if deploy/nginx/locations.conf is out of date
 *
 * (`_headers` and `staticwebapp.config.json` depend on the built files; deploy/postbuild.ts
 * writes them into dist/ at every build.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nginxLocations } from '../src/lib/security/targets.ts';

const target = resolve(import.meta.dirname, 'nginx/locations.conf');
const text = nginxLocations();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} is out of date with src/lib/security/headers.ts. Run: npm run deploy:config`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
