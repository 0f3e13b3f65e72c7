/**
 * The public change log as built: /endringer/ lists the entries of content/changelog.yaml newest
 * first; every page links to it from the footer (tests/site/pages.test.ts, in every language);
 * each page the log names shows "Sist endret" beside "Sist gjennomgått", linking to its newest
 * entry, and that entry links back to the page; a page the log does not name shows no "Sist endret".
 */
import { expect, test } from 'vitest';
import { builtPage, builtPages } from '../tools/built-site.ts';
import { readYaml } from '../tools/content.ts';
import { attr, byTag, find, findAll, hasClass, textContent, type Element } from '../tools/html.ts';
import { flat } from '../tools/text.ts';

interface Entry {
  date: string;
  title: string;
  pages: { path: string }[];
}
const log = readYaml('changelog.yaml') as Entry[];
const named = [...new Set(log.flatMap((e) => e.pages.map((p) => p.path)))];
const changelog = builtPage('/endringer/');
const reviewDates = (path: string) =>
  find(byTag(builtPage(path).tree, 'footer')[0]!, (el) => hasClass(el, 'review-dates'));

test('the change log page lists every entry, newest first', () => {
  expect(flat(textContent(byTag(changelog.tree, 'h1')[0]!))).toBe('Endringer på nettstedet');
  const headings = byTag(changelog.main!, 'h2');
  expect(headings).toHaveLength(log.length);
  const dates = headings.map((h) => attr(byTag(h, 'time')[0]!, 'datetime') ?? '');
  expect(dates).toEqual([...dates].sort().reverse());
  log.forEach((entry, i) => expect(flat(textContent(headings[i]!))).toContain(entry.title));
});

test('the footer link to the change log is named so on every bokmål page', () => {
  const names = builtPages()
    .filter((p) => p.lang === 'nb')
    .map((p) => byTag(byTag(p.tree, 'footer')[0]!, 'a', { href: '/endringer/' })[0])
    .map((a) => a && flat(textContent(a)));
  expect(new Set(names)).toEqual(new Set(['Endringer på nettstedet']));
});

test('each page the log names shows "Sist endret", linking to its newest entry, which links back', () => {
  expect(named.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const path of named) {
    const newest = log.find((e) => e.pages.some((p) => p.path === path))!;
    const dates = reviewDates(path);
    const text = dates ? flat(textContent(dates)) : '';
    if (!text.includes('Sist endret') || !text.includes('Sist gjennomgått')) problems.push(`${path}: no "Sist endret"`);
    const link = dates && byTag(dates, 'a')[0];
    const href = (link && attr(link, 'href')) ?? '';
    const time = link && byTag(link, 'time')[0];
    if (!time || attr(time, 'datetime') !== newest.date)
      problems.push(`${path}: the link does not show ${newest.date}`);
    if (!/^\/endringer\/#endring-/.test(href)) {
      problems.push(`${path}: links to ${href}`);
      continue;
    }
    const target = find(changelog.tree, (el) => attr(el, 'id') === href.split('#')[1]);
    if (!target || !flat(textContent(target)).includes(newest.title))
      problems.push(`${path}: ${href} is not «${newest.title}»`);
    const section = findAll(changelog.main!, (el) => el.tagName === 'section' && !!target && contains(el, target))[0];
    if (!section || byTag(section, 'a', { href: path }).length !== 1)
      problems.push(`${path}: ${href} does not link back`);
  }
  expect(problems).toEqual([]);
});

test('a page the log does not name shows no "Sist endret"', () => {
  const unnamed = '/sok/';
  expect(named).not.toContain(unnamed);
  const text = flat(textContent(reviewDates(unnamed)!));
  expect(text).toContain('Sist gjennomgått');
  expect(text).not.toContain('Sist endret');
});

const contains = (outer: Element, inner: Element): boolean => findAll(outer, (el) => el === inner).length > 0;
