/**
 * Shared e2e fixture: every page load is watched for console errors, CSP violations
 * and requests that leave 127.0.0.1. Off-site requests are blocked and recorded, so a
 * test can assert that none was even attempted.
 */
import { test as base, expect } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  offsite: string[];
  cspViolations: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, context }, use) => {
    const watch: Watch = { consoleErrors: [], offsite: [], cspViolations: [] };
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      watch.offsite.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
    await page.exposeFunction('__reportCsp', (text: string) => watch.cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(watch);
  },
});

export { expect };
