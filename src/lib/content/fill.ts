/**
 * Text in content/*.yaml may name registry facts as {placeholders}, so that a fact such as
 * the deadline is typed once (content/registry.yaml) and read everywhere. The placeholder syntax
 * and the date formatter are the site's one pair (src/i18n/format.ts).
 */
import { inLanguage, type Registry } from './schemas';
import { DEFAULT_LANG, prefixOf, type Lang } from '../../i18n/languages';
import { format, formatDate, placeholders, type Values } from '../../i18n/format';
import { words } from '../../i18n/dictionary';

/**
 * Every registry fact a page or a YAML text may name, by name, said in `lang`: the one map behind
 * both `fill()` ({deadlineDays} in content/*.yaml) and `<Fact name="…" />` in MDX, so that a
 * misspelt `<Fact name>` is a type error in astro check.
 */
export function facts(registry: Registry, lang: Lang = DEFAULT_LANG) {
  const say = words(lang).shell.facts;
  const { legalBasis: legal, helsenorgeSupport: support } = registry;
  return {
    name: registry.name,
    shortName: registry.shortName,
    owner: registry.owner,
    ownerShort: registry.ownerShort,
    deadlineDays: String(registry.deadlineDays),
    archiveSystem: registry.archiveSystem,
    approvedNationalYear: String(registry.approvedNationalYear),
    helsenorgeSupportName: support.name,
    helsenorgeSupportPhone: support.phone,
    helsenorgeSupportHours: format(say.openingHours, { opens: support.opens, closes: support.closes }),
    regulation: inLanguage(legal.regulation, lang).text,
    regulationId: legal.regulationId,
    regulationInForce: formatDate(legal.inForce, lang),
    act: inLanguage(legal.act, lang).text,
    actSections: format(say.actSections, { section: legal.actSection }),
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

/**
 * Replaces {key} with the registry fact, said in `lang`; `more` adds values of the text's own
 * ("{count} måter …"). An unknown key is an error, never left as is.
 */
export function fill(text: string, registry: Registry, lang: Lang = DEFAULT_LANG, more: Values = {}): string {
  const values: Record<string, string | number> = { ...facts(registry, lang), ...more };
  const unknown = placeholders(text).find((key) => values[key] === undefined);
  if (unknown !== undefined) {
    throw new Error(`Unknown placeholder {${unknown}} in "${text}". Known: ${Object.keys(values).join(', ')}`);
  }
  return format(text, values);
}

/** "url:smertereg" → the registry URL; an internal path is returned in `lang` ("/nn/skjema/"). */
export function resolveHref(href: string, registry: Registry, lang: Lang = DEFAULT_LANG): string {
  if (href.startsWith('url:')) {
    const key = href.slice(4) as keyof Registry['urls'];
    const url = registry.urls[key];
    if (!url) throw new Error(`Unknown registry URL "${href}". Known: ${Object.keys(registry.urls).join(', ')}`);
    return url;
  }
  return href.startsWith('/') ? `${prefixOf(lang)}${href}` : href;
}

/** The PID setting's description in `lang`, or the bokmål one, marked as bokmål, when the deployment gives none. */
export function pidDescription(registry: Registry, lang: Lang): { text: string; lang?: Lang } {
  return inLanguage(registry.pid.description, lang);
}
