/**
 * A copy of content/ in tests/.tmp/<name>/content to change for one test: the loader tests run
 * the loaders over it with a fake context, the build tests run Astro over it
 * (tests/build/helpers.ts). An edit that changes nothing throws, so a test cannot pass because its
 * edit silently stopped matching the content.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ContentFixture {
  /** tests/.tmp/<name> */
  dir: string;
  /** The copy of content/ in it. */
  content: string;
  read(file: string): string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  remove(file: string): void;
}

export function contentFixture(name: string): ContentFixture {
  const dir = join(ROOT, 'tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  return {
    dir,
    content,
    read(file) {
      return readFileSync(join(content, file), 'utf8');
    },
    edit(file, change) {
      const path = join(content, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    write(file, text) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    },
    remove(file) {
      rmSync(join(content, file));
    },
  };
}
