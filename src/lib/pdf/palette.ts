/**
 * The PDFs' colours, read from the site's design tokens (src/styles/tokens.css), so that a
 * download's accent is the site's accent. A token that is missing or not a #rrggbb hex colour
 * fails the build here rather than printing black.
 */
import { rgb, type RGB } from 'pdf-lib';
import tokensCss from '../../styles/tokens.css?raw';

/** `--color-<name>: #rrggbb;` declarations in the tokens file, by name. */
function parseColorTokens(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/--color-([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g))
    out.set(m[1]!, m[2]!.toLowerCase());
  return out;
}

const tokens = parseColorTokens(tokensCss);

function token(name: string): string {
  const hex = tokens.get(name);
  if (!hex) throw new Error(`src/styles/tokens.css: no colour token --color-${name} (#rrggbb) for the PDFs`);
  return hex;
}

/** Named PDF colours as #rrggbb hex strings. */
export const palette = {
  text: token('ink'),
  muted: token('muted'),
  accent: token('brand'),
  link: token('link'),
  rule: token('line'),
  boxBorder: token('field-border'),
  boxFill: token('field-fill'),
  statementFill: token('soft'),
  paper: token('paper'),
  warnFill: token('warn-bg'),
  warnLine: token('warn-line'),
} as const;

export type PaletteName = keyof typeof palette;

/** A #rrggbb colour as three channels from 0 to 1 (pdf-lib's rgb()). */
export function rgb01(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** The palette as pdf-lib colours, for the builders. */
export const pdfColors = Object.fromEntries(
  Object.entries(palette).map(([name, hex]) => [name, rgb(...rgb01(hex))]),
) as Readonly<Record<PaletteName, RGB>>;
