/**
 * The one reader of content/ for tests (unit and end-to-end): the YAML files, the registry as the
 * schema parses it, and every page's front matter and body. Tests compare the built site with
 * these, so a fact changed in content/ never needs a test changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  methodSchema,
  registrySchema,
  routeSchema,
  type Method,
  type Registry,
  type Route,
} from '../../src/lib/content/schemas.ts';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

/** A YAML file in content/, as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const readYaml = (file: string): any => parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));

export const readRegistry = (): Registry => registrySchema.parse(readYaml('registry.yaml'));
export const readMethods = (): (Method & { id: string })[] =>
  Object.entries(readYaml('methods.yaml')).map(([id, m]) => ({ id, ...methodSchema.parse(m) }));
export const readRoutes = (): (Route & { id: string })[] =>
  Object.entries(readYaml('routes.yaml')).map(([id, r]) => ({ id, ...routeSchema.parse(r) }));

export interface ContentPage {
  /** "reservasjon/skjema" */
  id: string;
  /** "content/pages/nb/reservasjon/skjema.mdx" */
  file: string;
  /** The front matter as written (not parsed by the schema). */
  data: Record<string, unknown>;
  /** The MDX after the front matter. */
  body: string;
}

/** Every page in content/pages/nb/. */
export function readPages(): ContentPage[] {
  const base = join(CONTENT_DIR, 'pages/nb');
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(base, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`content/pages/nb/${f}: no front matter`);
      return { id: f.replace(/\.mdx$/, ''), file: `content/pages/nb/${f}`, data: parse(m[1]!), body: m[2]! };
    });
}
