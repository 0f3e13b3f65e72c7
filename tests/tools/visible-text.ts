/**
 * The visible text of a built page's <main>, read from the HTML in dist/ without a browser: close
 * to what `innerText` gives (tests/e2e/plain-language.spec.ts measures that): what is not rendered
 * is left out (`hidden`, the hidden search-keyword line, <template>, <noscript> with scripting on,
 * scripts, styles, SVG), visually hidden text stays (it is rendered), each block-level element
 * starts and ends a line, <br> breaks a line, and white space collapses.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

const BLOCK = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table tr td th ul'
  ).split(' '),
);
const NOT_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'img', 'input', 'textarea', 'select']);

export function findElement(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The visible text of an element, one block per line. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: RootContent) => {
    if (node.type === 'text') out += node.value.replace(/\s+/g, ' ');
    if (node.type !== 'element') return;
    if (node.properties.hidden !== undefined && node.properties.hidden !== false) return;
    if (NOT_RENDERED.has(node.tagName)) return;
    if (node.tagName === 'br') out += '\n';
    const block = BLOCK.has(node.tagName);
    if (block) out += '\n';
    node.children.forEach(walk);
    if (block) out += '\n';
  };
  el.children.forEach(walk);
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The visible text of <main> in a built HTML file. */
export function mainText(file: string): string {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const main = findElement(tree, (e) => e.tagName === 'main');
  if (!main) throw new Error(`${file}: no <main>`);
  return visibleText(main);
}
