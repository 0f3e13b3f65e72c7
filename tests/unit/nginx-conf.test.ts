/**
 * deploy/nginx/nginx.conf is the one main configuration: the container ships it as it is, and
 * every local run (npm run serve, the server tests, the bench) renders it with its own listen
 * address, root and paths. That nginx accepts the rendered file is proven by tests/server/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROTLI_MODULE, SHIPPED_CONF, renderNginxConf, type RunValues } from '../../deploy/nginx.ts';

const shipped = readFileSync(SHIPPED_CONF, 'utf8');
const run: RunValues = {
  dir: '/run/smertereg-x',
  root: '/srv/site/dist',
  port: 18001,
  accessLog: '/run/smertereg-x/access.log',
  errorLog: '/run/smertereg-x/error.log',
  brotli: false,
};
const tls = { port: 18002, redirectPort: 18003, cert: '/keys/cert.pem', key: '/keys/key.pem' };

/** The directives a local run replaces (their values differ from the container's). */
const PER_RUN = /^(pid|error_log|\w+_temp_path|listen|root|access_log)\s/;
const directives = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

describe('renderNginxConf', () => {
  it('keeps every other line of the shipped file as written, in order', () => {
    const kept = directives(shipped).filter((line) => !PER_RUN.test(line));
    expect(kept.length).toBeGreaterThan(8);
    const rendered = directives(renderNginxConf(shipped, run)).filter((line) => !PER_RUN.test(line));
    expect(rendered.filter((line) => kept.includes(line))).toEqual(kept);
    expect(rendered.filter((line) => !kept.includes(line))).toEqual(['daemon off;']);
  });

  it('replaces listen, root, pid, temp and log paths with the values of the run', () => {
    const lines = directives(renderNginxConf(shipped, run));
    const only = (name: string) => lines.filter((line) => line.startsWith(`${name} `));
    expect(only('listen')).toEqual(['listen 127.0.0.1:18001;']);
    expect(only('root')).toEqual(['root /srv/site/dist;']);
    expect(only('pid')).toEqual(['pid /run/smertereg-x/nginx.pid;']);
    expect(only('error_log')).toEqual(['error_log /run/smertereg-x/error.log warn;']);
    expect(only('access_log')).toEqual(['access_log /run/smertereg-x/access.log smertereg;']);
    const temp = lines.filter((line) => /_temp_path /.test(line));
    expect(temp).toHaveLength(directives(shipped).filter((line) => /_temp_path /.test(line)).length);
    for (const line of temp) expect(line).toMatch(/ \/run\/smertereg-x\/\w+;$/);
    expect(lines.join('\n')).not.toMatch(/\/tmp\/|\/dev\/std|\/usr\/share\/nginx|listen 8080/);
  });

  it('adds brotli, and TLS on the same server block plus a redirecting server, only when asked', () => {
    const plain = directives(renderNginxConf(shipped, run)).join('\n');
    expect(plain).not.toMatch(/brotli|ssl|return 301/);
    const full = directives(renderNginxConf(shipped, { ...run, brotli: true, tls }));
    expect(full).toContain(`load_module ${BROTLI_MODULE};`);
    expect(full.indexOf('include smertereg/brotli.conf;')).toBe(full.indexOf('include smertereg/http.conf;') + 1);
    expect(full.filter((line) => line.startsWith('listen '))).toEqual([
      'listen 127.0.0.1:18001;',
      'listen 127.0.0.1:18002 ssl;',
      'listen 127.0.0.1:18003;',
    ]);
    expect(full).toContain('ssl_certificate /keys/cert.pem;');
    expect(full).toContain('ssl_certificate_key /keys/key.pem;');
    expect(full).toContain('return 301 https://$host:18002$request_uri;');
    expect(full.filter((line) => line === 'include smertereg/server.conf;')).toHaveLength(1);
  });

  it('fails when the shipped file lacks a value it must replace or names a path it does not move', () => {
    expect(() => renderNginxConf(shipped.replace(/^\s*pid .*$/m, ''), run)).toThrow(/"pid"/);
    expect(() => renderNginxConf(shipped.replace(/(listen [^;]+;)/, '$1\n        listen 8443;'), run)).toThrow(
      /"listen"/,
    );
    const extraPath = shipped.replace('http {', 'http {\n    ssl_dhparam /etc/nginx/dhparam.pem;');
    expect(() => renderNginxConf(extraPath, run)).toThrow(/not replaced for a local run: \/etc\/nginx\/dhparam\.pem/);
  });
});
