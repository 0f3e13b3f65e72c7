/** The page shell's pure parts: the document title and the JSON-LD. */
import { describe, expect, test } from 'vitest';
import {
  AUDIENCE_TYPE,
  documentTitle,
  jsonLdScript,
  TITLE_MAX,
  webPageJsonLd,
  type JsonLdInput,
} from '../../src/lib/shell/meta';

describe('documentTitle', () => {
  const site = 'Reservasjon mot SmerteReg';
  test('adds the site name after the page title', () => {
    expect(documentTitle('Kontakt', site, false)).toBe('Kontakt – Reservasjon mot SmerteReg');
  });
  test('the front page has its own title only', () => {
    expect(documentTitle('Si nei til SmerteReg', site, true)).toBe('Si nei til SmerteReg');
  });
  test(`a title that would pass ${TITLE_MAX} characters with the site name stands alone`, () => {
    const fits = 'x'.repeat(TITLE_MAX - site.length - 3);
    expect(documentTitle(fits, site, false)).toHaveLength(TITLE_MAX);
    expect(documentTitle(`${fits}y`, site, false)).toBe(`${fits}y`);
  });
});

describe('webPageJsonLd', () => {
  const input: JsonLdInput = {
    title: 'Skjema',
    description: 'Last ned skjemaet.',
    lang: 'nb',
    canonical: 'https://example.invalid/skjema/',
    lastReviewed: '2026-11-27',
    audience: 'pasient',
    sources: [{ label: 'Kilde', url: 'https://example.invalid/kilde' }],
    site: { name: 'Reservasjon mot SmerteReg', url: 'https://example.invalid/' },
    about: 'Registeret (SmerteReg)',
    trail: [],
  };
  test('describes the page, its audience, sources and site', () => {
    const ld = webPageJsonLd(input);
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      name: 'Skjema',
      inLanguage: 'nb',
      url: input.canonical,
      audience: { audienceType: 'Patient' },
      citation: [{ '@type': 'CreativeWork', name: 'Kilde', url: 'https://example.invalid/kilde' }],
      isPartOf: { '@type': 'WebSite', name: input.site.name, url: input.site.url },
      about: { name: 'Registeret (SmerteReg)' },
    });
    expect(ld).not.toHaveProperty('breadcrumb');
  });
  test('every audience has a schema.org audience type', () => {
    expect(Object.keys(AUDIENCE_TYPE).sort()).toEqual(['alle', 'helsepersonell', 'pasient']);
  });
  test('a breadcrumb trail becomes a numbered BreadcrumbList', () => {
    const trail = [
      { name: 'Forside', url: 'https://example.invalid/' },
      { name: 'Skjema', url: 'https://example.invalid/skjema/' },
    ];
    const ld = webPageJsonLd({ ...input, trail }) as { breadcrumb: { itemListElement: unknown[] } };
    expect(ld.breadcrumb.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Forside', item: 'https://example.invalid/' },
      { '@type': 'ListItem', position: 2, name: 'Skjema', item: 'https://example.invalid/skjema/' },
    ]);
  });
  test('text from content cannot close the script element', () => {
    const out = jsonLdScript(webPageJsonLd({ ...input, description: '</script><script>alert(1)</script>' }));
    expect(out).not.toContain('</script');
    expect(JSON.parse(out).description).toBe('</script><script>alert(1)</script>');
  });
});
