/**
 * Birth dates and dates with the month as a word: "12. mars 1957", "12 mar 57", "født i 1957",
 * and the word for "born" that makes any date a birth date ("f. 120357").
 *
 * The Norwegian words below are detection data, not interface words: they are what a clinician
 * may type, and they are looked for whatever the page's language. They stay here, with the code
 * that reads them; the messages shown to the reader are in src/i18n/<lang>/refusals.ts.
 */
import { add, isShortSeparator, lower, tick, type Scan, type Token } from './tokens';

/** Words that say "born" before a date: "født", "fødd", "f.", "fødselsdato", "fdato", "f.dato". */
const BIRTH_WORDS = new Set(['født', 'fødd', 'f', 'fødselsdato', 'fødselsdag', 'fdato', 'fødselsår', 'fnr', 'dato']);
/** Of those, the ones that make the next number a birth date even without a date's form ("født 1957"). */
const BORN_BEFORE_NUMBER = new Set(['født', 'fødd', 'fødselsdato', 'fødselsår', 'fdato']);

const isBirthWord = (t: Token | undefined) =>
  t !== undefined && t.type === 'l' && BIRTH_WORDS.has(t.text.toLocaleLowerCase('nb'));

/** Month names and their short forms, bokmål and nynorsk alike. */
const MONTHS = new Set([
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'des',
]);

/** A date preceded by a word for "born" ("født 12. mars 1957", "f. 120357") is a birth date. */
export function dateType(scan: Scan, firstToken: number): 'dato' | 'fodselsdato' {
  const t = scan.tokens;
  let i = firstToken - 1;
  if (t[i]?.type === 's') i--;
  if (isBirthWord(t[i])) return 'fodselsdato';
  // "f.dato 010190": the word is split by '.'.
  if (t[i]?.type === 'l' && t[i - 1]?.type === 's' && isBirthWord(t[i - 2])) return 'fodselsdato';
  return 'dato';
}

/**
 * Dates with the month as a word: "12. mars 1957", "12 mar 57", "12.mars", and "født" followed
 * by a number ("født 1957", "født i 1957").
 */
export function findWordDates(scan: Scan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    tick(scan);
    const token = t[i]!;
    if (token.type === 'd' && token.text.length <= 2 && Number(token.text) >= 1 && Number(token.text) <= 31) {
      let k = i + 1;
      if (isShortSeparator(t[k]) || (t[k]?.type === 's' && /^\s*\.\s*$/.test(t[k]!.text))) k++;
      if (!(t[k]?.type === 'l' && MONTHS.has(lower(t[k])))) continue;
      let end = k;
      if (isShortSeparator(t[k + 1]) && t[k + 2]?.type === 'd' && [2, 4].includes(t[k + 2]!.text.length)) end = k + 2;
      add(scan, dateType(scan, i), token.start, t[end]!.end);
      i = end;
    } else if (token.type === 'l' && BORN_BEFORE_NUMBER.has(lower(token))) {
      // "født 1957", "født i 1957", "fødselsdato: 12/3": a number within the next few tokens.
      for (let k = i + 1; k <= i + 4 && k < t.length; k++) {
        tick(scan);
        if (t[k]!.type === 'd') {
          add(scan, 'fodselsdato', token.start, t[k]!.end);
          break;
        }
        if (t[k]!.type === 'l' && t[k]!.text.length > 2) break;
      }
    }
  }
}
