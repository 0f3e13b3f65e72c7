/**
 * One scan of a text for personal data: normalise (./normalise.ts), split into tokens
 * (./detectors/tokens.ts), run the detectors (./detectors/), keep the outermost findings.
 *
 * Every scan is linear in the length of the text: one pass to normalise, one to split into
 * tokens, and detectors that look at most a fixed number of tokens ahead. `Counter` counts
 * those steps so that tests can check linearity without timing anything. Callers check the
 * length before scanning (./validate.ts).
 */
import { findAtSign, findEmails } from './detectors/emails';
import { findLetters } from './detectors/letters';
import { findNumbers } from './detectors/numbers';
import { findPostcodes } from './detectors/postcodes';
import { tick, tokenize, type Scan } from './detectors/tokens';
import { findWordDates } from './detectors/word-dates';
import type { Counter, Finding } from './findings';
import { normalise } from './normalise';

/**
 * What the text is:
 *  - 'value': a value typed into a field (the PID). Everything is looked for, including any
 *    date and two or more letters (a name or initials).
 *  - 'email': the finished e-mail. Numbers, dates, e-mail addresses and addresses are looked
 *    for; letters are not (the fixed text has words). The caller drops the call date itself.
 */
export type ScanKind = 'value' | 'email';

/**
 * Drops a finding that lies inside another (a phone number inside an e-mail address) and joins
 * overlapping findings of the same type; linear after sorting. Letters ('navn') are kept apart:
 * they span from the first letter to the last and would otherwise hide what lies between.
 */
function outermost(found: Finding[]): Finding[] {
  const sorted = found.filter((f) => f.type !== 'navn').sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (f.end <= reach) continue;
    const last = kept[kept.length - 1];
    if (last && last.type === f.type && f.start < last.end) {
      kept[kept.length - 1] = { ...last, end: f.end, match: last.match + f.match.slice(last.end - f.start) };
    } else {
      kept.push(f);
    }
    reach = f.end;
  }
  return [...kept, ...found.filter((f) => f.type === 'navn')].sort((a, b) => a.start - b.start);
}

/**
 * Everything in `text` that looks like personal data, with places in the normalised text, in
 * text order. No length limit: callers check the length first. Linear in the length of text.
 */
export function scanPersonalData(
  text: string,
  kind: ScanKind,
  counter?: Counter,
): { normalised: string; found: Finding[] } {
  const normalised = normalise(text, counter);
  const scan: Scan = { text: normalised, tokens: tokenize(normalised, counter), found: [], counter };
  findNumbers(scan);
  findEmails(scan);
  findPostcodes(scan);
  findWordDates(scan);
  if (kind === 'value') {
    findLetters(scan);
    findAtSign(scan);
  }
  const kept = outermost(scan.found);
  tick(scan, kept.length);
  return { normalised, found: kept };
}

/** Everything in `text` that looks like personal data (see scanPersonalData). */
export function findPersonalData(text: string, kind: ScanKind = 'value'): Finding[] {
  return scanPersonalData(text, kind).found;
}
