/**
 * The helsenorge user guide (/helsenorge-veiledning/ and its PDF), as data. The steps, what you
 * need and how you know it worked are the `helsenorge` method in content/methods.yaml; the
 * support line is `helsenorgeSupport` in content/registry.yaml; the other ways to opt out are
 * the other methods. Only the guide's own sentences (headings, "the screens may change") are
 * its own, per language in src/i18n/<lang>/guide.ts, once for both the page and the PDF.
 */
import { fact, fill } from '../content/fill';
import type { Method, Registry } from '../content/schemas';
import type { Span } from '../content/span';
import { words } from '../../i18n/dictionary';
import { format } from '../../i18n/format';
import { DEFAULT_LANG, prefixOf, type Lang } from '../../i18n/languages';

export type MethodWithId = Method & { id: string };

/** The method in content/methods.yaml that the guide explains. */
export const GUIDE_METHOD = 'helsenorge';

/** The one Span type (src/lib/content/span.ts), re-exported for the guide's PDF builder. */
export type { Span };

interface GuideAlternative {
  title: string;
  summary: string;
  /** The method's page on this site, e.g. "/reservasjon/behandler/". */
  page: string;
}

export interface Guide {
  /** The answer first: what you do, in one or two sentences. */
  intro: string;
  needs: { heading: string; items: string[] };
  steps: { heading: string; items: Span[][] };
  /** helsenorge's screens are not ours: say that they may look different (facts.md C). */
  screensMayChange: string;
  confirmation: { heading: string; text: string };
  help: { heading: string; name: string; phone: string; hours: string; text: Span[] };
  notListed: { heading: string; intro: string; alternatives: GuideAlternative[]; moreInfo: Span[] };
}

/**
 * Turns names of sites in a sentence into links: every "helsenorge.no" becomes a link to the
 * official address in content/registry.yaml. Text without a known name is one plain span.
 */
export function linkSiteNames(text: string, sites: Readonly<Record<string, string>>): Span[] {
  const names = Object.keys(sites).sort((a, b) => b.length - a.length);
  if (names.length === 0) return [{ text }];
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w./-])(${escaped.join('|')})(?![\\w/-]|\\.\\w)`, 'g');
  const spans: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) spans.push({ text: text.slice(last, at) });
    spans.push({ text: m[0], href: sites[m[0]] });
    last = at + m[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}

/** The plain text of spans (for the PDF and for tests). */
export const spanText = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

/**
 * The guide in one language: `methods` are the methods in that language (their words); the
 * guide's own wording is the language's guide words. Links to this site's pages get the
 * language's prefix.
 */
export function buildGuide(registry: Registry, methods: readonly MethodWithId[], lang: Lang = DEFAULT_LANG): Guide {
  const method = methods.find((m) => m.id === GUIDE_METHOD);
  if (!method) throw new Error(`content/methods.yaml has no method "${GUIDE_METHOD}": the helsenorge guide needs it`);
  const w = words(lang).guide;
  const f = (text: string) => fill(text, registry, lang);
  const sites = { 'helsenorge.no': registry.urls.helsenorge };
  const { name, phone } = registry.helsenorgeSupport;
  const hours = fact('helsenorgeSupportHours', registry, lang);
  const prefix = prefixOf(lang);

  return {
    intro: `${f(method.summary)} ${w.stepsFollow}`,
    needs: { heading: w.needs, items: method.needs.map(f) },
    steps: { heading: w.steps, items: method.steps.map((s) => linkSiteNames(f(s), sites)) },
    // The method's own warning (the method's words), so the guide and the method page say the same.
    screensMayChange: method.caveat ? f(method.caveat) : w.screensMayChange,
    confirmation: { heading: w.confirmation, text: f(method.confirmation) },
    help: {
      heading: w.help,
      name,
      phone,
      hours,
      text: [
        { text: format(w.call, { name }) },
        { text: phone.replace(/ /g, '\u00a0'), href: `tel:${phone.replace(/\s+/g, '')}` },
        { text: `, ${hours}.` },
      ],
    },
    notListed: {
      heading: f(w.notListed),
      intro: w.notListedIntro,
      alternatives: methods
        .filter((m) => m.id !== GUIDE_METHOD)
        .map((m) => ({ title: f(m.title), summary: f(m.summary), page: `${prefix}${m.page}` })),
      moreInfo: [{ text: w.moreInfo }, { text: f(w.registryPages), href: registry.urls.smertereg }, { text: '.' }],
    },
  };
}
