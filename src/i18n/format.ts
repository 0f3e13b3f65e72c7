/**
 * The one placeholder syntax of the site's words and the one date formatter.
 *
 * Every word with a value in it is a plain string with `{name}` placeholders: the interface words
 * in src/i18n/<lang>/, the words in content/words/<lang>/ (where the names are registry facts,
 * src/lib/content/fill.ts) and the refusal messages. Plain strings, so that a browser script can
 * be handed its words as data. `format` fills them; a placeholder without a value is an error,
 * never left in the text.
 *
 * No imports beyond the language table: the browser scripts use this module too.
 */
import { language, type Lang } from './languages.ts';

export type Values = Readonly<Record<string, string | number>>;

export class FormatError extends Error {}

/** `format('{n} treff for «{q}»', { n: 3, q: 'skjema' })` → "3 treff for «skjema»". */
export function format(template: string, values: Values = {}): string {
  return formatTracked(template, values).text;
}

/** Where a value went in a formatted text. */
export interface Span {
  name: string;
  start: number;
  end: number;
}

/**
 * format(), and where each value named in `tracked` went in the text: for a check that must tie
 * what it finds in the text to the value it came from (the PID e-mail's last check).
 */
export function formatTracked(
  template: string,
  values: Values,
  tracked: readonly string[] = [],
): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    const value = values[name];
    if (value === undefined) {
      throw new FormatError(
        `No value for {${name}} in "${template}". Given: ${Object.keys(values).join(', ') || 'none'}`,
      );
    }
    text += template.slice(last, m.index);
    if (tracked.includes(name)) spans.push({ name, start: text.length, end: text.length + String(value).length });
    text += String(value);
    last = m.index + m[0].length;
  }
  return { text: text + template.slice(last), spans };
}

/** The placeholder names in a template, in order of first use: "{a} {b} {a}" → ["a", "b"]. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/**
 * A long date, "27. november 2026" (nb, nn) or "27 November 2026" (en), in the first of
 * `locales` the runtime has. `iso` is yyyy-mm-dd; the date is taken as UTC so that it never
 * shifts by a day.
 */
export function formatDateIn(iso: string, locales: readonly string[]): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat([...locales], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d)));
}

/** A long date in a language of the site (its `dateLocales` in ./languages.ts). */
export function formatDate(iso: string, lang: Lang): string {
  return formatDateIn(iso, language(lang).dateLocales);
}
