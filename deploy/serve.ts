/**
 * `npm run serve`: the built dist/ through nginx with the production configuration, on
 * http://127.0.0.1:$PORT/ (default 8080), in the foreground. Ctrl-C stops it.
 */
import { resolve } from 'node:path';
import { startNginx } from './nginx.ts';

const port = Number(process.env.PORT ?? 8080);
const server = await startNginx({ root: resolve(import.meta.dirname, '../dist'), port });
console.log(
  `nginx serves dist/ at http://127.0.0.1:${port}/ as ${server.user}` +
    `${server.brotli ? ' (brotli and gzip)' : ' (gzip only: brotli module not installed)'}.`,
);
console.log(`Access log (paths only, no query strings): ${server.accessLog}. Ctrl-C stops.`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
server.process.once('exit', (code) => {
  if (!stopping) {
    console.error(`nginx stopped (exit code ${code}).`);
    process.exit(1);
  }
});
