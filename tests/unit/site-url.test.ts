/**
 * The site's address (src/lib/shell/site-url.ts): SITE_URL or the placeholder, which is recognised
 * as pointing nowhere; a page's absolute URL made exactly as its canonical URL; the address as
 * printed under a QR code; and the QR codes' error correction.
 */
import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  isPlaceholderSite,
  PLACEHOLDER_SITE_URL,
  placeholderWarning,
  printedAddress,
  siteUrl,
} from '../../src/lib/shell/site-url';
import { QR_ERROR_CORRECTION, qrModules } from '../../src/lib/print/qr';

describe('the site address', () => {
  test('is SITE_URL when set, else the placeholder, which never resolves', () => {
    expect(siteUrl('https://www.example.no')).toBe('https://www.example.no');
    expect(siteUrl(undefined)).toBe(PLACEHOLDER_SITE_URL);
    expect(siteUrl('  ')).toBe(PLACEHOLDER_SITE_URL);
    expect(isPlaceholderSite(PLACEHOLDER_SITE_URL)).toBe(true);
    expect(isPlaceholderSite('https://www.example.no')).toBe(false);
    expect(placeholderWarning(PLACEHOLDER_SITE_URL)).toMatch(/^SITE_URL is not set: .*QR codes/);
  });

  test("makes a page's URL as Astro makes its canonical URL, and prints it without https://", () => {
    expect(absoluteUrl('/nn/reservasjon/', 'https://www.example.no')).toBe('https://www.example.no/nn/reservasjon/');
    expect(absoluteUrl('/lettlest/', 'https://www.example.no/')).toBe('https://www.example.no/lettlest/');
    expect(printedAddress('https://www.example.no/en/lettlest/')).toBe('www.example.no/en/lettlest/');
  });
});

test('QR codes are square module matrices at error correction level M, without a quiet zone of their own', () => {
  expect(QR_ERROR_CORRECTION).toBe('M');
  const modules = qrModules('https://www.example.no/nn/reservasjon/');
  expect(modules.length).toBeGreaterThanOrEqual(21);
  expect(modules.every((row) => row.length === modules.length)).toBe(true);
  // A finder pattern in the top left corner: the code starts at the edge, the toolkit adds the quiet zone.
  expect(modules[0]!.slice(0, 7)).toEqual(Array(7).fill(true));
  expect(modules[1]!.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
});
