/**
 * The first screen on a phone (375 × 667 CSS px, no scrolling): a patient on the front page sees
 * how to start, one clear link to the four ways to opt out, whole and inside the viewport.
 */
import { expect, test } from './fixtures.ts';

const PHONE = { width: 375, height: 667 };

test("on a phone, the way to opt out is on the front page's first screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const start = page.locator('main').getByRole('link', { name: /Jeg er pasient/ });
  await expect(start).toHaveAttribute('href', '/reservasjon/');
  await expect(start).toBeVisible();
  const box = await start.boundingBox();
  expect(box, 'the link has a box').not.toBeNull();
  // The whole link, not just its top edge, is inside the first screen.
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(
    box!.y + box!.height,
    `link ends at ${box!.y + box!.height}px; the screen is ${PHONE.height}px`,
  ).toBeLessThanOrEqual(PHONE.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  // …and it leads to the four ways.
  await start.click();
  await expect(page).toHaveURL(/\/reservasjon\/$/);
  await expect(page.locator('main .method-list__item')).toHaveCount(4);
});
