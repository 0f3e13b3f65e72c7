/**
 * The search page does not move under the reader (issue 14): the sum of every layout shift the
 * browser reports (PerformanceObserver, `layout-shift`, shifts right after input left out as
 * CLS does) from opening the page until the results are shown stays ≤ 0.02. It is a sum of the
 * browser's shift scores, not a time, so it does not depend on how fast the machine is. Checked
 * at a phone's size (Lighthouse's mobile screen) and at a desktop size.
 */
import { expect, test } from './fixtures.ts';

const MAX_SHIFT = 0.02;

const SCREENS = [
  { name: 'phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

const CASES = [
  { url: '/sok/', done: /^$/ },
  { url: '/sok/?q=skjema', done: /^\d+ treff for «skjema»$/ },
  { url: '/sok/?q=omsorg', done: /^Ingen treff for «omsorg»\.$/ },
];

for (const screen of SCREENS) {
  test.describe(`layout shift on a ${screen.name}`, () => {
    test.use({
      viewport: screen.viewport,
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });

    for (const { url, done } of CASES) {
      test(`${url}: shifts add up to ≤ ${MAX_SHIFT}`, async ({ page, watch }) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            }[]) {
              if (entry.hadRecentInput) continue;
              const sources = (entry.sources ?? []).map((s) => {
                const el = s.node instanceof Element ? s.node : s.node?.parentElement;
                return el
                  ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
                  : '?';
              });
              w.__shifts.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url);
        // Generous: on a busy machine Pagefind's WebAssembly takes seconds to set up. Speed is not tested here.
        await expect(page.locator('#sok-status')).toHaveText(done, { timeout: 30_000 });
        if (url === '/sok/') await page.waitForLoadState('networkidle'); // Pagefind set up in the background
        // Let the browser lay out and paint what the last change did, and report any shift.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
        );
        const total = shifts.reduce((n, s) => n + s.value, 0);
        expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
        expect(watch.consoleErrors).toEqual([]);
      });
    }
  });
}

/**
 * The results arrive after Pagefind has loaded, so they must not be the page's Largest Contentful
 * Paint (issue 14: LCP ≤ 1.5 s): the largest element on the first screen is the hint under the
 * search field, which is in the HTML. Sizes, not times: the browser's `largest-contentful-paint`
 * entries once the results are shown; the last one names the LCP element.
 */
for (const screen of SCREENS) {
  test.describe(`Largest Contentful Paint on a ${screen.name}`, () => {
    test.use({
      viewport: screen.viewport,
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });

    for (const query of ['skjema', 'reservasjon', 'helsenorge']) {
      test(`/sok/?q=${query}: a static element, not a result`, async ({ page }) => {
        await page.goto(`/sok/?q=${query}`);
        await expect(page.locator('#sok-status')).toHaveText(/^\d+ treff for/, { timeout: 30_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const lcp = await page.evaluate(
          () =>
            new Promise<{ inResults: boolean; element: string; size: number }>((done) =>
              new PerformanceObserver((list) => {
                const last = list.getEntries().at(-1) as unknown as { element: Element | null; size: number };
                done({
                  inResults: !!last.element?.closest('#sok-treff'),
                  element: last.element ? `${last.element.tagName.toLowerCase()}.${last.element.className}` : '?',
                  size: last.size,
                });
              }).observe({ type: 'largest-contentful-paint', buffered: true }),
            ),
        );
        expect(lcp.inResults, `LCP element: ${lcp.element} (${lcp.size} px²)`).toBe(false);
        expect(lcp.element).toBe('p.search-page__help');
      });
    }
  });
}
