/**
 * The public change log: /endringer/ lists the entries of content/changelog.yaml newest first;
 * every page links to it from the footer; each page the log names shows "Sist endret" beside
 * "Sist gjennomgått", linking to its newest entry, and that entry links back to the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

interface Entry {
  date: string;
  title: string;
  pages: { path: string }[];
}
const log = parse(readFileSync(resolve(import.meta.dirname, '../../content/changelog.yaml'), 'utf8')) as Entry[];
const named = [...new Set(log.flatMap((e) => e.pages.map((p) => p.path)))];

test('the change log page lists every entry, newest first', async ({ page }) => {
  await page.goto('/endringer/');
  await expect(page.locator('h1')).toHaveText('Endringer på nettstedet');
  const headings = page.locator('main h2');
  await expect(headings).toHaveCount(log.length);
  const dates = await page
    .locator('main h2 time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const [i, entry] of log.entries()) await expect(headings.nth(i)).toContainText(entry.title);
});

test('every page links to the change log from the footer', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ['/', '/reservasjon/', '/om-smertereg/', '/helsepersonell/']) {
    await page.goto(path);
    await expect(page.locator('footer').getByRole('link', { name: 'Endringer på nettstedet' })).toHaveAttribute(
      'href',
      '/endringer/',
    );
  }
});

test('each page the log names shows "Sist endret", linking to its newest entry, which links back', async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of named) {
    const newest = log.find((e) => e.pages.some((p) => p.path === path))!;
    await page.goto(path);
    const dates = page.locator('footer .review-dates');
    await expect(dates, path).toContainText('Sist endret');
    await expect(dates, path).toContainText('Sist gjennomgått');
    const link = dates.getByRole('link');
    await expect(link.locator('time'), path).toHaveAttribute('datetime', newest.date);
    const href = await link.getAttribute('href');
    expect(href, path).toMatch(/^\/endringer\/#endring-/);
    await link.click();
    const entry = page.locator(`[id="${href!.split('#')[1]}"]`);
    await expect(entry, path).toContainText(newest.title);
    await expect(page.locator('section', { has: entry }).locator(`a[href="${path}"]`), path).toHaveCount(1);
  }
});

test('a page the log does not name shows no "Sist endret"', async ({ page }) => {
  const unnamed = '/sok/';
  expect(named).not.toContain(unnamed);
  await page.goto(unnamed);
  await expect(page.locator('footer .review-dates')).toContainText('Sist gjennomgått');
  await expect(page.locator('footer .review-dates')).not.toContainText('Sist endret');
});
