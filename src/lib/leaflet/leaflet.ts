/**
 * The patient leaflet's text, put together from what the pages already say, so the paper never
 * says something the site does not: what SmerteReg is, what is registered and your rights
 * (content/words/<lang>/about.yaml, as on /om-smertereg/), the four ways to opt out (the methods'
 * titles and summaries, as on /reservasjon/), what happens after (about.yaml: the data deleted,
 * care not affected, the deadline only for the form and eDialog, as on /reservasjon/), and where
 * to ask or read more (the four routes, as on /informasjon/, with the secretariat's contact
 * details when the deployment has set them, and the official page otherwise). Only the headings
 * and the line before the QR code are the leaflet's own words (src/i18n/<lang>/print.ts).
 * Pure: ./pdf.ts lays it out.
 */
import type { About } from '../content/about';
import { fill, resolveHref } from '../content/fill';
import type { MethodEntry, RouteEntry } from '../content/read';
import type { Registry } from '../content/schemas';
import type { Span } from '../content/span';
import { words } from '../../i18n/dictionary';
import { format } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { printedAddress } from '../shell/site-url';

export interface Leaflet {
  lang: Lang;
  title: string;
  subject: string;
  /** What opting out means, under the title. */
  meaning: string;
  what: { heading: string; items: string[] };
  registered: { heading: string; items: string[] };
  rights: { heading: string; items: string[] };
  methods: { heading: string; items: { title: string; summary: string }[] };
  after: { heading: string; paragraphs: string[] };
  more: {
    heading: string;
    routes: { title: string; summary: string; detail: Span[] }[];
    /** The site's opt-out page: the line before its QR code, its URL and the code's text alternative. */
    site: { line: string; url: string; alt: string };
  };
}

export interface LeafletSources {
  registry: Registry;
  about: About;
  methods: readonly MethodEntry[];
  routes: readonly RouteEntry[];
  /** The absolute URL of the opt-out page in the leaflet's language. */
  url: string;
  lang: Lang;
}

/** The secretariat's phone and e-mail as set; while neither is set, where to find them (the official page). */
function contactSpans(registry: Registry, lang: Lang): Span[] {
  const say = words(lang).shell.contact;
  const { phone, email } = registry.secretariat;
  const set = [...(phone ? [`${say.phone}: ${phone}`] : []), ...(email ? [`${say.email}: ${email}`] : [])];
  if (set.length > 0) return [{ text: `${set.join('. ')}.` }];
  // As on the pages (src/components/Contact.astro): «… hos Helse Bergen: SmerteReg på helse-bergen.no».
  const url = registry.urls.smertereg;
  const host = new URL(url).hostname.replace(/^www\./, '');
  const label = format(say.fallbackLink, { shortName: registry.shortName, host });
  return [{ text: `${fill(say.fallback, registry, lang)} ` }, { text: label, href: url }, { text: '.' }];
}

/**
 * The address a route links to, printed in full for paper, unless its summary already names the
 * site ("på helsenorge.no"); the secretariat's contact details for the route that shows them.
 */
function routeDetail(route: RouteEntry, summary: string, registry: Registry, lang: Lang): Span[] {
  if (route.showContact) return contactSpans(registry, lang);
  if (!route.link) return [];
  const href = resolveHref(route.link.href, registry, lang);
  if (!href.startsWith('https://')) return [];
  const host = new URL(href).hostname.replace(/^www\./, '');
  return summary.includes(host) ? [] : [{ text: href, href }];
}

export function buildLeaflet(src: LeafletSources): Leaflet {
  const { registry, about, lang } = src;
  const say = words(lang).print;
  const f = (s: string) => fill(s, registry, lang);
  const t = say.leaflet;
  return {
    lang,
    title: f(t.title),
    subject: f(t.subject),
    meaning: about.meaning,
    what: { heading: f(t.what), items: about.what },
    registered: { heading: f(t.registered), items: about.registered },
    rights: { heading: f(t.rights), items: about.rights },
    methods: { heading: f(t.methods), items: src.methods.map((m) => ({ title: f(m.title), summary: f(m.summary) })) },
    after: { heading: f(t.after), paragraphs: [about.outcome, ...about.after] },
    more: {
      heading: f(t.more),
      routes: src.routes.map((r) => {
        const summary = f(r.summary);
        return { title: f(r.title), summary, detail: routeDetail(r, summary, registry, lang) };
      }),
      site: { line: f(t.site), url: src.url, alt: format(say.qrAlt, { address: printedAddress(src.url) }) },
    },
  };
}
