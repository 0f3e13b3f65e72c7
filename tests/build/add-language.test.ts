/**
 * The README's recipe "Add a language", followed to the letter on a copy of the project: copy a
 * language's folders, add its row to src/i18n/languages.ts and its import to
 * src/i18n/dictionary.ts, name its files. The throwaway language "xx" is English under another
 * code, so the test proves the wiring, not a translation: the build passes, the language gets its
 * pages, its words, its files and its place among the others, and a page it lacks is the bokmål
 * page with its own notice.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'tests/.tmp/add-language');

/** Replaces `from` with `to` in a file of the copy; a recipe step that changes nothing is an error. */
function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(DIR, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`recipe step on ${file} changed nothing: is the README out of date?`);
  writeFileSync(path, after);
}

test(
  'a language added by the README recipe builds with its pages, words, files and twins',
  { timeout: 300_000 },
  () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(join(ROOT, f), join(DIR, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(DIR, 'node_modules'));

    // 1. Copy the folders of a language with the same pages (English: the patient pages).
    cpSync(join(DIR, 'src/i18n/en'), join(DIR, 'src/i18n/xx'), { recursive: true });
    cpSync(join(DIR, 'content/pages/en'), join(DIR, 'content/pages/xx'), { recursive: true });
    cpSync(join(DIR, 'content/words/en'), join(DIR, 'content/words/xx'), { recursive: true });
    // 2. One row in languages.ts, one import in dictionary.ts.
    edit(
      'src/i18n/languages.ts',
      /\] as const satisfies readonly Language\[\];/,
      "  { code: 'xx', name: 'Testspråk', htmlLang: 'xx', ogLocale: 'xx_XX', pdfLang: 'xx', dateLocales: ['en-GB'], scope: 'patient' },\n] as const satisfies readonly Language[];",
    );
    edit(
      'src/i18n/dictionary.ts',
      "import en from './en/index.ts';",
      "import en from './en/index.ts';\nimport xx from './xx/index.ts';",
    );
    edit('src/i18n/dictionary.ts', '{ nb, nn, en }', '{ nb, nn, en, xx }');
    // 3. Its own file names (the copied ones say "english").
    edit('src/i18n/xx/downloads.ts', /-english'/g, "-testsprak'");
    // A page the new language has not translated yet: shown in bokmål with the language's notice.
    rmSync(join(DIR, 'content/pages/xx/personvern.mdx'));

    const out = join(DIR, 'dist');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: DIR,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        // Its own cache: the copy's node_modules is the project's, and so would Astro's cache be.
        SMERTEREG_CACHE_DIR: join(DIR, 'cache'),
        SMERTEREG_OUT_DIR: join(DIR, 'dist'),
        SMERTEREG_CONTENT_DIR: join(DIR, 'content'),
      },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    // The build says what the new language lacks, naming it.
    expect(output).toMatch(/xx: missing: content\/pages\/xx\/personvern\.mdx/);

    const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    const front = html('xx');
    expect(front).toMatch(/<html lang="xx"/);
    expect(front).toContain('Opting out of SmerteReg');
    // The other languages link to it as a twin; it links to them.
    expect(html('')).toMatch(/<link rel="alternate" hreflang="xx" href="[^"]*\/xx\/"/);
    expect(html('')).toMatch(/<a href="\/xx\/" lang="xx" hreflang="xx">Testspråk<\/a>/);
    expect(front).toMatch(/<link rel="alternate" hreflang="nn" href="[^"]*\/nn\/"/);
    // Its patient pages are there; clinician pages stay Norwegian (its scope is "patient").
    expect(existsSync(join(out, 'xx/reservasjon/skjema/index.html'))).toBe(true);
    expect(existsSync(join(out, 'xx/helsepersonell/index.html'))).toBe(false);
    // Its own form, under its own name.
    expect(readdirSync(join(out, 'skjema')).some((f) => /^opt-out-form-testsprak-[0-9a-f]{8}\.pdf$/.test(f))).toBe(
      true,
    );
    // The page it lacks: bokmål text, its notice, the bokmål page as canonical.
    const fallback = html('xx/personvern');
    expect(fallback).toMatch(/<html lang="xx"/);
    expect(fallback).toContain('This page is only in Norwegian');
    expect(fallback).toMatch(/<main [^>]*lang="nb"/);
    // The sitemap lists its pages, not the fallback.
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/xx/reservasjon/</loc>');
    expect(sitemap).not.toContain('/xx/personvern/</loc>');
  },
);
