/** The content schemas accept the shipped content and reject bad examples with the field named. */
import { describe, expect, test } from 'vitest';
import {
  isReviewOverdue,
  methodSchema,
  methodPlaceSchema,
  methodWordsSchema,
  routePlaceSchema,
  routeWordsSchema,
  feedbackChannels,
  missingContactFields,
  pageSchema,
  registrySchema,
  routeSchema,
} from '../../src/lib/content/schemas';
import { brokenMethodPages, brokenSourceKeys } from '../../src/lib/content/references';
import { fill, resolveHref } from '../../src/lib/content/fill';
import { breadcrumbs, pathOf } from '../../src/lib/content/site';
import { LANGS } from '../../src/i18n/languages';
import { readMethods, readRoutes, readYaml as yaml } from '../tools/content';

const registry = registrySchema.parse(yaml('registry.yaml'));

const goodPage = {
  title: 'Kontakt',
  description: 'Slik kontakter du registersekretariatet.',
  audience: 'alle',
  lastReviewed: '2026-11-27',
  nextReview: '2027-05-27',
  sources: [{ label: 'Kilde', url: 'https://helse-bergen.no/' }],
};
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('shipped content', () => {
  test('registry, routes and methods parse', () => {
    expect(registry.deadlineDays).toBe(30);
    for (const r of Object.values(yaml('routes.yaml'))) routePlaceSchema.parse(r);
    for (const m of Object.values(yaml('methods.yaml'))) methodPlaceSchema.parse(m);
    for (const lang of LANGS) {
      expect(readRoutes(lang).map(({ id: _, ...r }) => routeSchema.parse(r))).toHaveLength(4);
      expect(readMethods(lang).map(({ id: _, ...m }) => methodSchema.parse(m))).toHaveLength(4);
    }
  });
  test('four routes and four methods, in the source document order', () => {
    expect(Object.keys(yaml('routes.yaml'))).toEqual(['behandler', 'sekretariat', 'helsenorge', 'smertereg']);
    expect(Object.keys(yaml('methods.yaml'))).toEqual(['helsenorge', 'behandler', 'skjema', 'edialog']);
  });
  test('no contact detail is shipped: they are deployment configuration', () => {
    expect(missingContactFields(registry)).toEqual([
      'secretariat.phone',
      'secretariat.email',
      'secretariat.postalAddress',
    ]);
  });
});

describe('page front matter', () => {
  test('a good page passes, keywords default to empty', () => {
    const page = pageSchema.parse(goodPage);
    expect(page.keywords).toEqual([]);
  });
  test.each([
    ['malformed date', { lastReviewed: '2026-13-45' }, 'lastReviewed'],
    ['impossible date', { nextReview: '2027-02-30' }, 'nextReview'],
    ['unquoted (Date object) date', { lastReviewed: new Date('2026-11-27') }, 'lastReviewed'],
    ['unknown audience', { audience: 'lege' }, 'audience'],
    ['empty title', { title: '  ' }, 'title'],
    ['source without URL', { sources: [{ label: 'x' }] }, 'sources.0.url'],
    ['no sources', { sources: [] }, 'sources'],
    ['unknown field', { forfatter: 'Ola' }, ''],
  ])('%s is refused, naming the field', (_, change, field) => {
    const issues = issuesOf(pageSchema.safeParse({ ...goodPage, ...change }));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((i) => i.startsWith(`${field}:`) || (field === '' && /forfatter/.test(i)))).toBe(true);
  });
  test('a missing field is refused, naming it', () => {
    const { description: _, ...withoutDescription } = goodPage;
    expect(issuesOf(pageSchema.safeParse(withoutDescription))[0]).toMatch(/^description:/);
  });
  test('review dates compare as calendar dates', () => {
    expect(isReviewOverdue('2026-11-26', new Date('2026-11-27T12:00:00Z'))).toBe(true);
    expect(isReviewOverdue('2026-11-27', new Date('2026-11-27T12:00:00Z'))).toBe(false);
  });
});

describe('registry', () => {
  const base = yaml('registry.yaml');
  test.each([
    ['http URL', { urls: { ...base.urls, smertereg: 'http://helse-bergen.no/' } }, 'urls.smertereg'],
    ['bad e-mail', { secretariat: { ...base.secretariat, email: 'ikke-epost' } }, 'secretariat.email'],
    ['letters in phone', { secretariat: { ...base.secretariat, phone: 'ring oss' } }, 'secretariat.phone'],
    ['deadline as text', { deadlineDays: '30' }, 'deadlineDays'],
    ['bad feedback e-mail', { siteFeedback: { ...base.siteFeedback, email: 'ikke-epost' } }, 'siteFeedback.email'],
    [
      'http feedback page',
      { siteFeedback: { ...base.siteFeedback, url: 'http://example.invalid/' } },
      'siteFeedback.url',
    ],
  ])('%s is refused, naming the field', (_, change, field) => {
    const issues = issuesOf(registrySchema.safeParse({ ...base, ...change }));
    expect(issues.some((i) => i.startsWith(`${field}:`))).toBe(true);
  });
  test('the feedback contact ships empty, and any one channel counts as configured', () => {
    expect(feedbackChannels(registrySchema.parse(base))).toEqual([]);
    const { siteFeedback: _, ...withoutFeedback } = base;
    expect(feedbackChannels(registrySchema.parse(withoutFeedback))).toEqual([]);
    expect(
      feedbackChannels(
        registrySchema.parse({ ...base, siteFeedback: { url: 'https://tilbakemelding.test.invalid/' } }),
      ),
    ).toEqual(['url']);
  });
  test('a configured detail is kept; empty means not configured', () => {
    const set = registrySchema.parse({ ...base, secretariat: { phone: '00 00 00 01', email: '', postalAddress: ' ' } });
    expect(set.secretariat.phone).toBe('00 00 00 01');
    expect(missingContactFields(set)).toEqual(['secretariat.email', 'secretariat.postalAddress']);
  });
});

