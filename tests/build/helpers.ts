/**
 * Build the site from a modified copy of content/, in its own folders, so tests can show
 * what a bad (or differently configured) content file does to a real build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Fixture {
  dir: string;
  content: string;
  out: string;
  edit(file: string, change: (text: string) => string): void;
  run(command: 'sync' | 'build'): { code: number | null; output: string };
}

export function fixture(name: string): Fixture {
  const dir = join(ROOT, 'tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const out = join(dir, 'dist');
  return {
    dir,
    content,
    out,
    edit(file, change) {
      const path = join(content, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
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
          SMERTEREG_CONTENT_DIR: content,
          SMERTEREG_OUT_DIR: out,
          SMERTEREG_CACHE_DIR: join(dir, 'cache'),
        },
      });
      // strip ANSI colours so assertions read plain text
      const output = `${res.stdout}\n${res.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      return { code: res.status, output };
    },
  };
}
