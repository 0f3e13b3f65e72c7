/**
 * Makes sure nginx (with Debian's brotli static module) is installed for the server tests.
 * Idempotent. The package is installed without starting Debian's default site (which would
 * listen on port 80 of every interface): the tests start their own nginx on loopback.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROTLI_MODULE, nginxPath } from '../deploy/nginx.ts';

const debian = existsSync('/usr/bin/apt-get');
// nginx without the brotli module still passes the tests (gzip only); add the module when we can.
if (nginxPath() && (existsSync(BROTLI_MODULE) || !debian || process.getuid?.() !== 0)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    'nginx is missing. Install it with: sudo apt-get install -y nginx libnginx-mod-http-brotli-static (or set NGINX_PATH).',
  );
  process.exit(1);
}
if (!debian) {
  console.error('nginx is missing and this is not a Debian system: install nginx (or set NGINX_PATH).');
  process.exit(1);
}
console.log('Installing Debian nginx and its brotli static module (one time)...');
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = !existsSync(policy);
execSync(
  [
    // policy-rc.d exit 101: packages may not start services during this install.
    ownPolicy ? `printf '#!/bin/sh\\nexit 101\\n' > ${policy} && chmod +x ${policy}` : 'true',
    'apt-get update -qq',
    'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null',
  ].join(' && ') + (ownPolicy ? `; status=$?; rm -f ${policy}; exit $status` : ''),
  { stdio: 'inherit', shell: '/bin/bash' },
);
