/**
 * What the page shell puts in <head> besides the markup: the document title and the
 * schema.org JSON-LD. Pure, so they are unit-tested without Astro (tests/unit/shell.test.ts).
 */

/** Longest <title> that still gets the site name after the page title. */
export const TITLE_MAX = 70;

/**
 * "<page title> – <site name>" while the whole stays within TITLE_MAX characters; the front
 * page and long titles get the page title alone.
 */
export function documentTitle(pageTitle: string, siteName: string, isFrontPage: boolean): string {
  const withSite = `${pageTitle} – ${siteName}`;
  return isFrontPage || withSite.length > TITLE_MAX ? pageTitle : withSite;
}

export type Audience = 'pasient' | 'helsepersonell' | 'alle';

/** schema.org audienceType for each audience in the front matter. */
export const AUDIENCE_TYPE: Record<Audience, string> = {
  pasient: 'Patient',
  helsepersonell: 'Clinician',
  alle: 'Patient, Clinician',
};

export interface JsonLdInput {
  title: string;
  description: string;
  /** BCP 47 language of the page, e.g. "nb". */
  lang: string;
  canonical: string;
  lastReviewed: string;
  audience: Audience;
  sources: readonly { label: string; url: string }[];
  site: { name: string; url: string };
  /** What the page is about: the registry's full name with its short name. */
  about: string;
  /** Breadcrumb trail from the front page down to and including this page; empty for none. */
  trail: readonly { name: string; url: string }[];
}

/** The page as a schema.org WebPage, with its sources as citations and its breadcrumb trail. */
export function webPageJsonLd(p: JsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: p.title,
    description: p.description,
    inLanguage: p.lang,
    url: p.canonical,
    lastReviewed: p.lastReviewed,
    audience: { '@type': 'Audience', audienceType: AUDIENCE_TYPE[p.audience] },
    citation: p.sources.map((s) => ({ '@type': 'CreativeWork', name: s.label, url: s.url })),
    isPartOf: { '@type': 'WebSite', name: p.site.name, url: p.site.url },
    about: { '@type': 'Thing', name: p.about },
    ...(p.trail.length > 1 && {
      breadcrumb: {
        '@type': 'BreadcrumbList',
        itemListElement: p.trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
      },
    }),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so that no text from the
 * content can close the script element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
