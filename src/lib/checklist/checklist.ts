/**
 * The one-page checklist for clinicians (/helsepersonell/huskeliste/), as data: sections of
 * items made of plain text and links. The HTML page (src/components/Checklist.astro) and the
 * PDF (src/lib/downloads/build-files.ts, served by src/pages/helsepersonell/[file].pdf.ts) both render this, so the printed sheet and
 * the download say the same thing. Every fact comes from content/ (registry, routes, methods);
 * only the wording around the facts is written here.
 *
 * Pure: no astro:content, so it can be unit-tested with the YAML files.
 */
import { fill, resolveHref } from '../content/fill';
import type { Method, Registry, Route } from '../content/schemas';

import type { Span } from '../content/span';
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
export function contactSpans(registry: Registry, kinds: ('phone' | 'email')[]): Span[] {
  const s = registry.secretariat;
  const out: Span[] = [];
  if (kinds.includes('phone') && s.phone)
    out.push(t('Telefon: '), link(`tel:${s.phone.replace(/\s+/g, '')}`, s.phone), t('.'));
  if (kinds.includes('email') && s.email)
    out.push(...(out.length ? [t(' ')] : []), t('E-post: '), link(`mailto:${s.email}`, s.email), t('.'));
  // No source says which details SmerteReg's page lists: point to it, promise nothing about it.
  if (kinds.some((k) => !s[k])) {
    out.push(
      ...(out.length ? [t(' ')] : []),
      t(`${out.length ? 'Annen kontaktinformasjon' : 'Kontaktinformasjon'} til ${registry.shortName} finner du hos `),
      link(registry.urls.smertereg, registry.ownerShort),
      t('.'),
    );
  }
  return out;
}

/** A route said to the clinician, with its official page or the secretariat's contact details. */
function routeItem(route: Route, registry: Registry): ChecklistItem {
  const said = fill(route.clinician, registry);
  if (route.link) {
    const href = resolveHref(route.link.href, registry);
    if (/^https:/.test(href)) return { detail: [t(`${said} `), link(href)] };
  }
  if (route.showContact) return { detail: [t(`${said} `), ...contactSpans(registry, ['phone', 'email'])] };
  return { detail: [t(said)] };
}

/** A way to opt out: its short name, then what happens, said to the clinician. */
function methodItem(method: WithId<Method>, registry: Registry): ChecklistItem {
  const detail: Span[] = [t(fill(method.clinician, registry))];
  const urlKey = METHOD_URLS[method.id];
  if (urlKey) detail.push(t(' '), link(registry.urls[urlKey]));
  return { title: `${fill(method.short, registry)}:`, detail };
}

export function buildChecklist(registry: Registry, routes: WithId<Route>[], methods: WithId<Method>[]): Checklist {
  const r = registry;
  const byOrder = <T extends { order: number }>(xs: T[]) => [...xs].sort((a, b) => a.order - b.order);
  return {
    title: 'Huskeliste for smerteteamet',
    source: { label: `Pasientinformasjon om ${r.shortName} hos ${r.ownerShort}`, href: r.urls.smertereg },
    sections: [
      {
        id: 'si-til-pasienten',
        title: 'Si dette til pasienten',
        ordered: false,
        items: [
          { detail: [t(`${r.shortName} er ${r.name}. Det drives av ${r.owner}.`)] },
          { detail: [t('Pasienten blir registrert hvis hen ikke reserverer seg.')] },
          { detail: [t('Pasienten kan reservere seg når som helst, uten å si hvorfor.')] },
          { detail: [t('Behandlingen blir ikke påvirket.')] },
        ],
      },
      {
        id: 'informasjon',
        title: `${routes.length === 4 ? 'Fire' : routes.length} måter å få informasjon om reservasjon`,
        ordered: true,
        items: byOrder(routes).map((route) => routeItem(route, r)),
      },
      {
        id: 'reservere',
        title: `${methods.length === 4 ? 'Fire' : methods.length} måter å reservere seg`,
        ordered: true,
        items: byOrder(methods).map((m) => methodItem(m, r)),
      },
      {
        id: 'muntlig',
        title: 'Når pasienten sier fra til deg',
        ordered: true,
        items: [
          { title: 'Ring registersekretariatet.', detail: contactSpans(r, ['phone']) },
          { title: 'Send i tillegg en e-post til registersekretariatet.', detail: contactSpans(r, ['email']) },
          {
            title: 'Skriv PID i e-posten.',
            detail: [t(`PID er pasientens ID i ${r.shortName}, ikke fødselsnummeret.`)],
          },
          {
            title: 'Skriv aldri personopplysninger i e-posten:',
            detail: [t('ikke navn, fødselsnummer, adresse eller telefonnummer.')],
          },
        ],
      },
      {
        id: 'frist',
        title: `Fristen: ${r.deadlineDays} dager`,
        ordered: false,
        items: [
          {
            detail: [
              t(
                `Når pasienten kontakter ${r.shortName} direkte (skjema eller eDialog), registrerer registersekretariatet reservasjonen uten ugrunnet opphold, ` +
                  `og senest ${r.deadlineDays} dager etter at registersekretariatet har mottatt reservasjonsskjemaet.`,
              ),
            ],
          },
          {
            detail: [
              t(
                `All korrespondanse mellom pasient eller behandler og ${r.shortName} arkiveres i arkivsystemet til ${r.ownerShort}, ${r.archiveSystem}.`,
              ),
            ],
          },
        ],
      },
      {
        id: 'aldri-personopplysninger',
        title: 'Aldri personopplysninger i vanlig e-post',
        ordered: false,
        rule: true,
        items: [
          {
            detail: [
              t(
                'E-posten fra deg til registersekretariatet har bare PID. Aldri navn, fødselsnummer, adresse eller telefonnummer.',
              ),
            ],
          },
          {
            detail: [
              t(
                'Reservasjonsskjemaet har fødselsnummeret. Pasienten sender det i posten eller med eDialog, ikke med vanlig e-post.',
              ),
            ],
          },
        ],
      },
    ],
  };
}

/** The whole text of an item: the title, a space, the detail. */
export function itemText(item: ChecklistItem): string {
  return [item.title, item.detail.map((s) => s.text).join('')].filter(Boolean).join(' ');
}
