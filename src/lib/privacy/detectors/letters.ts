/** Letters in a field value, which could be a name or initials. */
import { add, tick, type Scan, type Token } from './tokens';

/** Two or more letters anywhere in the value: one finding from the first letter to the last. */
export function findLetters(scan: Scan): void {
  let count = 0;
  let first: Token | undefined;
  let last: Token | undefined;
  for (const token of scan.tokens) {
    tick(scan);
    if (token.type !== 'l') continue;
    count += [...token.text].length;
    first ??= token;
    last = token;
  }
  if (count >= 2 && first && last) add(scan, 'navn', first.start, last.end);
}
