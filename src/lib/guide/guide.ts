/**
 * The helsenorge user guide (/helsenorge-veiledning/ and its PDF), as data. The steps, what you
 * need and how you know it worked are the `helsenorge` method in content/methods.yaml; the
 * support line is `helsenorgeSupport` in content/registry.yaml; the other ways to opt out are
 * the other methods. Only the guide's own sentences (headings, "the screens may change") are
 * written here, once, for both the page and the PDF.
 */
import { fact, fill } from '../content/fill';
import type { Method, Registry } from '../content/schemas';
import type { Span } from '../content/span';

export type MethodWithId = Method & { id: string };

/** The method in content/methods.yaml that the guide explains. */
export const GUIDE_METHOD = 'helsenorge';

/** The one Span type (src/lib/content/span.ts), re-exported for the guide's PDF builder. */
export type { Span };

export interface GuideAlternative {
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

export function buildGuide(registry: Registry, methods: readonly MethodWithId[]): Guide {
  const method = methods.find((m) => m.id === GUIDE_METHOD);
  if (!method) throw new Error(`content/methods.yaml has no method "${GUIDE_METHOD}": the helsenorge guide needs it`);
  const f = (text: string) => fill(text, registry);
  const sites = { 'helsenorge.no': registry.urls.helsenorge };
  const { name, phone } = registry.helsenorgeSupport;
  const hours = fact('helsenorgeSupportHours', registry);

  return {
    intro: `${f(method.summary)} Her er stegene.`,
    needs: { heading: 'Dette trenger du først', items: method.needs.map(f) },
    steps: { heading: 'Slik gjør du det', items: method.steps.map((s) => linkSiteNames(f(s), sites)) },
    // The method's own warning (content/methods.yaml), so the guide and the method page say the same.
    screensMayChange: method.caveat
      ? f(method.caveat)
      : 'Skjermbildene på helsenorge.no kan endre seg. Knappene og menyene kan se annerledes ut eller hete noe annet.',
    confirmation: { heading: 'Slik vet du at det er registrert', text: f(method.confirmation) },
    help: {
      heading: 'Trenger du hjelp med helsenorge.no?',
      name,
      phone,
      hours,
      text: [
        { text: `Ring ${name} på ` },
        { text: phone.replace(/ /g, '\u00a0'), href: `tel:${phone.replace(/\s+/g, '')}` },
        { text: `, ${hours}.` },
      ],
    },
    notListed: {
      heading: `Finner du ikke ${registry.shortName}?`,
      intro: 'Da kan du reservere deg på en av de andre måtene:',
      alternatives: methods
        .filter((m) => m.id !== GUIDE_METHOD)
        .map((m) => ({ title: f(m.title), summary: f(m.summary), page: m.page })),
      moreInfo: [
        { text: 'Du kan også lese mer på ' },
        { text: `nettsidene til ${registry.shortName}`, href: registry.urls.smertereg },
        { text: '.' },
      ],
    },
  };
}
