/**
 * QR codes for the printed material: a page's absolute URL encoded at build time with uqr (a small
 * maintained encoder without dependencies) at error correction level M, and drawn by the PDF
 * toolkit's `qr` block as vector rectangles with the standard quiet zone of four modules
 * (src/lib/pdf/draw.ts), tagged `Figure` with its text alternative. Under the code, the address is
 * printed in words for people who cannot scan, as a link for those who read the PDF on a screen.
 */
import { encode } from 'uqr';
import { p, qr, type Block, type ParagraphStyle, type QrBlock } from '../pdf';
import { printedAddress } from '../shell/site-url';

/** Error correction level M: up to 15 % of the code may be dirty or torn and it still reads. */
export const QR_ERROR_CORRECTION = 'M';

/** The code's module matrix (true = dark), without a quiet zone: the toolkit draws that. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: QR_ERROR_CORRECTION, border: 0 }).data;
}

/** A QR code to `url`, `size` points square with its quiet zone, tagged with its text alternative. */
export function qrCode(url: string, size: number, alt: string, align: 'left' | 'center' = 'left'): QrBlock {
  return qr(qrModules(url), size, alt, align);
}

/** The address of `url` in words (without "https://"), as a link for those who read the PDF on a screen. */
export function addressLine(url: string, style?: Partial<ParagraphStyle>): Block {
  return p([{ text: printedAddress(url), href: url }], style);
}
