/**
 * Makes sure poppler-utils is installed for the QR test (`pdftoppm` renders each PDF page that has
 * a QR code to an image, which tests/tools/qr.ts decodes): Debian's package, installed when
 * missing and running as root, like ./ensure-qpdf.ts. Without root it says how to install it and
 * goes on; the QR test then fails, naming the missing command. Idempotent.
 */
import { execSync, spawnSync } from 'node:child_process';

if (spawnSync('pdftoppm', ['-v']).status === 0) process.exit(0);

if (process.getuid?.() !== 0) {
  console.warn(
    'pdftoppm is missing: the QR test cannot render the printed material. Install it with: sudo apt-get install -y poppler-utils',
  );
  process.exit(0);
}
console.log('Installing Debian poppler-utils (one time)...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
