/**
 * Lighthouse figures for `npm run bench` (tests/bench/bench.ts runs this file after building
 * dist/). Figures, not a test: the exit code stays 0 whatever the scores.
 *
 * Serves dist/ itself with gzip on 127.0.0.1 (on $PORT when set, else a free port), then runs
 * Lighthouse's default configuration (mobile form factor, simulated throttling: slow 4G and a
 * 4× slower CPU) in the Debian Chromium, one browser for all runs, and prints the performance
 * score, LCP, CLS and TBT per page. Each page is measured LIGHTHOUSE_RUNS times (default 3) and
 * the run with the median score is shown, because single runs vary.
 *
 * Targets (from issue 14): performance ≥ 98, LCP ≤ 1.5 s and CLS ≤ 0.02 on /sok/?q=skjema (and
 * the same search on /nn/sok/ and /en/sok/ once they exist); content pages score 100. A missed target is flagged, not failed.
 *
 * TBT and LCP come from the real main-thread work scaled by the simulated CPU slowdown, so a busy
 * machine inflates them: the load average is printed with the figures.
 *
 * Usage: node tests/bench/lighthouse.ts [baseURL] [/path …]
 *   LIGHTHOUSE_RUNS=n runs per page; LIGHTHOUSE_JSON_DIR=dir also writes each full report there.
 *   without baseURL it serves dist/ (or $SMERTEREG_OUT_DIR); paths default to PAGES below.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts';
import { serveDist } from './search.ts';

/**
 * The front page, one content page, the empty search page and a search with results, then the
 * same search on the other languages' search pages (skipped while dist/ has no such page).
 */
export const PAGES = ['/', '/reservasjon/', '/sok/', '/sok/?q=skjema', '/nn/sok/?q=skjema', '/en/sok/?q=form'];

/** The built file that serves a path: "/nn/sok/?q=x" → "<dist>/nn/sok/index.html". */
export function builtFile(dist: string, path: string): string {
  const pathname = new URL(path, 'http://x').pathname;
  return join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** The paths whose page exists in dist/, and a line for each that does not. */
export function existingPages(dist: string, paths: string[]): { paths: string[]; skipped: string[] } {
  const missing = paths.filter((p) => !existsSync(builtFile(dist, p)));
  return {
    paths: paths.filter((p) => !missing.includes(p)),
    skipped: missing.map((p) => `${p.padEnd(24)} skipped: ${builtFile(dist, p)} is not in the build`),
  };
}

export interface LighthouseFigures {
  path: string;
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
}

const TARGET = { performance: 98, lcpMs: 1500, cls: 0.02 };

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export async function benchLighthouse(baseURL: string, paths = PAGES, runs = 3): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: FLAGS });
  const out: LighthouseFigures[] = [];
  try {
    for (const path of paths) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(baseURL + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        if (process.env.LIGHTHOUSE_JSON_DIR) {
          mkdirSync(process.env.LIGHTHOUSE_JSON_DIR, { recursive: true });
          writeFileSync(
            join(process.env.LIGHTHOUSE_JSON_DIR, `${path.replace(/[^\w]+/g, '_')}-${i + 1}.json`),
            JSON.stringify(lhr),
          );
        }
        if (lhr.runtimeError)
          throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        all.push({
          path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: num('largest-contentful-paint'),
          cls: num('cumulative-layout-shift'),
          tbtMs: num('total-blocking-time'),
          fcpMs: num('first-contentful-paint'),
        });
      }
      all.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
      out.push(all[Math.floor(all.length / 2)]!);
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export function printLighthouse(rows: LighthouseFigures[], runs: number, skipped: string[] = []): void {
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(
    `Lighthouse (mobile, simulated throttling, gzip; median of ${runs} run${runs === 1 ? '' : 's'}; load average ${load} on ${cpus().length} CPUs)`,
  );
  console.log(
    `${'page'.padEnd(24)} ${'perf'.padStart(5)} ${'FCP'.padStart(7)} ${'LCP'.padStart(7)} ${'CLS'.padStart(7)} ${'TBT'.padStart(7)}`,
  );
  for (const r of rows) {
    const flags = [
      r.performance < TARGET.performance && `performance < ${TARGET.performance}`,
      /\/sok\//.test(r.path) && r.lcpMs > TARGET.lcpMs && `LCP > ${TARGET.lcpMs / 1000} s`,
      r.cls > TARGET.cls && `CLS > ${TARGET.cls}`,
    ].filter(Boolean);
    console.log(
      `${r.path.padEnd(24)} ${String(r.performance).padStart(5)} ${`${(r.fcpMs / 1000).toFixed(1)} s`.padStart(7)} ${`${(r.lcpMs / 1000).toFixed(1)} s`.padStart(7)} ${r.cls.toFixed(3).padStart(7)} ${`${Math.round(r.tbtMs)} ms`.padStart(7)}${flags.length ? `  MISSED: ${flags.join(', ')}` : ''}`,
    );
  }
  for (const line of skipped) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tests/bench/lighthouse.ts')) {
  const args = process.argv.slice(2);
  const given = args.find((a) => /^https?:/.test(a));
  const paths = args.filter((a) => a.startsWith('/'));
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
  const dist = process.env.SMERTEREG_OUT_DIR ?? 'dist';
  // Pages not in the build are skipped with a line saying so (when serving dist/ ourselves).
  const { paths: present, skipped } = given
    ? { paths: paths.length ? paths : PAGES, skipped: [] }
    : existingPages(dist, paths.length ? paths : PAGES);
  const served = given
    ? undefined
    : await serveDist(dist, {
        gzip: true,
        port: process.env.PORT ? Number(process.env.PORT) : 0,
      });
  try {
    printLighthouse(await benchLighthouse(given ?? served!.baseURL, present, runs), runs, skipped);
  } finally {
    served?.server.close();
  }
}
