/** A postcode and a place, which is part of an address. */
import { add, tick, type Scan } from './tokens';

/** Up to three spaces, an optional comma, up to three spaces (no line break, no full stop). */
const POSTCODE_GAP =
  /^[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{0,3},?[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{0,3}$/;

/**
 * A postcode and a place: a part of exactly four digits followed by a word of two or more
 * letters, in any case, after spaces, a comma or nothing: "5021 Bergen", "0150 oslo",
 * "5021Bergen", "N-5021 Bergen". Line breaks and full stops end it.
 */
export function findPostcodes(scan: Scan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    tick(scan);
    if (t[i]!.type !== 'd' || t[i]!.text.length !== 4) continue;
    let k = i + 1;
    if (t[k]?.type === 's' && POSTCODE_GAP.test(t[k]!.text) && t[k]!.text.length <= 4) k++;
    if (t[k]?.type === 'l' && [...t[k]!.text].length >= 2) add(scan, 'postnummerSted', t[i]!.start, t[k]!.end);
  }
}
