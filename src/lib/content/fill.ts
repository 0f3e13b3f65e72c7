/**
 * Text in content/*.yaml may name registry facts as {placeholders}, so that a fact such as
 * the deadline is typed once (content/registry.yaml) and read everywhere.
 */
import type { Registry } from './schemas';

export function placeholders(registry: Registry): Record<string, string> {
  return {
    name: registry.name,
    shortName: registry.shortName,
    owner: registry.owner,
    ownerShort: registry.ownerShort,
    deadlineDays: String(registry.deadlineDays),
    archiveSystem: registry.archiveSystem,
  };
}

/** Replaces {key} with the registry fact; an unknown key is an error, never left as is. */
export function fill(text: string, registry: Registry): string {
  const values = placeholders(registry);
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`Unknown placeholder {${key}} in "${text}". Known: ${Object.keys(values).join(', ')}`);
    }
    return value;
  });
}

/** "url:smertereg" → the registry URL; an internal path is returned as is. */
export function resolveHref(href: string, registry: Registry): string {
  if (href.startsWith('url:')) {
    const key = href.slice(4) as keyof Registry['urls'];
    const url = registry.urls[key];
    if (!url) throw new Error(`Unknown registry URL "${href}". Known: ${Object.keys(registry.urls).join(', ')}`);
    return url;
  }
  return href;
}

/** Norwegian long date: "27. november 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
