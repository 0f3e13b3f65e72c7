/**
 * What a strict editorial read found (issue 9) stays fixed, on the built pages: every statement as
 * the sources say it, per method, and nothing the sources do not say. The change log (/endringer/
 * in every language) quotes the removed wording on purpose, so it is left out of the phrase checks.
 */
import { describe, expect, test } from 'vitest';
import { builtPage, builtPages, DIST, isRendered, renderedText, type BuiltPage } from '../tools/built-site.ts';
import { ancestors, attr, byTag, findAll, spacedText, textContent } from '../tools/html.ts';
import { flat } from '../tools/text.ts';
import { sitemapPaths } from '../tools/sitemap.ts';

/** Claims no source supports, or wording the editor replaced. */
const NEVER: [RegExp, string][] = [
  [/forelder eller verge/i, 'no source says who may sign for the patient'],
  [/Alle er like gode/, 'no source compares the four ways'],
  [/Hvis du ombestemmer deg/i, 'no source says what happens if the patient changes their mind'],
  [/den offentlige nettsiden/i, 'no source describes helsenorge.no so'],
  [/PID er (nummeret|pasientens nummer)/i, 'the PID format is unknown'],
  [
    /(telefonnummer|e-postadresse|postadresse)[^.]*(finner du|står) på nettsiden/i,
    "no source says what SmerteReg's page lists",
  ],
  [/Alle feltene må fylles ut/i, 'only name and fødselsnummer are needed'],
  [/reserverer du deg mot SmerteReg\b/, '"mot registrering i SmerteReg"'],
  [/Passer for\s+Deg som/, '"Passer for deg som"'],
  [/Ingen innhold/, '"Ikke noe innhold"'],
  [/§ 24 og videre/, '"§§ 24 flg."'],
  [/\bsi(?:er)? (?:fra|det) muntlig/i, 'pleonasm: "si fra til behandleren"'],
];

/** The text of a page's <main> as served (every element, hidden ones too), without the search keywords. */
const mainText = (p: BuiltPage) =>
  spacedText(p.main!, (el) => el.tagName === 'p' && attr(el, 'data-pagefind-meta') !== undefined);
/** What a reader sees of a page's <main> (innerText). */
const seen = (path: string) => flat(renderedText(builtPage(path)));

test('no page states what the sources do not say, or the wording the editor replaced', () => {
  const listed = new Set(sitemapPaths(DIST));
  const pages = builtPages().filter((p) => listed.has(p.path) && p.id !== 'endringer');
  expect(pages.length).toBeGreaterThan(40);
  const found = pages.flatMap((p) =>
    NEVER.filter(([re]) => re.test(mainText(p))).map(([re, why]) => `${p.path}: ${re} (${why})`),
  );
  expect(found).toEqual([]);
});

test('the 30-day rule is stated for the direct routes only (form, eDialog)', () => {
  for (const [path, stated] of [
    ['/reservasjon/skjema/', true],
    ['/reservasjon/edialog/', true],
    ['/reservasjon/helsenorge/', false],
    ['/reservasjon/behandler/', false],
  ] as const) {
    const text = mainText(builtPage(path));
    if (stated) expect(text, path).toMatch(/senest 30 dager etter at de har mottatt/);
    else {
      expect(text, path).not.toMatch(/30 dager/);
      expect(text, path).toMatch(/spørre registersekretariatet/);
    }
  }
});

test('the helsenorge steps carry the warning that the screens may change and SmerteReg may be missing', () => {
  for (const path of ['/reservasjon/helsenorge/', '/helsenorge-veiledning/']) {
    const p = builtPage(path);
    // The section that holds the steps (a list naming «Personverninnstillinger»).
    const section = findAll(
      p.main!,
      (el) =>
        el.tagName === 'section' && byTag(el, 'ol').length > 0 && textContent(el).includes('Personverninnstillinger'),
    )[0];
    expect(section, path).toBeDefined();
    expect(flat(renderedText(p, section)), path).toContain('Skjermbildene på helsenorge.no kan endre seg');
    expect(flat(renderedText(p, section)), path).toContain('ikke sikkert at SmerteReg står i listen');
  }
});

