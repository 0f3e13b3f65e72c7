/**
 * Which elements of a built page a browser renders, and how (block or inline), from the site's own
 * stylesheet: enough of CSS to emulate `innerText` in Node (tests/tools/inner-text.ts). It reads the
 * rules that set `display`, `position` or `float` on a screen of a given width with scripting on,
 * applies the cascade (layers, !important, specificity, order) over the browser's defaults, and
 * blockifies absolutely positioned, floated and flex or grid children as CSS does. A selector or
 * media query it does not know throws, so a new stylesheet rule cannot be silently misread.
 */
import type { Element } from 'hast';
import { attr, hasClass } from './html.ts';

export interface Screen {
  /** Viewport width in CSS px (Playwright's "Desktop Chrome": 1280). */
  width: number;
}

interface Rule {
  selector: string;
  prop: 'display' | 'position' | 'float';
  value: string;
  important: boolean;
  /** 0 for the browser's defaults; then layers in order; unlayered highest. */
  layer: number;
  order: number;
}

const REM = 16;

/** Whether a media query list applies on `screen` (screen media, scripting on). */
function mediaMatches(list: string, screen: Screen): boolean {
  const feature = (f: string): boolean => {
    if (f === 'screen' || f === 'all') return true;
    if (f === 'print') return false;
    if (/^\(scripting:\s*none\)$/.test(f)) return false;
    const range = /^\(width\s*(<=|>=|<|>)\s*([\d.]+)(rem|em|px)\)$/.exec(f);
    const legacy = /^\((min|max)-width:\s*([\d.]+)(rem|em|px)\)$/.exec(f);
    const m = range ?? legacy;
    if (!m) throw new Error(`css-display: unknown media query "${f}"`);
    const op = legacy ? (m[1] === 'min' ? '>=' : '<=') : m[1];
    // In a media query, em and rem are both the initial font size.
    const px = Number(m[2]) * (m[3] === 'px' ? 1 : REM);
    const w = screen.width;
    return op === '<=' ? w <= px : op === '>=' ? w >= px : op === '<' ? w < px : w > px;
  };
  return list.split(',').some((q) =>
    q
      .trim()
      .split(/\s+and\s+/)
      .every((f) => feature(f.trim())),
  );
}

/** The stylesheet's display, position and float declarations that apply on `screen`. */
export function parseRules(css: string, screen: Screen): Rule[] {
  const rules: Rule[] = [];
  const layers: string[] = [];
  let order = 0;
  const layerRank = (name: string) => {
    if (!layers.includes(name)) layers.push(name);
    return layers.indexOf(name) + 1;
  };
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (start: number, end: number, layer: number | undefined) => {
    let i = start;
    while (i < end) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      if (open === -1 || open >= end) return;
      if (semi !== -1 && semi < open && text.slice(i, semi).trim().startsWith('@')) {
        // a statement: "@layer a, b, c;" fixes the layer order
        const m = /^@layer\s+(.*)$/.exec(text.slice(i, semi).trim());
        m?.[1]!.split(',').forEach((n) => layerRank(n.trim()));
        i = semi + 1;
        continue;
      }
      let depth = 1;
      let j = open + 1;
      for (; j < end && depth > 0; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        else if (text[j] === '"' || text[j] === "'") j = text.indexOf(text[j]!, j + 1);
      }
      const prelude = text.slice(i, open).trim();
      const body = [open + 1, j - 1] as const;
      if (prelude.startsWith('@layer')) walk(...body, layerRank(prelude.slice(6).trim()));
      else if (prelude.startsWith('@media')) {
        if (mediaMatches(prelude.slice(6).trim(), screen)) walk(...body, layer);
      } else if (prelude.startsWith('@page') || prelude.startsWith('@font-face') || prelude.startsWith('@keyframes')) {
        // no elements
      } else if (prelude.startsWith('@')) throw new Error(`css-display: unknown at-rule "${prelude}"`);
      else {
        for (const decl of text.slice(...body).split(';')) {
          const m = /^\s*(display|position|float)\s*:\s*([^!]+?)\s*(!important)?\s*$/.exec(decl);
          if (!m) continue;
          for (const selector of splitList(prelude)) {
            rules.push({
              selector,
              prop: m[1] as Rule['prop'],
              value: m[2]!,
              important: !!m[3],
              layer: layer ?? Number.MAX_SAFE_INTEGER,
              order: order++,
            });
          }
        }
      }
      i = j;
    }
  };
  walk(0, text.length, undefined);
  return rules;
}

/** A selector list split at its top-level commas. */
function splitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  return out;
}

