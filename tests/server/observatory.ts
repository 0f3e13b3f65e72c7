/**
 * A header score in the spirit of Mozilla's HTTP Observatory, computed from its published rules
 * (github.com/mdn/mdn-http-observatory: src/analyzer/tests/*, score modifiers in
 * src/grader/charts.js, curve in src/scanner/index.js), for one page fetched over HTTPS plus
 * the answer of the plain-HTTP port. The npm package itself is not used: it needs PostgreSQL
 * client libraries and downloads data when installed, which `npm ci` here cannot rely on.
 *
 * Simplifications (none raise a score): CSP is judged on the header policy (the meta policy of
 * a page is the same minus frame-ancestors; it counts only when there is no header); the HSTS
 * preload bonus is never given; SRI gives no bonus.
 */

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ScanInput {
  /** The page over HTTPS. */
  https: Response;
  /** The same path requested over plain HTTP (not followed). */
  http: Response;
  host: string;
}

interface TestResult {
  name: string;
  result: string;
  modifier: number;
}
export interface Score {
  score: number;
  grade: string;
  tests: TestResult[];
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);

function header(r: Response, name: string): string | undefined {
  const v = r.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

function parseCsp(policy: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (out.has(key)) throw new Error(`duplicate directive ${key}`);
    out.set(key, new Set(sources.map((s) => (s.startsWith("'") ? s.toLowerCase() : s))));
  }
  return out;
}

