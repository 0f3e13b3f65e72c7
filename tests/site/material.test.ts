/**
 * The printed material (issue 20 §4), as built: the clinicians' page /helsepersonell/materiell/ in
 * bokmål and nynorsk lists every document that has a file, with its paper, how to print it, and
 * one download per language whose file is in dist/ and whose stated size is that file's; the
 * clinician page, the checklist and the site map link it; the English opt-out page links the
 * English leaflets. Driven by the download table, so a document that gets a file is checked
 * without a change here.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { materialFor } from '../../src/lib/downloads/material.ts';
import { formatSize, hreflangOf, parseDownloadId } from '../../src/lib/downloads/downloads.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { prefixOf } from '../../src/i18n/languages.ts';
import { builtPage, DIST } from '../tools/built-site.ts';
import { attr, byTag, findAll, hasClass, textContent } from '../tools/html.ts';
import { flat } from '../tools/text.ts';

for (const lang of ['nb', 'nn'] as const) {
  const path = `${prefixOf(lang)}/helsepersonell/materiell/`;
  test(`${path}: every document with a file, its paper and sides, a download per language of the file's own size`, () => {
    const say = words(lang).downloads;
    const items = materialFor(lang);
    expect(items.map((i) => i.doc)).toEqual(expect.arrayContaining(['form', 'checklist']));
    const sections = findAll(builtPage(path).main!, (el) => hasClass(el, 'material-list__item'));
    expect(sections.map((s) => flat(textContent(byTag(s, 'h2')[0]!)))).toEqual(
      items.map((i) => say.documents[i.doc].name),
    );
    items.forEach((item, n) => {
      const section = sections[n]!;
      const facts = byTag(section, 'dd').map((dd) => flat(textContent(dd)));
      expect(facts[0], item.doc).toMatch(item.doc === 'poster' ? /^A4\b.*\bA3\b/ : /^A4$/);
      expect(facts[1], item.doc).toBe(item.doc === 'leaflet' ? say.printing.twoSided : say.printing.oneSided);
      const links = findAll(section, (el) => el.tagName === 'a' && hasClass(el, 'download'));
      const langs = item.ids.map((id) => parseDownloadId(id).lang);
      // One link per language the document exists in, the page's language first when it has one.
      expect(langs[0] === lang || !langs.includes(lang), `${item.doc}: the page's language first`).toBe(true);
      expect(links).toHaveLength(item.ids.length);
      langs.forEach((fileLang, i) => {
        const link = links[i]!;
        const href = attr(link, 'href')!;
        expect(attr(link, 'hreflang'), href).toBe(hreflangOf(fileLang));
        expect(flat(textContent(link)), href).toContain(say.documents[item.doc].download);
        const bytes = statSync(join(DIST, href)).size;
        expect(flat(textContent(link)), `${href} states its own size`).toContain(`, ${formatSize(bytes, say)})`);
      });
    });
  });

  test(`${prefixOf(lang) || 'bokmål'}: the clinician page, the checklist and the site map link the page of printed material`, () => {
    const target = `${prefixOf(lang)}/helsepersonell/materiell/`;
    for (const from of ['/helsepersonell/', '/helsepersonell/huskeliste/', '/nettstedskart/']) {
      const links = byTag(builtPage(`${prefixOf(lang)}${from}`).main!, 'a', { href: target });
      expect(links, `${prefixOf(lang)}${from}`).toHaveLength(1);
    }
  });
}

test('the English opt-out page links the English leaflets once they exist, and the easy-read page', () => {
  const say = words('en').downloads;
  const items = materialFor('en', { docs: ['leaflet', 'easyRead'], ownLanguageOnly: true });
  const main = builtPage('/en/reservasjon/').main!;
  const links = findAll(main, (el) => el.tagName === 'a' && hasClass(el, 'download'));
  expect(links).toHaveLength(items.length);
  items.forEach((item, i) => {
    expect(attr(links[i]!, 'hreflang')).toBe('en');
    expect(flat(textContent(links[i]!))).toContain(say.documents[item.doc].download);
  });
  // The heading over the links is there exactly when there is something under it.
  const onPaper = byTag(main, 'h2').filter((h) => flat(textContent(h)) === 'On paper');
  expect(onPaper).toHaveLength(items.length > 0 ? 1 : 0);
  expect(byTag(main, 'a', { href: '/en/lettlest/' }).length).toBeGreaterThan(0);
});
