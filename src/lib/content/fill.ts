/**
 * Text in content/*.yaml may name registry facts as {placeholders}, so that a fact such as
 * the deadline is typed once (content/registry.yaml) and read everywhere.
 */
import type { Registry } from './schemas';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages';
import { ui } from '../../i18n/ui';

/**
 * Every registry fact a page or a YAML text may name, by name: the one map behind both
 * `fill()` ({deadlineDays} in content/*.yaml) and `<Fact name="…" />` in MDX, so that a
 * misspelt `<Fact name>` is a type error in astro check.
 */
export function facts(registry: Registry, lang: Lang = DEFAULT_LANG) {
  return {
    name: registry.name,
    shortName: registry.shortName,
    owner: registry.owner,
    ownerShort: registry.ownerShort,
    deadlineDays: String(registry.deadlineDays),
    archiveSystem: registry.archiveSystem,
    approvedNationalYear: String(registry.approvedNationalYear),
    helsenorgeSupportName: registry.helsenorgeSupport.name,
    helsenorgeSupportPhone: registry.helsenorgeSupport.phone,
    helsenorgeSupportHours: ui(lang).openingHours(registry.helsenorgeSupport.opens, registry.helsenorgeSupport.closes),
    regulation: registry.legalBasis.regulation,
    regulationId: registry.legalBasis.regulationId,
    regulationInForce: formatDate(registry.legalBasis.inForce, lang),
    act: registry.legalBasis.act,
    actSections: registry.legalBasis.actSections,
  } satisfies Record<string, string>;
}

/** The name of a registry fact: `<Fact name>` and `{placeholder}` take only these. */
export type FactName = keyof ReturnType<typeof facts>;

/** The value of one fact; an unknown name (possible only from untyped input) is an error. */
export function fact(name: FactName, registry: Registry, lang: Lang = DEFAULT_LANG): string {
  const values: Record<string, string> = facts(registry, lang);
  const value = values[name];
  if (value === undefined) throw new Error(`Unknown fact "${name}". Known: ${Object.keys(values).join(', ')}`);
  return value;
}

/** Replaces {key} with the registry fact; an unknown key is an error, never left as is. */
export function fill(text: string, registry: Registry, lang: Lang = DEFAULT_LANG): string {
  const values: Record<string, string> = facts(registry, lang);
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`Unknown placeholder {${key}} in "${text}". Known: ${Object.keys(values).join(', ')}`);
    }
    return value;
  });
}

/** "url:smertereg" → the registry URL; an internal path is returned in `lang` ("/nn/skjema/"). */
export function resolveHref(href: string, registry: Registry, lang: Lang = DEFAULT_LANG): string {
  if (href.startsWith('url:')) {
    const key = href.slice(4) as keyof Registry['urls'];
    const url = registry.urls[key];
    if (!url) throw new Error(`Unknown registry URL "${href}". Known: ${Object.keys(registry.urls).join(', ')}`);
    return url;
  }
  return href.startsWith('/') && lang !== DEFAULT_LANG ? `/${lang}${href}` : href;
}

/** A long date in the language: "27. november 2026" (nb, nn), "27 November 2026" (en); the locale is `dateLocale` in src/i18n/. */
export function formatDate(iso: string, lang: Lang = DEFAULT_LANG): string {
  return new Intl.DateTimeFormat(ui(lang).dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/**
 * The PID setting's description in `lang` (content/registry.yaml `pid.translations`), or the
 * bokmål one, marked as bokmål, when the deployment has not given one in that language.
 */
export function pidDescription(registry: Registry, lang: Lang): { text: string; lang?: string } {
  const own = lang === DEFAULT_LANG ? registry.pid.description : registry.pid.translations[lang as "nn" | "en"];
  return own ? { text: own } : { text: registry.pid.description, lang: DEFAULT_LANG };
}
