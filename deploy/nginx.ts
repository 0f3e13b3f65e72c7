/**
 * Starts nginx with the shipped configuration (deploy/nginx/) on loopback, for `npm run serve`
 * and the server tests. Everything nginx writes (pid, logs, temp files) goes to a fresh temp
 * folder; it runs in the foreground of this process (`daemon off`) and stops with it.
 * When started as root it runs as `nobody` if that user can read the site, otherwise as root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_DIR = resolve(import.meta.dirname, 'nginx');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NOBODY = { uid: 65534, gid: 65534 };

export function nginxPath(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export interface NginxOptions {
  /** The built site. */
  root: string;
  /** Plain HTTP port on 127.0.0.1. */
  port: number;
  /** Also serve HTTPS here with this certificate, and redirect HTTP on `redirectPort` to it. */
  tls?: { port: number; redirectPort: number; cert: string; key: string };
  /** Load and enable the brotli static module when installed (default true). */
  brotli?: boolean;
}

export interface RunningNginx {
  dir: string;
  accessLog: string;
  errorLog: string;
  brotli: boolean;
  /** The user the server runs as. */
  user: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function readableBy(uid: number, gid: number, file: string): boolean {
  const res = spawnSync('test', ['-r', file], { uid, gid });
  return res.status === 0;
}

function waitForPort(port: number, child: ChildProcess, errorLog: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
        return fail(new Error(`nginx exited with code ${child.exitCode}:\n${log}`));
      }
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) fail(new Error(`nginx did not listen on 127.0.0.1:${port} within ${ms} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const bin = nginxPath();
  if (!bin)
    throw new Error(
      'nginx not found. Install it: apt-get install -y nginx libnginx-mod-http-brotli-static (or set NGINX_PATH).',
    );
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run npm run build first.`);
  const brotli = (options.brotli ?? true) && existsSync(BROTLI_MODULE);
  const dir = mkdtempSync(join(tmpdir(), 'smertereg-nginx-'));
  // Relative includes in the shipped files resolve from the main config's folder.
  symlinkSync(NGINX_DIR, join(dir, 'smertereg'));
  const accessLog = join(dir, 'access.log');
  const errorLog = join(dir, 'error.log');

  const asNobody =
    process.getuid?.() === 0 &&
    readableBy(NOBODY.uid, NOBODY.gid, join(root, 'index.html')) &&
    readableBy(NOBODY.uid, NOBODY.gid, join(NGINX_DIR, 'server.conf'));
  const tls = options.tls;
  const server = (listen: string) => `
    server {
        listen ${listen};
        root ${root};
        access_log ${accessLog} smertereg;
        include smertereg/server.conf;
    }`;
  const config = `# written by deploy/run.ts
daemon off;
master_process on;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
events {
    worker_connections 1024;
}
http {
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;

    include smertereg/http.conf;
    ${brotli ? 'include smertereg/brotli.conf;' : ''}
${server(`127.0.0.1:${options.port}`)}
${tls ? server(`127.0.0.1:${tls.port} ssl;\n        ssl_certificate ${tls.cert};\n        ssl_certificate_key ${tls.key}`) : ''}
${
  tls
    ? `
    server {
        listen 127.0.0.1:${tls.redirectPort};
        access_log ${accessLog} smertereg;
        return 301 https://$host:${tls.port}$request_uri;
    }`
    : ''
}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  if (asNobody) chownSync(dir, NOBODY.uid, NOBODY.gid);

  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog];
  const check = spawnSync(bin, ['-t', '-q', ...args], { encoding: 'utf8', ...(asNobody ? NOBODY : {}) });
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${check.stderr}`);
  }
  const child = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'], ...(asNobody ? NOBODY : {}) });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    await waitForPort(options.port, child, errorLog);
    if (tls) await waitForPort(tls.port, child, errorLog);
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    accessLog,
    errorLog,
    brotli,
    user: asNobody ? 'nobody' : (process.env.USER ?? String(process.getuid?.())),
    process: child,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT'); // graceful: finish open requests, then exit
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