describe('/helsepersonell/', () => {
  const p = builtPage('/helsepersonell/');

  test('leads with what to say and the oral procedure, the checklist linked before the first section', () => {
    const h2 = byTag(p.main!, 'h2');
    expect(h2.slice(0, 2).map((h) => flat(textContent(h)))).toEqual([
      'Hva du sier til pasienten',
      'Når pasienten sier fra til deg',
    ]);
    const order = findAll(p.main!, (el) => el === h2[0] || attr(el, 'href') === '/helsepersonell/huskeliste/');
    expect(order[0]?.tagName, 'the checklist link comes first').toBe('a');
  });

  test('speaks to the clinician, not to the patient', () => {
    expect(seen('/helsepersonell/')).not.toMatch(/Spør behandleren din|behandleren din/);
  });
});

test("the form is this site's: pages about the form link to /skjema/", () => {
  for (const path of ['/reservasjon/skjema/', '/helsepersonell/', '/helsepersonell/huskeliste/']) {
    expect(seen(path), path).not.toMatch(/skjema[^.]*på nettsiden til SmerteReg/i);
  }
  const p = builtPage('/reservasjon/skjema/');
  expect(byTag(p.main!, 'a', { href: '/skjema/' }).length).toBeGreaterThan(0);
});

test('accessibility feedback goes to a configured contact; unset, the page says so and guesses nothing', () => {
  const p = builtPage('/tilgjengelighet/');
  const heading = byTag(p.main!, 'h2').find((h) => flat(textContent(h)) === 'Fant du noe som ikke virker?');
  expect(heading).toBeDefined();
  // The heading is followed by what to do, shown.
  const parent = ancestors(p.tree, heading!)[0]!;
  const next = parent.children.slice(parent.children.indexOf(heading!) + 1).find((c) => c.type === 'element');
  expect(next && isRendered(p, next) && flat(textContent(next)).length).toBeGreaterThan(10);
  const text = seen('/tilgjengelighet/');
  expect(text).toMatch(/Det er ennå ikke satt opp en egen kontakt for tilbakemeldinger om nettstedet/);
  expect(text).not.toMatch(/Si fra til registersekretariatet/);
  expect(findAll(p.main!, (el) => /^(mailto|tel):/.test(attr(el, 'href') ?? ''))).toEqual([]);
});

/**
 * helse-bergen.no/rett-til-innsyn-retting-sletting-og-reservasjon is Norsk pandemiregister's page
 * (facts.md B, correction), and what it says is kept after an opt-out is NoPaR's rule, not a known
 * fact about SmerteReg (facts.md C). Neither the page nor the rule, in any language's wording, may
 * come back on any built page, the change log and the 404 pages included.
 */
const NOPAR_PAGE = 'helse-bergen.no/rett-til-innsyn-retting-sletting-og-reservasjon';
const RETENTION: RegExp[] = [
  /registrert på nytt/i, // nb, nn: «… for at du ikke/ikkje skal bli registrert på nytt»
  /\b(?:tar|tek) (?:bare|berre) vare på|\b(?:bare|berre) det som trengs?t? for at/i, // nb, nn: «tar bare vare på …»
  /registered again|only keeps what|only what is needed/i, // en
];
test("no built page cites NoPaR's page or states its rule on what is kept after an opt-out", () => {
  const pages = builtPages();
  expect(pages.length, 'HTML pages in dist/').toBeGreaterThan(50);
  const found = pages.flatMap((p) => [
    ...(p.html.includes(NOPAR_PAGE) ? [`${p.path}: ${NOPAR_PAGE}`] : []),
    ...RETENTION.filter((re) => re.test(flat(spacedText(p.tree)))).map((re) => `${p.path}: ${re}`),
  ]);
  expect(found).toEqual([]);
});