function metaCsp(html: string): string | undefined {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function csp(r: Response): TestResult {
  const name = 'content-security-policy';
  const fromHeader = header(r, 'content-security-policy');
  const text = fromHeader ?? metaCsp(r.body);
  if (!text) return { name, result: 'csp-not-implemented', modifier: -25 };
  if (text.includes(',')) return { name, result: 'more than one policy: judged by hand', modifier: -25 };
  let p: Map<string, Set<string>>;
  try {
    p = parseCsp(text);
  } catch {
    return { name, result: 'csp-header-invalid', modifier: -25 };
  }
  const any = new Set(['*']);
  const script = p.get('script-src') ?? p.get('default-src') ?? any;
  const object = p.get('object-src') ?? p.get('default-src') ?? any;
  const style = p.get('style-src') ?? p.get('default-src') ?? any;
  const active = [...p.entries()].filter(([d]) => !['img-src', 'media-src'].includes(d)).flatMap(([, s]) => [...s]);
  const passive = ['img-src', 'media-src'].flatMap((d) => [...(p.get(d) ?? p.get('default-src') ?? [])]);
  if ([...script].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)) || [...object].some((s) => BROAD.has(s)))
    return { name, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  if (active.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return { name, result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'"))
    return { name, result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  if (passive.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return { name, result: 'csp-implemented-with-insecure-scheme-in-passive-content-only', modifier: -10 };
  if ([...style].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)))
    return { name, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  const def = p.get('default-src');
  if (def?.size === 1 && def.has("'none'"))
    return { name, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  return { name, result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function cookies(r: Response): TestResult {
  const name = 'cookies';
  const raw = r.headers['set-cookie'];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { name, result: 'cookies-not-found', modifier: 0 };
  const attrs = list.map((c) => c.toLowerCase());
  if (attrs.some((c) => !/;\s*secure/.test(c))) return { name, result: 'cookies-without-secure-flag', modifier: -20 };
  if (attrs.some((c) => /;\s*samesite=(?!strict|lax)/.test(c)))
    return { name, result: 'cookies-samesite-flag-invalid', modifier: -20 };
  if (attrs.every((c) => /;\s*httponly/.test(c) && /;\s*samesite=(strict|lax)/.test(c)))
    return { name, result: 'cookies-secure-with-httponly-sessions-and-samesite', modifier: 5 };
  return { name, result: 'cookies-secure-with-httponly-sessions', modifier: 0 };
}

function cors(r: Response): TestResult {
  const name = 'cross-origin-resource-sharing';
  const origin = header(r, 'access-control-allow-origin');
  if (!origin) return { name, result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 };
  if (origin !== '*' && header(r, 'access-control-allow-credentials')?.toLowerCase() === 'true')
    return { name, result: 'cross-origin-resource-sharing-implemented-with-universal-access', modifier: -50 };
  return { name, result: 'cross-origin-resource-sharing-implemented-with-public-access', modifier: 0 };
}

function redirection(input: ScanInput): TestResult {
  const name = 'redirection';
  const { http } = input;
  if (http.status < 300 || http.status >= 400) return { name, result: 'redirection-missing', modifier: -20 };
  const location = header(http, 'location');
  let target: URL;
  try {
    target = new URL(location ?? '', `http://${input.host}/`);
  } catch {
    return { name, result: 'redirection-missing', modifier: -20 };
  }
  if (target.protocol !== 'https:') return { name, result: 'redirection-not-to-https', modifier: -20 };
  if (target.hostname !== input.host) return { name, result: 'redirection-off-host-from-http', modifier: -5 };
  return { name, result: 'redirection-to-https', modifier: 0 };
}

function referrerPolicy(r: Response): TestResult {
  const name = 'referrer-policy';
  const v = header(r, 'referrer-policy');
  if (!v) return { name, result: 'referrer-policy-not-implemented', modifier: 0 };
  const values = v
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const last = values.filter((x) => good.includes(x) || bad.includes(x)).at(-1);
  if (!last) return { name, result: 'referrer-policy-header-invalid', modifier: -5 };
  if (good.includes(last)) return { name, result: 'referrer-policy-private', modifier: 5 };
  return { name, result: 'referrer-policy-unsafe', modifier: -5 };
}

function hsts(r: Response): TestResult {
  const name = 'strict-transport-security';
  const v = header(r, 'strict-transport-security');
  if (!v) return { name, result: 'hsts-not-implemented', modifier: -20 };
  const m = /(?:^|;)\s*max-age="?(\d+)"?/i.exec(v);
  if (!m) return { name, result: 'hsts-header-invalid', modifier: -20 };
  if (Number(m[1]) < 15_768_000)
    return { name, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
  return { name, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 };
}

function sri(r: Response, host: string): TestResult {
  const name = 'subresource-integrity';
  if (!/text\/html/.test(header(r, 'content-type') ?? ''))
    return { name, result: 'sri-not-implemented-response-not-html', modifier: 0 };
  const scripts = [...r.body.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/gi)].map((m) => ({ src: m[1]!, tag: m[0] }));
  if (scripts.length === 0) return { name, result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  const external = scripts.filter((s) => {
    const u = new URL(s.src, `https://${host}/`);
    return u.hostname !== host || s.src.startsWith('//');
  });
  if (external.length === 0)
    return { name, result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 };
  if (external.some((s) => s.src.startsWith('http:') || s.src.startsWith('//')))
    return { name, result: 'sri-not-implemented-and-external-scripts-not-loaded-securely', modifier: -50 };
  if (external.every((s) => /\sintegrity=/.test(s.tag)))
    return { name, result: 'sri-implemented-and-external-scripts-loaded-securely', modifier: 5 };
  return { name, result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 };
}

function nosniff(r: Response): TestResult {
  const name = 'x-content-type-options';
  const v = header(r, 'x-content-type-options');
  if (!v) return { name, result: 'x-content-type-options-not-implemented', modifier: -5 };
  if (v.trim().toLowerCase() !== 'nosniff')
    return { name, result: 'x-content-type-options-header-invalid', modifier: -5 };
  return { name, result: 'x-content-type-options-nosniff', modifier: 0 };
}

function frameOptions(r: Response): TestResult {
  const name = 'x-frame-options';
  const policy = header(r, 'content-security-policy');
  const ancestors = policy ? parseCsp(policy).get('frame-ancestors') : undefined;
  if (ancestors && ![...ancestors].some((s) => BROAD.has(s)))
    return { name, result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  const xfo = header(r, 'x-frame-options')?.trim().toLowerCase();
  if (!xfo) return { name, result: 'x-frame-options-not-implemented', modifier: -20 };
  if (xfo === 'deny' || xfo === 'sameorigin')
    return { name, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  if (xfo.startsWith('allow-from')) return { name, result: 'x-frame-options-allow-from-origin', modifier: 0 };
  return { name, result: 'x-frame-options-header-invalid', modifier: -20 };
}

function corp(r: Response): TestResult {
  const name = 'cross-origin-resource-policy';
  const v = header(r, 'cross-origin-resource-policy')?.trim().toLowerCase();
  if (!v) return { name, result: 'corp-not-implemented', modifier: 0 };
  if (v === 'same-origin') return { name, result: 'corp-implemented-with-same-origin', modifier: 10 };
  if (v === 'same-site') return { name, result: 'corp-implemented-with-same-site', modifier: 10 };
  if (v === 'cross-origin') return { name, result: 'corp-implemented-with-cross-origin', modifier: 0 };
  return { name, result: 'corp-header-invalid', modifier: -5 };
}

const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function score(input: ScanInput): Score {
  const r = input.https;
  const tests = [
    csp(r),
    cookies(r),
    cors(r),
    redirection(input),
    referrerPolicy(r),
    hsts(r),
    sri(r, input.host),
    nosniff(r),
    frameOptions(r),
    corp(r),
  ];
  const withExtra = 100 + tests.reduce((n, t) => n + t.modifier, 0);
  const uncurved = 100 + tests.reduce((n, t) => n + Math.min(0, t.modifier), 0);
  const total = Math.max(0, uncurved >= 90 ? withExtra : uncurved);
  const grade = GRADES.find(([min]) => total >= min)![1];
  return { score: total, grade, tests };
}
