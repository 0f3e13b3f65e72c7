/**
 * The one-page checklist for clinicians (/helsepersonell/huskeliste/), as data: sections of
 * items made of plain text and links. The HTML page (src/components/checklist/Checklist.astro) and the
 * PDF (src/lib/downloads/build-files.ts, served by src/pages/helsepersonell/[file].pdf.ts) both render this, so the printed sheet and
 * the download say the same thing. Every fact comes from content/ (registry, routes, methods);
 * the wording around the facts is content/words/<lang>/checklist.yaml (./words.ts).
 *
 * Pure: no astro:content and no file reading, so it can be unit-tested with the YAML files.
 */
import { fill, resolveHref } from '../content/fill';
import type { Method, Registry, Route } from '../content/schemas';

import type { Span } from '../content/span';
import type { ChecklistWords } from './words';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages';
/** The one Span type (src/lib/content/span.ts), re-exported for the checklist's PDF builder. */
export type { Span };

export interface ChecklistItem {
  /** The short lead of the item, shown in bold. */
  title?: string;
  /** What follows the title, as text and links. */
  detail: Span[];
}

export interface ChecklistSection {
  id: string;
  title: string;
  ordered: boolean;
  items: ChecklistItem[];
  /** Shown as a warning box. */
  rule?: boolean;
}

export interface Checklist {
  title: string;
  sections: ChecklistSection[];
  /** Where the facts come from, for the foot of the page. */
  source: { label: string; href: string };
  /** "Kilde" / "Kjelde", before the source. */
  sourceLabel: string;
}

type WithId<T> = T & { id: string };

/**
 * Official pages for the opt-out methods that have one, by method id in content/methods.yaml.
 * The form is this site's own (/skjema/), so the form method links to no other site.
 */
const METHOD_URLS: Record<string, keyof Registry['urls']> = {
  helsenorge: 'helsenorge',
  edialog: 'edialog',
};

const t = (text: string): Span => ({ text });
const link = (href: string, text = href): Span => ({ text, href });

/**
 * The secretariat's phone and/or e-mail; the ones not configured are never guessed: the reader
 * is sent to SmerteReg's page (whose full address the checklist prints under the routes).
 */
export function contactSpans(
  registry: Registry,
  kinds: ('phone' | 'email')[],
  words: ChecklistWords,
  lang: Lang = DEFAULT_LANG,
): Span[] {
  const s = registry.secretariat;
  const say = words.contact;
  const out: Span[] = [];
  if (kinds.includes('phone') && s.phone)
    out.push(t(`${say.phone}: `), link(`tel:${s.phone.replace(/\s+/g, '')}`, s.phone), t('.'));
  if (kinds.includes('email') && s.email)
    out.push(...(out.length ? [t(' ')] : []), t(`${say.email}: `), link(`mailto:${s.email}`, s.email), t('.'));
  // No source says which details SmerteReg's page lists: point to it, promise nothing about it.
  if (kinds.some((k) => !s[k])) {
    out.push(
      ...(out.length ? [t(' ')] : []),
      t(`${fill(out.length ? say.findOther : say.find, registry, lang)} `),
      link(registry.urls.smertereg, registry.ownerShort),
      t('.'),
    );
  }
  return out;
}

/** A route said to the clinician, with its official page or the secretariat's contact details. */
function routeItem(route: Route, registry: Registry, words: ChecklistWords, lang: Lang): ChecklistItem {
  const said = fill(route.clinician, registry, lang);
  if (route.link) {
    const href = resolveHref(route.link.href, registry, lang);
    if (/^https:/.test(href)) return { detail: [t(`${said} `), link(href)] };
  }
  if (route.showContact) return { detail: [t(`${said} `), ...contactSpans(registry, ['phone', 'email'], words, lang)] };
  return { detail: [t(said)] };
}

/** A way to opt out: its short name, then what happens, said to the clinician. */
function methodItem(method: WithId<Method>, registry: Registry, lang: Lang): ChecklistItem {
  const detail: Span[] = [t(fill(method.clinician, registry, lang))];
  const urlKey = METHOD_URLS[method.id];
  if (urlKey) detail.push(t(' '), link(registry.urls[urlKey]));
  return { title: `${fill(method.short, registry, lang)}:`, detail };
}

/** The count as a word where the words have one ("Fire måter …"), for {count} in a title. */
const countWord = (count: number, words: ChecklistWords) => words.numbers[String(count)] ?? String(count);

/**
 * The checklist in the language of `words` (content/words/<lang>/checklist.yaml): the routes and
 * methods are passed in already in that language, so this does not care where they were read.
 */
export function buildChecklist(
  registry: Registry,
  routes: WithId<Route>[],
  methods: WithId<Method>[],
  words: ChecklistWords,
  lang: Lang = DEFAULT_LANG,
): Checklist {
  const r = registry;
  const f = (text: string) => fill(text, r, lang);
  const plain = (items: string[]): ChecklistItem[] => items.map((item) => ({ detail: [t(f(item))] }));
  const byOrder = <T extends { order: number }>(xs: T[]) => [...xs].sort((a, b) => a.order - b.order);
  const { oral } = words;
  return {
    title: f(words.title),
    source: { label: f(words.source), href: r.urls.smertereg },
    sourceLabel: words.sourceLabel,
    sections: [
      {
        id: 'si-til-pasienten',
        title: f(words.sayToPatient.title),
        ordered: false,
        items: plain(words.sayToPatient.items),
      },
      {
        id: 'informasjon',
        title: fill(words.routes.title, r, lang, { count: countWord(routes.length, words) }),
        ordered: true,
        items: byOrder(routes).map((route) => routeItem(route, r, words, lang)),
      },
      {
        id: 'reservere',
        title: fill(words.methods.title, r, lang, { count: countWord(methods.length, words) }),
        ordered: true,
        items: byOrder(methods).map((m) => methodItem(m, r, lang)),
      },
      {
        id: 'muntlig',
        title: f(oral.title),
        ordered: true,
        items: [
          { title: f(oral.call), detail: contactSpans(r, ['phone'], words, lang) },
          { title: f(oral.email), detail: contactSpans(r, ['email'], words, lang) },
          { title: f(oral.pid.title), detail: [t(f(oral.pid.detail))] },
          { title: f(oral.never.title), detail: [t(f(oral.never.detail))] },
        ],
      },
      { id: 'frist', title: f(words.deadline.title), ordered: false, items: plain(words.deadline.items) },
      {
        id: 'aldri-personopplysninger',
        title: f(words.rule.title),
        ordered: false,
        rule: true,
        items: plain(words.rule.items),
      },
    ],
  };
}

/** The whole text of an item: the title, a space, the detail. */
export function itemText(item: ChecklistItem): string {
  return [item.title, item.detail.map((s) => s.text).join('')].filter(Boolean).join(' ');
}
