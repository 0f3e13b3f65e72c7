/**
 * What content/registry.yaml is: the registry's names, official URLs, deadline, archive system,
 * contact details (optional, set by whoever deploys) and per-language facts, and what a build
 * warns about when some of them are missing. Re-exported by ./schemas.ts, the content model.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, FULL_LANGS, LANGS, type Lang } from '../../i18n/languages.ts';

const url = z.url({ protocol: /^https$/ });
const text = z.string().trim().min(1);

/**
 * A fact said differently in each language (a legal name, a sentence): `{ nb, nn, en }`, bokmål
 * required. A language left out shows the bokmål text, marked as bokmål, and the build warns
 * (`missingTranslations`).
 */
const localized = z.strictObject(
  Object.fromEntries(LANGS.map((lang) => [lang, lang === DEFAULT_LANG ? text : text.optional()])) as Record<
    Lang,
    typeof text
  >,
) as unknown as z.ZodType<Localized>;
export type Localized = { [DEFAULT_LANG]: string } & Partial<Record<Lang, string>>;

/** The text of a per-language fact in `lang`, or the bokmål text marked as bokmål. */
export function inLanguage(value: Localized, lang: Lang): { text: string; lang?: Lang } {
  const own = value[lang];
  return own ? { text: own } : { text: value[DEFAULT_LANG], lang: DEFAULT_LANG };
}

/** Optional deployment detail: empty string or missing means "not configured". */
const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

export const registrySchema = z.strictObject({
  name: text,
  shortName: text,
  owner: text,
  ownerShort: text,
  approvedNationalYear: z.number().int(),
  urls: z.strictObject({
    smertereg: url,
    helsenorge: url,
    edialog: url,
    kvalitetsregistre: url,
    kvalitetsregistreRights: url,
    kvalitetsregistreLegalBasis: url,
    helsenorgePrivacySettings: url,
    helsenorgeProfile: url,
    uutilsynet: url,
  }),
  /** Days from receipt of the reservation form until the opt-out is registered at the latest. */
  deadlineDays: z.number().int().positive(),
  archiveSystem: text,
  /** The registry secretariat. No source gives these: set them per deployment (facts.md C). */
  secretariat: z.strictObject({
    phone: optional.refine((v) => v === undefined || /^\+?[0-9 ]{8,16}$/.test(v), {
      message: 'phone must be digits and spaces only (8 to 16 characters, an optional + first)',
    }),
    email: optional.refine((v) => v === undefined || z.email().safeParse(v).success, {
      message: 'email must be an e-mail address',
    }),
    /** Lines of the postal address, separated by newlines. */
    postalAddress: optional,
  }),
  /** What the PID field of the e-mail composer accepts (facts.md C: the real format is unknown). */
  pid: z.strictObject({
    pattern: z
      .string()
      .refine((p) => p.startsWith('^') && p.endsWith('$'), { message: 'pattern must start with ^ and end with $' })
      .refine(
        (p) => {
          try {
            new RegExp(p, 'u');
            return true;
          } catch {
            return false;
          }
        },
        { message: 'pattern must be a valid regular expression' },
      ),
    maxLength: z.number().int().min(1).max(64),
    /** What the PID field accepts, said as this site's setting, in each language with the e-mail tool. */
    description: localized,
  }),
  helsenorgeSupport: z.strictObject({
    name: text,
    phone: text,
    /** Opening hours, language-neutral; src/i18n/<lang>.ts `openingHours` says them ("hverdager kl. 08.00–15.30"). */
    days: z.enum(['weekdays']),
    opens: z.string().regex(/^\d\d\.\d\d$/, 'opens must be a time like "08.00"'),
    closes: z.string().regex(/^\d\d\.\d\d$/, 'closes must be a time like "15.30"'),
  }),
  legalBasis: z.strictObject({
    /** The regulation's name in each language (English: a translation, the Norwegian name once in brackets). */
    regulation: localized,
    regulationId: text,
    inForce: z.iso.date(),
    /** The act's name in each language. */
    act: localized,
    /** The section where the rights of the registered start; said per language ("fra § 24"). */
    actSection: z.number().int().positive(),
  }),
  /**
   * Who runs this website and where feedback on it goes (the accessibility statement). No source
   * says (facts.md C): set per deployment, like the secretariat. Empty means not configured.
   */
  siteFeedback: z
    .strictObject({
      /** Who runs the website, as the reader should see it. */
      name: optional,
      email: optional.refine((v) => v === undefined || z.email().safeParse(v).success, {
        message: 'email must be an e-mail address',
      }),
      phone: optional.refine((v) => v === undefined || /^\+?[0-9 ]{8,16}$/.test(v), {
        message: 'phone must be digits and spaces only (8 to 16 characters, an optional + first)',
      }),
      /** A web page or form for feedback. */
      url: optional.refine((v) => v === undefined || url.safeParse(v).success, {
        message: 'url must be an https:// address',
      }),
    })
    .prefault({}),
});
export type Registry = z.output<typeof registrySchema>;

/** The site feedback channels that are configured (accessibility statement). */
export function feedbackChannels(registry: Registry): ('email' | 'phone' | 'url')[] {
  return (['email', 'phone', 'url'] as const).filter((k) => registry.siteFeedback[k] !== undefined);
}

/**
 * Per-language facts a language lacks, as "field: language" lines for a build warning: the legal
 * names in every language, the PID description in the languages with the e-mail tool.
 */
export function missingTranslations(registry: Registry): string[] {
  const need: [string, Localized, readonly Lang[]][] = [
    ['legalBasis.regulation', registry.legalBasis.regulation, LANGS],
    ['legalBasis.act', registry.legalBasis.act, LANGS],
    ['pid.description', registry.pid.description, FULL_LANGS],
  ];
  return need.flatMap(([field, value, langs]) => langs.filter((l) => !value[l]).map((l) => `${field}.${l}`));
}

/** The names of secretariat contact fields that are not configured. */
export function missingContactFields(registry: Registry): string[] {
  return (['phone', 'email', 'postalAddress'] as const)
    .filter((k) => registry.secretariat[k] === undefined)
    .map((k) => `secretariat.${k}`);
}