describe('methods and routes', () => {
  const m = { ...yaml('methods.yaml').skjema, ...yaml('words/nb/methods.yaml').skjema };
  test.each([
    ['no steps', { steps: [] }, 'steps'],
    ['external page', { page: 'https://example.org/' }, 'page'],
    ['missing question', { question: undefined }, 'question'],
    ['"Deg som" in suits (it continues "Passer for deg som …")', { suits: 'Deg som vil skrive.' }, 'suits'],
    ['no clinician text', { clinician: undefined }, 'clinician'],
  ])('a method with %s is refused', (_, change, field) => {
    expect(issuesOf(methodSchema.safeParse({ ...m, ...change })).some((i) => i.startsWith(`${field}:`))).toBe(true);
  });
  test("a method's words are checked as words, its place as place", () => {
    expect(issuesOf(methodWordsSchema.safeParse({ ...yaml('words/nb/methods.yaml').skjema, page: '/x/' }))).toEqual([
      ': Unrecognized key: "page"',
    ]);
  });
  test('a route link must be a registry URL key or an internal path', () => {
    const r = yaml('routes.yaml').helsenorge;
    expect(routePlaceSchema.safeParse({ ...r, link: { href: 'https://evil.example/' } }).success).toBe(false);
    expect(routeWordsSchema.safeParse({ ...yaml('words/nb/routes.yaml').helsenorge, linkLabel: '' }).success).toBe(
      false,
    );
  });
});

describe('references between collections', () => {
  test('a method whose page does not exist is reported with file, method and field', () => {
    const problems = brokenMethodPages(
      [
        { id: 'skjema', page: '/reservasjon/skjema/' },
        { id: 'brevdue', page: '/reservasjon/brevdue/' },
      ],
      ['index', 'reservasjon', 'reservasjon/skjema'],
    );
    expect(problems).toEqual([
      'content/methods.yaml: brevdue: field "page": "/reservasjon/brevdue/" is not a page in content/pages/nb/ ' +
        '(expected a file such as content/pages/nb/reservasjon/brevdue.mdx)',
    ]);
  });
  test('every shipped method names an existing page', () => {
    const pageIds = [
      'index',
      'reservasjon/helsenorge',
      'reservasjon/behandler',
      'reservasjon/skjema',
      'reservasjon/edialog',
    ];
    const methods = Object.entries(yaml('methods.yaml') as Record<string, { page: string }>).map(([id, m]) => ({
      id,
      page: m.page,
    }));
    expect(brokenMethodPages(methods, pageIds)).toEqual([]);
  });
  test('sources take a URL or a registry URL key; an unknown key is reported with file and field', () => {
    const sources = [
      { label: 'A', url: 'url:smertereg' },
      { label: 'B', url: 'https://www.uutilsynet.no/' },
      { label: 'C', url: 'url:nope' },
    ];
    expect(pageSchema.safeParse({ ...goodPage, sources }).success).toBe(true);
    expect(issuesOf(pageSchema.safeParse({ ...goodPage, sources: [{ label: 'x', url: 'smertereg' }] })).join()).toMatch(
      /sources\.0\.url/,
    );
    expect(
      brokenSourceKeys(
        [{ id: 'a', filePath: 'content/pages/nb/a.mdx', data: { sources } }],
        Object.keys(registry.urls),
      ),
    ).toEqual([
      `content/pages/nb/a.mdx: field "sources.2.url": "url:nope" is not a URL key in content/registry.yaml (known keys: ${Object.keys(registry.urls).join(', ')})`,
    ]);
  });
  test('a page no longer names its method or route: the fields are refused', () => {
    expect(issuesOf(pageSchema.safeParse({ ...goodPage, method: 'skjema' })).join('\n')).toMatch(/method/);
    expect(issuesOf(pageSchema.safeParse({ ...goodPage, route: 'behandler' })).join('\n')).toMatch(/route/);
  });
});

describe('helpers', () => {
  test('placeholders are filled from the registry; an unknown one is an error', () => {
    expect(fill('senest {deadlineDays} dager, arkiv {archiveSystem}', registry)).toBe(
      'senest 30 dager, arkiv Elements',
    );
    expect(() => fill('{frist}', registry)).toThrow(/Unknown placeholder \{frist\}/);
  });
  test('registry URL keys resolve; unknown keys are an error', () => {
    expect(resolveHref('url:edialog', registry)).toBe(registry.urls.edialog);
    expect(resolveHref('/skjema/', registry)).toBe('/skjema/');
    expect(() => resolveHref('url:nope', registry)).toThrow(/Unknown registry URL/);
  });
  test('URLs and breadcrumbs follow the file tree', () => {
    const pages = ['index', 'reservasjon', 'reservasjon/skjema'].map((id) => ({ id, data: { title: id, order: 1 } }));
    expect(pathOf('index')).toBe('/');
    expect(pathOf('reservasjon/skjema')).toBe('/reservasjon/skjema/');
    expect(breadcrumbs('reservasjon/skjema', pages).map((p) => p.id)).toEqual(['index', 'reservasjon']);
    expect(breadcrumbs('index', pages)).toEqual([]);
  });
});
