/**
 * nginx with the shipped configuration (deploy/nginx/) on loopback, for `npm run serve`, the
 * server tests and the bench.
 *
 * The one main configuration is deploy/nginx/nginx.conf, the file the container ships
 * (deploy/Dockerfile). `renderNginxConf` turns it into the configuration of one local run by
 * changing only what must differ here: where nginx listens (127.0.0.1 and a free port), the site
 * root, and the pid, temp, access and error log paths (a fresh temp folder instead of /tmp and
 * the container's stdout/stderr). It adds only what the container does not have: `daemon off`,
 * the brotli module when installed, and for the HTTPS tests a TLS listener and a redirecting
 * plain-HTTP server. Everything else (includes, worker settings, the server block's own
 * lines) comes from the shipped file as written, so a change there is what every run tests.
 * Substituting, rather than an `include` of a per-run file, keeps the shipped file a complete
 * configuration that nginx (and a reader) takes as it is.
 *
 * nginx runs in the foreground of this process and stops with it. When started as root it runs
 * as `nobody` if that user can read the site, otherwise as root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const NGINX_DIR = resolve(import.meta.dirname, 'nginx');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The shipped main configuration: the container's, and the source of every local run's. */
export const SHIPPED_CONF = join(NGINX_DIR, 'nginx.conf');
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

/** The values of one local run that replace the container's in the shipped nginx.conf. */
export interface RunValues {
  /** A folder of its own for the pid file and temp files. */
  dir: string;
  root: string;
  port: number;
  accessLog: string;
  errorLog: string;
  brotli: boolean;
  tls?: NginxOptions['tls'];
}

/** Replaces the value of the one `name` directive in `text`; fails unless there is exactly one. */
function setDirective(text: string, name: string, value: (old: string, indent: string) => string): string {
  let found = 0;
  const out = text.replace(new RegExp(`^([ \\t]*)${name}\\s+([^;]*);`, 'gm'), (_all, indent: string, old: string) => {
    found++;
    return `${indent}${name} ${value(old, indent)};`;
  });
  if (found !== 1) throw new Error(`deploy/nginx/nginx.conf: expected one "${name}" directive, found ${found}`);
  return out;
}

/** The shipped deploy/nginx/nginx.conf (`shipped`) with the values of one local run. */
export function renderNginxConf(shipped: string, run: RunValues): string {
  const firstWord = (old: string, value: string) => old.replace(/^\S+/, value);
  let text = setDirective(shipped, 'pid', () => join(run.dir, 'nginx.pid'));
  text = setDirective(text, 'error_log', (old) => firstWord(old, run.errorLog));
  text = text.replace(/^([ \t]*)(\w+_temp_path)\s+(\S+);/gm, (_all, indent: string, name: string, old: string) => {
    return `${indent}${name} ${join(run.dir, basename(old))};`;
  });
  text = setDirective(text, 'root', () => run.root);
  text = setDirective(text, 'access_log', (old) => firstWord(old, run.accessLog));
  const tls = run.tls;
  // The container listens on every interface; a local run on loopback only. With TLS, the same
  // server block also listens for HTTPS, so both ports serve exactly the shipped server block.
  text = setDirective(text, 'listen', (_old, indent) =>
    [
      `127.0.0.1:${run.port}`,
      ...(tls
        ? [`listen 127.0.0.1:${tls.port} ssl`, `ssl_certificate ${tls.cert}`, `ssl_certificate_key ${tls.key}`]
        : []),
    ].join(`;\n${indent}`),
  );
  if (run.brotli) {
    const http = /^([ \t]*)include smertereg\/http\.conf;$/m;
    if (!http.test(text)) throw new Error('deploy/nginx/nginx.conf: expected "include smertereg/http.conf;"');
    text = text.replace(http, (line, indent: string) => `${line}\n${indent}include smertereg/brotli.conf;`);
  }
  if (tls) {
    // Only the HTTPS tests need it: the container sits behind a TLS proxy that redirects.
    const redirect = `

    server {
        listen 127.0.0.1:${tls.redirectPort};
        access_log ${run.accessLog} smertereg;
        return 301 https://$host:${tls.port}$request_uri;
    }
}`;
    if (!/\n\}\s*$/.test(text)) throw new Error('deploy/nginx/nginx.conf: expected the http block to close the file');
    text = text.replace(/\n\}\s*$/, `${redirect}\n`);
  }
  const head = [
    '# Rendered by deploy/nginx.ts from deploy/nginx/nginx.conf for one local run: listen, root,',
    '# pid, temp and log paths replaced; daemon off, brotli and TLS added.',
    'daemon off;',
    ...(run.brotli ? [`load_module ${BROTLI_MODULE};`] : []),
  ];
  text = `${head.join('\n')}\n${text}`;
  // Every path the container uses must have been replaced: none may point outside this run.
  const own = [run.dir, run.root, run.accessLog, run.errorLog, BROTLI_MODULE, tls?.cert, tls?.key];
  const stray = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => [...line.matchAll(/\s(\/[^\s;]+)/g)].map((m) => m[1]!))
    .filter((path) => !own.some((p) => p && path.startsWith(p)));
  if (stray.length) throw new Error(`deploy/nginx/nginx.conf: paths not replaced for a local run: ${stray.join(', ')}`);
  return text;
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
  const config = renderNginxConf(readFileSync(SHIPPED_CONF, 'utf8'), {
    dir,
    root,
    port: options.port,
    accessLog,
    errorLog,
    brotli,
    tls: options.tls,
  });
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
    if (options.tls) await waitForPort(options.tls.port, child, errorLog);
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
