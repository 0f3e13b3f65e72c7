/**
 * Read access to content/ for components and endpoints. Everything a page states about
 * the registry comes through here, from the one file that holds it.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Method, Registry, Route } from './schemas';
import type { ChangelogEntry } from './changelog';

export async function getRegistry(): Promise<Registry> {
  const entry = await getEntry('registry', 'smertereg');
  if (!entry) throw new Error('content/registry.yaml did not load');
  return entry.data;
}

export type MethodEntry = Method & { id: string };
export type RouteEntry = Route & { id: string };

export async function getMethods(): Promise<MethodEntry[]> {
  const all = await getCollection('methods');
  return all.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.order - b.order);
}

export async function getRoutes(): Promise<RouteEntry[]> {
  const all = await getCollection('routes');
  return all.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.order - b.order);
}

/** The public change log, newest first (content/changelog.yaml). */
export async function getChangelog(): Promise<ChangelogEntry[]> {
  const entry = await getEntry('changelog', 'log');
  if (!entry) throw new Error('content/changelog.yaml did not load');
  return entry.data.entries;
}

export async function getPages() {
  return getCollection('pages');
}
