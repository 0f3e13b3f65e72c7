/**
 * Reading built HTML in Node (hast, from hast-util-from-html): find elements, read attributes and
 * text, without a browser. The tests over dist/ (tests/site/) use these; what a browser would
 * render as text is tests/tools/inner-text.ts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export type { Element, Root };
type Node = Root | RootContent | ElementContent;

export const parseHtml = (html: string): Root => fromHtml(html);

export const isElement = (node: Node, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

/** Every element below `node` (depth first, document order) for which `test` holds. */
export function findAll(node: Node, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n.type === 'element' && test(n)) out.push(n);
    if ('children' in n) n.children.forEach(walk);
    // <template> content is a separate fragment in hast
    if (n.type === 'element' && n.content) walk(n.content);
  };
  if ('children' in node) node.children.forEach(walk);
  return out;
}

export const find = (node: Node, test: (el: Element) => boolean): Element | undefined => findAll(node, test)[0];

/** An attribute as written in the HTML (hast keeps properties in camelCase: hrefLang, ariaLabel, className). */
export function attr(el: Element, name: string): string | undefined {
  const wanted = name === 'class' ? 'classname' : name === 'for' ? 'htmlfor' : name.replace(/-/g, '').toLowerCase();
  const key = Object.keys(el.properties).find((k) => k.toLowerCase() === wanted);
  const value = key === undefined ? undefined : el.properties[key];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(' ').includes(name);

/** Elements by tag and, optionally, attributes that must equal the given values. */
export const byTag = (node: Node, tag: string, attrs: Record<string, string> = {}): Element[] =>
  findAll(node, (el) => el.tagName === tag && Object.entries(attrs).every(([k, v]) => attr(el, k) === v));

/** The element's text as the DOM's textContent gives it (no spaces added between elements). */
export function textContent(node: Node, skip: (el: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && skip(node)) return '';
  if (!('children' in node)) return '';
  return node.children.map((c) => textContent(c, skip)).join('');
}

/** The text with a space wherever a tag was, white space collapsed: words never glue across elements. */
export function spacedText(node: Node, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && skip(n)) return;
    else if ('children' in n) {
      parts.push(' ');
      n.children.forEach(walk);
      parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The ancestors of `target` in `root`, nearest first (empty when it is not inside). */
export function ancestors(root: Node, target: Element): Element[] {
  const path: Element[] = [];
  const walk = (n: Node): boolean => {
    if (n === target) return true;
    if (!('children' in n)) return false;
    for (const c of n.children) {
      if (walk(c)) {
        if (n.type === 'element') path.push(n);
        return true;
      }
    }
    return false;
  };
  walk(root);
  return path;
}
