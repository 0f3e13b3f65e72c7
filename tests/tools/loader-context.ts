/**
 * A fake of Astro's loader context for the loaders in src/lib/content/loaders/ (as Starlight
 * tests its content code with a mocked `astro:content`): an in-memory store, a logger that keeps
 * the warnings, and parseData with the collection's zod schema (failing like Astro, naming the
 * collection and the entry). `globPages` puts the pages of a content folder in the store as
 * Astro's glob() loader does, front matter parsed with the page schema, so the checks across
 * pages run without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStore } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { ContentContext } from '../../src/lib/content/loaders/context.ts';
import { projectPath } from '../../src/lib/content/loaders/context.ts';
import { pageSchema } from '../../src/lib/content/schemas.ts';

type Entry = ReturnType<DataStore['values']>[number];

export interface FakeContext extends ContentContext {
  /** What the loader warned, one message each. */
  warnings: string[];
  /** The stored entries' data by id. */
  data(): Record<string, unknown>;
}

export function fakeContext(collection: string, schema?: z.ZodType): FakeContext {
  const entries = new Map<string, Entry>();
  const store: DataStore = {
    get: <T extends Record<string, unknown>>(id: string) => entries.get(id) as (Entry & { data: T }) | undefined,
    entries: () => [...entries],
    set: (entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id) => entries.has(id),
    addModuleImport: () => {},
  };
  const warnings: string[] = [];
  return {
    store,
    warnings,
    logger: { warn: (message) => void warnings.push(message) },
    async parseData<T extends Record<string, unknown>>({ id, data }: { id: string; data: T }): Promise<T> {
      if (!schema) return data;
      const result = schema.safeParse(data);
      if (result.success) return result.data as T;
      const fields = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
      throw new Error(`${collection} → ${id} data does not match collection schema.\n${fields.join('\n')}`);
    },
    data: () => Object.fromEntries([...entries].map(([id, e]) => [id, e.data])),
  };
}

/** Every content/pages/<lang>/**.mdx of `dir` into the store, as glob() with the page schema would. */
export async function globPages(ctx: ContentContext, dir: string): Promise<void> {
  const base = join(dir, 'pages');
  const files = (readdirSync(base, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  for (const f of files) {
    const file = join(base, f);
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
    if (!m) throw new Error(`${file}: no front matter`);
    const id = f.replace(/\.mdx$/, '');
    const data = await ctx.parseData({ id, data: pageSchema.parse(parse(m[1]!)), filePath: projectPath(file) });
    ctx.store.set({ id, data, body: m[2]!, filePath: projectPath(file) });
  }
}