/** A compound selector ("a.b[c]:empty") against one element; `path` is the element's ancestors, nearest first. */
function matchesCompound(compound: string, el: Element, path: readonly Element[]): boolean {
  const re = /([.#]?[\w-]+|\*|\[[^\]]+\]|::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?)/g;
  if (compound.replace(re, '') !== '') throw new Error(`css-display: cannot read selector "${compound}"`);
  for (const [part] of compound.matchAll(re)) {
    if (part === '*') continue;
    if (part.startsWith('.')) {
      if (!hasClass(el, part.slice(1))) return false;
    } else if (part.startsWith('#')) {
      if (attr(el, 'id') !== part.slice(1)) return false;
    } else if (part.startsWith('[')) {
      const m = /^\[([\w-]+)(?:([~^$*|]?=)"?([^"\]]*)"?)?\]$/.exec(part);
      if (!m) throw new Error(`css-display: cannot read attribute selector "${part}"`);
      const value = attr(el, m[1]!);
      if (value === undefined) return false;
      if (m[2] === '=' && value !== m[3]) return false;
      if (m[2] === '^=' && !value.startsWith(m[3]!)) return false;
      if (m[2] && !['=', '^='].includes(m[2])) throw new Error(`css-display: cannot match "${part}"`);
    } else if (part.startsWith('::'))
      return false; // a pseudo-element: not the element itself
    else if (part.startsWith(':')) {
      const [name, arg] = [/^:([\w-]+)/.exec(part)![1]!, /\((.*)\)$/.exec(part)?.[1]];
      if (name === 'empty') {
        if (el.children.some((c) => c.type === 'element' || (c.type === 'text' && c.value !== ''))) return false;
      } else if (name === 'has' && arg) {
        if (!descendants(el).some((d) => matches(arg, d, [...ancestorsWithin(d, el), ...path]))) return false;
      } else if (name === 'not' && arg) {
        if (matches(arg, el, path)) return false;
      } else if (['visited', 'hover', 'focus', 'focus-visible', 'focus-within', 'active', 'target'].includes(name)) {
        return false; // states a freshly loaded page is not in
      } else throw new Error(`css-display: unknown pseudo-class "${part}"`);
    } else if (el.tagName !== part) return false;
  }
  return true;
}

function descendants(el: Element): Element[] {
  return el.children.flatMap((c) => (c.type === 'element' ? [c, ...descendants(c)] : []));
}

/** The ancestors of `d` up to and including `top`, nearest first. */
function ancestorsWithin(d: Element, top: Element): Element[] {
  const find = (el: Element, trail: Element[]): Element[] | undefined => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c === d) return [el, ...trail];
      const found = find(c, [el, ...trail]);
      if (found) return found;
    }
    return undefined;
  };
  return find(top, []) ?? [];
}

/** A complex selector ("a b > c") against an element whose ancestors are `path`, nearest first. */
export function matches(selector: string, el: Element, path: readonly Element[]): boolean {
  return splitList(selector).some((s) => {
    const parts = s
      .replace(/\s*>\s*/g, ' > ')
      .trim()
      .split(/\s+/);
    const match = (i: number, node: Element, above: readonly Element[]): boolean => {
      if (!matchesCompound(parts[i]!, node, above)) return false;
      if (i === 0) return true;
      if (parts[i - 1] === '>') return above.length > 0 && match(i - 2, above[0]!, above.slice(1));
      return above.some((a, k) => match(i - 1, a, above.slice(k + 1)));
    };
    return match(parts.length - 1, el, path);
  });
}

/** Specificity as one number (ids, classes, types in base 100). */
function specificity(selector: string): number {
  const inner = [...selector.matchAll(/:(?:has|not)\((.*)\)/g)].map((m) => specificity(m[1]!));
  const bare = selector.replace(/:(?:has|not)\((.*)\)/g, '').replace(/::[\w-]+/g, '');
  const ids = (bare.match(/#[\w-]+/g) ?? []).length;
  const classes = (bare.match(/\.[\w-]+|\[[^\]]+\]|:[\w-]+/g) ?? []).length;
  const types = (bare.replace(/\[[^\]]+\]/g, '').match(/(^|[\s>+~])[a-z][\w-]*/g) ?? []).length;
  return ids * 10_000 + classes * 100 + types + Math.max(0, ...inner);
}

/** The winning value of `prop` for an element among the stylesheet's rules, if any sets it. */
export function cascaded(rules: readonly Rule[], prop: Rule['prop'], el: Element, path: readonly Element[]) {
  let best: { rule: Rule; key: number[] } | undefined;
  for (const rule of rules) {
    if (rule.prop !== prop || !matches(rule.selector, el, path)) continue;
    // important: earlier layers win; normal: later layers (and unlayered) win
    const key = [
      rule.important ? 1 : 0,
      rule.important ? -rule.layer : rule.layer,
      specificity(rule.selector),
      rule.order,
    ];
    if (!best || compare(key, best.key) > 0) best = { rule, key };
  }
  return best?.rule.value;
}

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};
