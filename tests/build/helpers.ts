/**
 * Build the site from a modified copy of content/ (tests/tools/content-fixture.ts), in its own
 * folders, so a test can show what a real Astro build does with it. Kept for what only Astro can
 * show: the wiring of the collections, its own MDX front-matter errors, and whole builds
 * (fallback pages, a configured deployment). The loaders' own checks are unit-tested with a fake
 * context (tests/unit/loaders/).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contentFixture, ROOT, type ContentFixture } from '../tools/content-fixture.ts';

export interface Fixture extends ContentFixture {
  out: string;
  run(command: 'sync' | 'build'): { code: number | null; output: string };
}

export function fixture(name: string): Fixture {
  const f = contentFixture(name);
  const out = join(f.dir, 'dist');
  return {
    ...f,
    out,
    run(command) {
      const res = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          // node_modules/.bin first: Astro needs the project's Node 24, not a system Node 20.
          PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          SMERTEREG_CONTENT_DIR: f.content,
          SMERTEREG_OUT_DIR: out,
          SMERTEREG_CACHE_DIR: join(f.dir, 'cache'),
        },
      });
      // strip ANSI colours so assertions read plain text
      const output = `${res.stdout}\n${res.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      return { code: res.status, output };
    },
  };
}
