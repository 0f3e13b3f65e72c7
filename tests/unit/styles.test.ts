/**
 * The stylesheets' shape (README, "Class names"): one block per file, named as the file and
 * wrapped in its layer, and every file imported by src/styles/index.css, so that every page
 * loads that one stylesheet. Spacing and font sizes on tokens are Stylelint's rule
 * (declaration-property-value-allowed-list in .stylelintrc.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const STYLES = join(SRC, 'styles');

const cssFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => join(SRC, f));

/** Files that are not one component's block: tokens, elements, utilities, print, the index. */
const NOT_BLOCKS = new Set(['tokens.css', 'base.css', 'utilities.css', 'print.css', 'index.css']);

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every selector of every style rule (not at-rules), as written. */
function selectors(css: string): string[] {
  const out: string[] = [];
  for (const m of withoutComments(css).matchAll(/([^{};]+)\{/g)) {
    const prelude = m[1]!.trim();
    if (prelude.startsWith('@')) continue;
    out.push(...splitList(prelude));
  }
  return out;
}

/** A selector list split at its top-level commas (not those inside :is(…)). */
function splitList(prelude: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const c of prelude) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts.map((p) => p.trim());
}

const blockFiles = cssFiles.filter((f) => !NOT_BLOCKS.has(basename(f)));

describe('component stylesheets', () => {
  test('there are some', () => {
    expect(blockFiles.length).toBeGreaterThan(20);
  });

  test.each(blockFiles.map((f) => [relative(SRC, f), f]))('%s holds one block named as the file', (_, file) => {
    const block = basename(file, '.css');
    const leading = selectors(readFileSync(file, 'utf8'))
      .map((s) => /\.([a-z0-9-]+?)(?:__|--|[^a-z0-9-]|$)/.exec(s)?.[1])
      .filter((b) => b !== undefined);
    expect(leading.length, 'rules with a class').toBeGreaterThan(0);
    expect(new Set(leading)).toEqual(new Set([block]));
  });

  test.each(cssFiles.filter((f) => basename(f) !== 'index.css').map((f) => [relative(SRC, f), f]))(
    '%s wraps its rules in its layer',
    (_, file) => {
      const layer = basename(file) === 'tokens.css' ? 'tokens' : basename(file) === 'base.css' ? 'base' : 'components';
      const body = withoutComments(readFileSync(file, 'utf8')).trim();
      expect(body.startsWith(`@layer ${layer} {`)).toBe(true);
      expect(body.endsWith('}')).toBe(true);
      // One layer block: nothing after the closing brace of the first one.
      let depth = 0;
      let end = -1;
      for (let i = 0; i < body.length && end < 0; i++) {
        if (body[i] === '{') depth++;
        else if (body[i] === '}' && --depth === 0) end = i;
      }
      expect(end).toBe(body.length - 1);
    },
  );

  test('index.css imports every stylesheet, in the layer order, and nothing else loads CSS', () => {
    const index = readFileSync(join(STYLES, 'index.css'), 'utf8');
    expect(withoutComments(index)).toMatch(/^\s*@layer tokens, base, components;/);
    const imported = [...index.matchAll(/@import url\("([^"]+)"\)/g)].map((m) => join(STYLES, m[1]!));
    expect(new Set(imported)).toEqual(new Set(cssFiles.filter((f) => basename(f) !== 'index.css')));
    expect(imported.at(-1), 'print.css comes last').toBe(join(STYLES, 'print.css'));
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f));
    const loaders = sources.filter((f) =>
      /import\s+['"][^'"]+\.css['"]|<style[\s>]/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(loaders).toEqual(['components/shell/Head.astro']);
  });
});
