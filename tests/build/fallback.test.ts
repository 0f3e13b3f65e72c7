/**
 * A page a language should have but has not translated is never a dead link: the build makes the
 * bokmål page at the language's URL, with a notice in the reader's language, its <main> marked as
 * bokmål, the bokmål page as canonical, and no place in the sitemap or the language's search index.
 * The same real build proves the loaders' wiring: each collection loads once, the shipped content
 * warns once about each configuration gap and about the missing translation, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { words } from '../../src/i18n/dictionary.ts';
import { fixture } from './helpers.ts';

test('a missing nynorsk page is the bokmål page with a nynorsk notice', { timeout: 180_000 }, () => {
  const f = fixture('fallback');
  f.remove('pages/nn/personvern.mdx');
  const { code, output } = f.run('build');
  expect(code, output).toBe(0);
  const lines = (text: string) => output.split('\n').filter((l) => l.includes(text));
  expect(lines('not configured: secretariat.phone, secretariat.email, secretariat.postalAddress')).toHaveLength(1);
  expect(lines('siteFeedback has no e-mail, phone or url')).toHaveLength(1);
  // Both point to the questions only the registry can answer.
  for (const what of ['not configured: secretariat', 'siteFeedback has no'])
    expect(lines(what)[0]).toContain('docs/questions-for-the-registry.md');
  expect(lines('nn: missing: content/pages/nn/personvern.mdx')).toHaveLength(1);
  expect(lines('has changed since its last change-log entry')).toEqual([]);
  // Built without SITE_URL: one warning, naming the setting, that printed QR codes point nowhere.
  expect(output.match(/SITE_URL is not set: .* QR codes/g)).toHaveLength(1);
  expect(lines('[WARN]').length, output).toBe(4);
  const html = readFileSync(join(f.out, 'nn/personvern/index.html'), 'utf8');
  expect(html).toContain('<html lang="nn"');
  expect(html).toContain(words('nn').shell.fallbackNotice.title);
  expect(html).toMatch(/<main [^>]*lang="nb"/);
  expect(html).not.toMatch(/<main [^>]*data-pagefind-body/);
  const bokmal = readFileSync(join(f.content, 'pages/nb/personvern.mdx'), 'utf8');
  expect(html).toContain(`<h1>${/^title: (.*)$/m.exec(bokmal)![1]}</h1>`);
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/personvern\/">/);
  expect(html).not.toMatch(/<link rel="canonical" href="[^"]*\/nn\/personvern\/">/);
  // Other nynorsk pages still link to it, and its bokmål twin does not offer a nynorsk version.
  expect(readFileSync(join(f.out, 'nn/index.html'), 'utf8')).toContain('href="/nn/personvern/"');
  expect(readFileSync(join(f.out, 'personvern/index.html'), 'utf8')).not.toContain('hreflang="nn"');
  const sitemap = readFileSync(join(f.out, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).not.toContain('/nn/personvern/</loc>');
  expect(sitemap).toContain('/nn/kontakt/</loc>');
});
