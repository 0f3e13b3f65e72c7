/**
 * `innerText` in Node: the text of an element as a browser renders it, for the plain-language and
 * source-coverage checks over dist/. Like the browser (HTML's "rendered text collection steps"):
 * what is not rendered is left out (`hidden`, `display: none` in the site's stylesheet, <noscript>
 * with scripting on, <template>, scripts and styles; visually hidden text stays, it is rendered),
 * block-level boxes start and end a line (a paragraph an empty line), <br> is a line break, white
 * space collapses. Display comes from the browser's defaults and the built stylesheet
 * (tests/tools/css-display.ts) at a 1280 px wide screen, the viewport of the browser tests.
 */
import type { Element, ElementContent, Root } from 'hast';
import { cascaded, parseRules, type Screen } from './css-display.ts';
import { attr } from './html.ts';

/** The browser's own display of elements (the HTML spec's rendering section), where not inline. */
const UA_DISPLAY: Record<string, string> = {
  ...Object.fromEntries(
    (
      'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure ' +
      'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend main menu nav ol optgroup p pre search ' +
      'section summary ul'
    )
      .split(' ')
      .map((t) => [t, 'block']),
  ),
  li: 'list-item',
  table: 'table',
  caption: 'table-caption',
  thead: 'table-header-group',
  tbody: 'table-row-group',
  tfoot: 'table-footer-group',
  tr: 'table-row',
  td: 'table-cell',
  th: 'table-cell',
  ...Object.fromEntries(
    'head script style template noscript title meta link base datalist area param'.split(' ').map((t) => [t, 'none']),
  ),
};

const BLOCK_LEVEL = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-caption', 'flow-root']);
const BLOCKIFY: Record<string, string> = {
  inline: 'block',
  'inline-block': 'block',
  'inline-flex': 'flex',
  'inline-grid': 'grid',
  'inline-table': 'table',
};

/** Elements whose content is not text of the page (replaced elements and form controls). */
const NO_TEXT = new Set(['img', 'svg', 'input', 'textarea', 'select', 'video', 'audio', 'canvas', 'iframe', 'object']);

type Item = string | { breaks: number };

export interface Renderer {
  /** The element's innerText. `path` is its ancestors, nearest first (for the stylesheet's descendant rules). */
  innerText(el: Element, path: readonly Element[]): string;
  /** Whether the element is rendered: neither it nor an ancestor is display: none. */
  isRendered(el: Element, path: readonly Element[]): boolean;
}

export function renderer(css: string, screen: Screen = { width: 1280 }): Renderer {
  const rules = parseRules(css, screen);

  const display = (el: Element, path: readonly Element[], parentDisplay: string | undefined): string => {
    let d =
      cascaded(rules, 'display', el, path) ?? (attr(el, 'hidden') !== undefined ? 'none' : UA_DISPLAY[el.tagName]);
    d ??= 'inline';
    if (d === 'none' || d === 'contents') return d;
    const position = cascaded(rules, 'position', el, path);
    const float = cascaded(rules, 'float', el, path);
    const flexItem = parentDisplay !== undefined && /(^|-)(flex|grid)$/.test(parentDisplay);
    if (position === 'absolute' || position === 'fixed' || (float && float !== 'none') || flexItem)
      d = BLOCKIFY[d] ?? d;
    return d;
  };

  const collect = (node: ElementContent, path: readonly Element[], parentDisplay: string, pre: boolean): Item[] => {
    if (node.type === 'text') return [pre ? node.value : node.value.replace(/[ \t\n\r\f]+/g, ' ')];
    if (node.type !== 'element') return [];
    const d = display(node, path, parentDisplay);
    if (d === 'none') return [];
    if (node.tagName === 'br') return ['\n'];
    if (NO_TEXT.has(node.tagName)) return [];
    const inner = [node, ...path];
    const items = node.children.flatMap((c) => collect(c, inner, d, pre || node.tagName === 'pre'));
    const siblings = (path[0]?.children ?? []).filter((c): c is Element => c.type === 'element');
    const last = siblings.at(-1) === node;
    if (d === 'table-cell' && !last) items.push('\t');
    if (d === 'table-row' && !last) items.push('\n');
    const breaks = node.tagName === 'p' ? 2 : BLOCK_LEVEL.has(d) ? 1 : 0;
    return breaks ? [{ breaks }, ...items, { breaks }] : items;
  };

  const isRendered = (el: Element, path: readonly Element[]): boolean =>
    [el, ...path].every((e, i, all) => display(e, all.slice(i + 1), undefined) !== 'none');

  return {
    isRendered,
    innerText(el, path) {
      if (!isRendered(el, path)) return '';
      const items = collect(el, path, 'block', false);
      // Join: runs of required line breaks become that many newlines (the most of the run), none at
      // the ends; collapsible spaces next to a line end go.
      let out = '';
      let pending = 0;
      for (const item of items) {
        if (typeof item !== 'string') {
          pending = Math.max(pending, item.breaks);
          continue;
        }
        // white space at the start of a line collapses away
        if (/^ +$/.test(item) && (pending > 0 || out === '' || out.endsWith('\n'))) continue;
        if (pending > 0 && out !== '') out = out.replace(/ +$/, '') + '\n'.repeat(pending);
        pending = 0;
        out += item;
      }
      return out
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').replace(/^ | $/g, ''))
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
    },
  };
}

/** Ancestors of `el` in `root`, nearest first (for `innerText(el, path)`). */
export function pathTo(root: Root, el: Element): Element[] {
  const trail: Element[] = [];
  const walk = (n: Root | Element): boolean => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c === el || walk(c)) {
        if (n.type === 'element') trail.push(n);
        return true;
      }
    }
    return false;
  };
  walk(root);
  return trail;
}
