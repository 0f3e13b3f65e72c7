/**
 * Makes sure qpdf is installed for the PDF tests (`qpdf --check` on every built PDF): Debian's
 * package, installed when missing and running as root. Without root it says how to install it
 * and goes on; the tests then skip that check with a message. Idempotent.
 */
import { execSync, spawnSync } from 'node:child_process';

if (spawnSync('qpdf', ['--version']).status === 0) process.exit(0);

if (process.getuid?.() !== 0) {
  console.warn(
    'qpdf is missing: the PDF tests will skip `qpdf --check`. Install it with: sudo apt-get install -y qpdf',
  );
  process.exit(0);
}
console.log('Installing Debian qpdf (one time)...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qpdf >/dev/null', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
