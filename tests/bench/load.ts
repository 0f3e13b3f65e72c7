/**
 * Load on loopback: nginx with the shipped configuration (deploy/nginx/) serving dist/, and
 * autocannon sending a mix of pages, PDFs and search files (compressed where a browser would
 * ask for it). Used by the server tests (short, for errors) and by `npm run bench` (20 s, for
 * the figures): `node tests/bench/load.ts [seconds]`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startNginx } from '../../deploy/nginx.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface LoadFigures {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  paths: number;
}

/** Paths of a mixed visit: every page, every PDF, and Pagefind's files, as the built site has them. */
export function loadMix(dist: string): { path: string; compressed: boolean }[] {
  const files = (readdirSync(dist, { recursive: true }) as string[]).map((f) => '/' + f.split('\\').join('/'));
  const pages = files
    .filter((f) => f.endsWith('/index.html') || f === '/index.html')
    .map((f) => f.replace(/index\.html$/, ''));
  const pdfs = files.filter((f) => f.endsWith('.pdf'));
  const search = files.filter(
    (f) => f.startsWith('/pagefind/') && /\.(js|json|pagefind|pf_meta|pf_index|pf_fragment)$/.test(f),
  );
  const assets = files.filter((f) => f.startsWith('/_astro/') && !/\.(br|gz)$/.test(f));
  return [
    ...pages.map((path) => ({ path, compressed: true })),
    { path: '/sok/?q=reservasjon', compressed: true },
    ...assets.map((path) => ({ path, compressed: true })),
    ...pdfs.map((path) => ({ path, compressed: false })),
    ...search.map((path) => ({ path, compressed: !/\.(pagefind|pf_\w+)$/.test(path) })),
  ];
}

export async function runLoad(port: number, dist: string, seconds: number, connections = 50): Promise<LoadFigures> {
  const mix = loadMix(dist);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: mix.map(({ path, compressed }) => ({
      method: 'GET',
      path,
      headers: compressed ? { 'accept-encoding': 'br, gzip' } : {},
    })),
  });
  return {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    paths: mix.length,
  };
}

export function describeLoad(f: LoadFigures): string {
  return (
    `nginx on loopback, ${f.connections} connections, ${f.seconds} s over ${f.paths} paths (pages, PDFs, search files): ` +
    `${Math.round(f.requestsPerSecond)} requests/s, latency p50 ${f.p50} ms, p99 ${f.p99} ms; ` +
    `${f.requests} requests, ${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx`
  );
}

/** A free port in 18000–18999 on 127.0.0.1. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 18000 + Math.floor(Math.random() * 1000);
    const ok = await new Promise<boolean>((done) => {
      const s = createServer();
      s.once('error', () => done(false));
      s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port in 18000-18999');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = join(ROOT, 'dist');
  const seconds = Number(process.argv[2] ?? 20);
  // bench.ts builds with astro and pagefind only: add the precompressed files if missing.
  if (!existsSync(join(dist, 'index.html.gz'))) execSync('node deploy/postbuild.ts', { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const server = await startNginx({ root: dist, port });
  try {
    const figures = await runLoad(port, dist, seconds);
    console.log(`\nLoad: ${describeLoad(figures)}${server.brotli ? '' : ' (gzip only: no brotli module)'}`);
  } finally {
    await server.stop();
  }
}
