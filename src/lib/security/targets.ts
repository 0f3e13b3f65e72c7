/**
 * Renders the header rules of ./headers.ts for each place the site can be served from:
 * nginx (a `location` per rule), `_headers` (Netlify, Cloudflare Pages) and
 * `staticwebapp.config.json` (Azure Static Web Apps). Also reads those files back the way the
 * hosts do, so tests can compare the header set each one sends for a file.
 */
import { COMMON_HEADERS, NOT_FOUND_PAGES, RULES, headersFor } from './headers.ts';

const GENERATED = 'GENERATED from src/lib/security/headers.ts (deploy/generate.ts, deploy/postbuild.ts); do not edit.';

/** Files in dist/ that are configuration for a host, never content. */
const HOST_CONFIG_FILES = ['/_headers', '/staticwebapp.config.json'] as const;

/** File types nginx and Azure must know beyond the usual ones (Pagefind's files are binary). */
const EXTRA_MIME_TYPES: Readonly<Record<string, string>> = {
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const quote = (value: string) => {
  if (/["\\$]/.test(value)) throw new Error(`header value cannot be written to nginx as is: ${value}`);
  return `"${value}"`;
};

/** nginx: server-context `location` blocks, one per rule, each with the full header set. */
export function nginxLocations(): string {
  const lines = [`# ${GENERATED}`, '# Included by server.conf inside a server {} block.', ''];
  lines.push('# Host configuration files of other hosts are never served.');
  lines.push(`location ~ "^(${HOST_CONFIG_FILES.map((f) => f.replace(/\./g, '\\.')).join('|')})$" {`);
  lines.push('    return 404;');
  lines.push('}');
  lines.push('', "# The 404 page in the reader's language: a missing /nn/… gets /nn/404/, anything else /404.html.");
  lines.push('set $smertereg_not_found /404.html;');
  for (const { prefix, page } of NOT_FOUND_PAGES) {
    lines.push(`if ($uri ~ "^${prefix}") {`, `    set $smertereg_not_found ${page}index.html;`, '}');
  }
  lines.push('error_page 404 $smertereg_not_found;');
  for (const rule of RULES) {
    lines.push('', `# ${rule.name}`);
    const regex = rule.file.source.replace(/\\\//g, '/');
    if (regex.includes('"')) throw new Error(`rule regex cannot be written to nginx as is: ${regex}`);
    lines.push(`location ~ "${regex}" {`);
    const headers = { ...COMMON_HEADERS, 'Content-Security-Policy': rule.csp, 'Cache-Control': rule.cacheControl };
    for (const [name, value] of Object.entries(headers)) lines.push(`    add_header ${name} ${quote(value)} always;`);
    lines.push('}');
  }
  return lines.join('\n') + '\n';
}

/** URL paths a file is requested by: a page by its directory URL and its index.html. */
function urlsOf(file: string): string[] {
  return file.endsWith('/index.html') ? [file.slice(0, -'index.html'.length), file] : [file];
}

/** Folders whose files may share one wildcard rule (when all their files get the same headers). */
const FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

interface Entry {
  pattern: string;
  headers: Record<string, string>;
}

/** Patterns ('/_astro/*', '/sok/', …) with the CSP and Cache-Control each file of `files` gets. */
function entries(files: string[]): Entry[] {
  const own = (file: string) => {
    const h = headersFor(file);
    return { 'Content-Security-Policy': h['Content-Security-Policy']!, 'Cache-Control': h['Cache-Control']! };
  };
  const key = (h: Record<string, string>) => JSON.stringify(h);
  const out: Entry[] = [];
  const done = new Set<string>();
  for (const folder of FOLDERS) {
    const inside = files.filter((f) => f.startsWith(folder));
    if (inside.length === 0) continue;
    const sets = new Set(inside.map((f) => key(own(f))));
    if (sets.size !== 1) continue;
    out.push({ pattern: `${folder}*`, headers: own(inside[0]!) });
    for (const f of inside) done.add(f);
  }
  for (const file of [...files].sort()) {
    if (done.has(file) || (HOST_CONFIG_FILES as readonly string[]).includes(file)) continue;
    for (const url of urlsOf(file)) out.push({ pattern: url, headers: own(file) });
  }
  return out;
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both send the headers of every rule that matches
 * and join repeated names with a comma, which would turn two CSPs into two policies. So the `/*`
 * rule carries only the headers that are the same everywhere, and every file is matched by
 * exactly one more rule that adds its CSP and Cache-Control.
 */
export function headersFile(files: string[]): string {
  const lines = [`# ${GENERATED}`, '/*'];
  for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
  for (const e of entries(files)) {
    lines.push(e.pattern);
    for (const [name, value] of Object.entries(e.headers)) lines.push(`  ${name}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** `staticwebapp.config.json` for Azure Static Web Apps: global headers, then per-route ones. */
export function staticWebAppConfig(files: string[]) {
  const pageDefault = headersFor('/');
  const routes = entries(files)
    .filter(
      (e) =>
        JSON.stringify(e.headers) !==
        JSON.stringify({
          'Content-Security-Policy': pageDefault['Content-Security-Policy'],
          'Cache-Control': pageDefault['Cache-Control'],
        }),
    )
    .map((e) => ({ route: e.pattern, headers: e.headers }));
  return {
    $comment: GENERATED,
    globalHeaders: pageDefault,
    routes,
    responseOverrides: { '404': { rewrite: '/404.html', statusCode: 404 } },
    mimeTypes: EXTRA_MIME_TYPES,
  };
}

const matches = (pattern: string, url: string) =>
  pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern;

/** The headers Netlify / Cloudflare Pages send for `url` from a `_headers` file (all rules, joined). */
export function resolveHeadersFile(text: string, url: string): Record<string, string> {
  const out: Record<string, string> = {};
  let active = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      active = matches(line.trim(), url);
      continue;
    }
    if (!active) continue;
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}

/** The headers Azure Static Web Apps sends for `url`: the first matching route over the global ones. */
export function resolveStaticWebAppConfig(
  config: ReturnType<typeof staticWebAppConfig>,
  url: string,
): Record<string, string> {
  const route = config.routes.find((r) => matches(r.route, url));
  return { ...config.globalHeaders, ...route?.headers };
}
