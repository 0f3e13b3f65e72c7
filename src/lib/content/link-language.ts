/**
 * Where a link leads, by language: the one rule behind «(in Norwegian)». A reader of a page in a
 * language that is not Norwegian is told, visibly and with `hreflang`, when a link leads to a page
 * in Norwegian only: a page of this site that their language does not have (the clinicians' pages
 * in English), or one of the registry's own sites. Every URL under `urls:` in content/registry.yaml
 * is a page in Norwegian (bokmål: the sources facts.md quotes from them are bokmål).
 * Used by src/components/Link.astro, and through it by every component that renders a link.
 */
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.ts';
import { parsePath } from './site.ts';

/** The languages whose readers read Norwegian: a link to a Norwegian page needs no note for them. */
const NORWEGIAN: readonly Lang[] = ['nb', 'nn'];

/** The language of the registry's sites (every URL in content/registry.yaml). */
const REGISTRY_SITES_LANG: Lang = DEFAULT_LANG;

/** The hosts of the registry's sites: "helse-bergen.no", "www.helsenorge.no", … */
export function registryHosts(urls: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(urls).map((u) => new URL(u).hostname))];
}

/**
 * The language a reader of `pageLang` must be told a link leads to, or undefined when the link
 * stays in their language (or they read Norwegian). Internal paths to files (a PDF) are left to
 * the download link, which names its language itself; `mailto:`, `tel:` and `#anchors` stay.
 */
export function foreignTarget(href: string, pageLang: Lang, hosts: readonly string[]): Lang | undefined {
  if (NORWEGIAN.includes(pageLang)) return undefined;
  if (href.startsWith('/')) {
    const path = href.split(/[?#]/)[0]!;
    if (/\.[a-z0-9]+$/i.test(path)) return undefined;
    const target = parsePath(path).lang;
    return target === pageLang ? undefined : target;
  }
  if (!/^https?:\/\//.test(href)) return undefined;
  return hosts.includes(new URL(href).hostname) ? REGISTRY_SITES_LANG : undefined;
}
