/**
 * Keeps personal data out of the e-mail a clinician sends to the registry secretariat when a
 * patient opts out orally. That e-mail carries the patient's PID (the patient's identifier in
 * the registry), the date of the call and fixed text, nothing else about the patient.
 *
 * The design does the main work: there is no free-text field, and the PID must match a strict
 * setting (content/registry.yaml, `pid`). The checks here are the second line of defence, run
 * on every field and on the finished e-mail. They run on a normalised copy of the text
 * (normalise): Unicode NFKC, every decimal digit as 0–9, invisible formatting characters
 * removed. Any short run (up to three characters) of anything that is not a letter or a digit
 * separates the digits of one number, so "DDMMYY NNNNN", "DD.MM.YY-NNN NN" or digits with
 * no-break spaces, minus signs or underscores between them are one number.
 *
 * Every scan is linear in the length of the text: one pass to normalise, one to split into
 * tokens, and detectors that look at most a fixed number of tokens ahead. `Counter` counts
 * those steps so that tests can check linearity without timing anything. Callers check the
 * length before scanning (validatePid, validateCallDate).
 *
 * Pure functions, no DOM, no dependencies, so the same checks run in the browser and in tests.
 * Messages are Norwegian bokmål and address the reader as "du".
 */

/** Something that looks like personal data. */
export type PersonalDataType =
  | 'fodselsnummer'
  | 'dnummer'
  | 'hnummer'
  | 'syntetiskNummer'
  | 'elleveSiffer'
  | 'fodselsnummerStart'
  | 'dato'
  | 'fodselsdato'
  | 'telefon'
  | 'epost'
  | 'postnummerSted'
  | 'navn';

/** A field that is empty or has the wrong form (not personal data). */
export type FormatType = 'tom' | 'forLang' | 'ugyldigFormat' | 'ugyldigDato' | 'datoIFremtiden' | 'datoForGammel';

export interface Finding {
  type: PersonalDataType | FormatType;
  /** The text that was found, normalised (digits as 0–9, invisible characters removed); '' for an empty field. */
  match: string;
  /** What was found and why it is refused, in Norwegian, for the user. */
  message: string;
}

/** A finding with its place in the normalised text. */
export interface Located extends Finding {
  start: number;
  end: number;
}

/** Counts the steps of a scan (characters and tokens visited), for tests of linearity. */
export interface Counter {
  steps: number;
}

/** What a PID may look like: one setting in content/registry.yaml (see src/lib/content/schemas.ts). */
export interface PidSetting {
  /** A regular expression, anchored with ^ and $, tested against the normalised, trimmed PID. */
  pattern: string;
  /** The most characters a PID may have. */
  maxLength: number;
  /** What is accepted, in bokmål, for the reader ("Verktøyet godtar …"). */
  description: string;
}

/**
 * The longest value the PID field takes at all (its maxlength). Longer input is refused before
 * any scan, whatever the setting allows.
 */
export const PID_INPUT_MAX_LENGTH = 64;
/** The longest value the date field takes ("yyyy-mm-dd" is 10; room for spaces around it). */
export const DATE_INPUT_MAX_LENGTH = 32;
/** The call date must be today or at most this many days earlier. */
export const CALL_DATE_WINDOW_DAYS = 60;

/* ------------------------------------------------------------------------------------------ */
/* Normalisation                                                                               */
/* ------------------------------------------------------------------------------------------ */

/**
 * Invisible formatting characters: every Unicode format character (Cf: zero-width space and
 * joiners, soft hyphen, word joiner, bidi marks and isolates, BOM, …), the combining grapheme
 * joiner, the Hangul fillers and the variation selectors.
 */
const INVISIBLE = /^[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;

/**
 * The value of a decimal digit in any script. Unicode puts every script's digits 0–9 in one
 * contiguous run, and adjacent runs of digits start at a multiple of ten from the first, so
 * the value is the distance from the start of the block of digits, modulo 10.
 */
const digitValues = new Map<number, string>();
function asciiDigit(cp: number, counter?: Counter): string {
  let value = digitValues.get(cp);
  if (value === undefined) {
    let start = cp;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) {
      start--;
      if (counter) counter.steps++;
    }
    value = String((cp - start) % 10);
    digitValues.set(cp, value);
  }
  return value;
}

/**
 * The text every check runs on: NFKC (full-width letters and digits, ligatures, the full-width
 * '@' become their plain forms), every Unicode decimal digit as an ASCII digit, invisible
 * formatting characters removed.
 */
export function normalise(text: string, counter?: Counter): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (counter) counter.steps++;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (INVISIBLE.test(ch)) continue;
    else if (DECIMAL_DIGIT.test(ch)) out += asciiDigit(cp, counter);
    else out += ch;
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Tokens                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** d: ASCII digits; l: letters (with their combining marks); s: anything else. */
interface Token {
  type: 'd' | 'l' | 's';
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string, counter?: Counter): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const type = cp >= 0x30 && cp <= 0x39 ? 'd' : LETTER.test(ch) ? 'l' : 's';
    const last = tokens[tokens.length - 1];
    if (last && last.type === type) {
      last.text += ch;
      last.end += ch.length;
    } else {
      tokens.push({ type, text: ch, start: i, end: i + ch.length });
    }
    i += ch.length;
    if (counter) counter.steps++;
  }
  return tokens;
}

/** A separator between the parts of one number: up to three characters that are neither letters nor digits. */
const isShortSeparator = (t: Token | undefined) => t !== undefined && t.type === 's' && [...t.text].length <= 3;

/* ------------------------------------------------------------------------------------------ */
/* Fødselsnummer, D-, H- and synthetic numbers, dates                                          */
/* ------------------------------------------------------------------------------------------ */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Mod-11 control digit over the first weights.length digits; null when it would be 10. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  weights.forEach((w, i) => (sum += w * (digits[i] ?? 0)));
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  if (control === 10) return null;
  return control;
}

/**
 * The birth year from the two-digit year and the individnummer (digits 7–9), or null when the
 * combination is not used:
 *   000–499             → 1900–1999
 *   500–749, year 54–99 → 1854–1899
 *   500–999, year 00–39 → 2000–2039
 *   900–999, year 40–99 → 1940–1999
 */
function birthYear(individnummer: number, yy: number): number | null {
  if (individnummer <= 499) return 1900 + yy;
  if (individnummer <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy; // individnummer 500–999
  if (individnummer >= 900) return 1900 + yy; // yy 40–99
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Day and month of an identity number's first four digits: a D-nummer adds 4 to the first
 * digit (day + 40), an H-number adds 4 to the third (month + 40), a synthetic test number adds
 * 8 to the third (month + 80), and a D-nummer may be synthetic too.
 */
function idDate(dd: number, mm: number): { day: number; month: number; d: boolean; h: boolean; synthetic: boolean } {
  const d = dd > 40;
  const synthetic = mm > 80;
  const h = !synthetic && mm > 40;
  return { day: d ? dd - 40 : dd, month: synthetic ? mm - 80 : h ? mm - 40 : mm, d, h, synthetic };
}

export type IdNumberType = 'fodselsnummer' | 'dnummer' | 'hnummer' | 'syntetiskNummer';

/**
 * The kind of identity number `digits` is (exactly 11 digits with a valid date and valid
 * control digits), or null. Fødselsnummer, D-nummer (day + 40), H-number (month + 40) and
 * synthetic test numbers (month + 80, also on D-numre).
 *
 * Control digits: the classic rule (k1 and k2 both mod 11, a control digit of 10 means the
 * number is never issued). Numbers issued from 2032 may follow a new rule for k1; such a number
 * fails here, but every 11 digits are refused anyway ('elleveSiffer').
 */
export function classifyIdNumber(digits: string): IdNumberType | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const n = [...digits].map(Number);
  const { day, month, d, h, synthetic } = idDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
  const year = birthYear(Number(digits.slice(6, 9)), Number(digits.slice(4, 6)));
  if (year === null || !isCalendarDate(year, month, day)) return null;
  if (controlDigit(n, K1_WEIGHTS) !== n[9]) return null;
  if (controlDigit(n, K2_WEIGHTS) !== n[10]) return null;
  return synthetic ? 'syntetiskNummer' : h ? 'hnummer' : d ? 'dnummer' : 'fodselsnummer';
}

/** True for a valid fødselsnummer, D-, H- or synthetic number written as exactly 11 digits. */
export function isValidFodselsnummer(digits: string): boolean {
  return classifyIdNumber(digits) !== null;
}

/**
 * Whether six digits can be the start of an identity number, or a date DDMMYY: a day and month
 * that exist (also as D-, H- or synthetic number). February 29 counts in every year divisible
 * by 4 (the century is unknown).
 */
export function isDdmmyy(six: string): boolean {
  if (!/^\d{6}$/.test(six)) return false;
  const { day, month } = idDate(Number(six.slice(0, 2)), Number(six.slice(2, 4)));
  const yy = Number(six.slice(4, 6));
  return isCalendarDate(yy % 4 === 0 ? 2000 : 2001, month, day);
}

/** A plain calendar date with a four-digit year from 1850 to 2099. */
function isFullDate(year: number, month: number, day: number): boolean {
  return year >= 1850 && year <= 2099 && isCalendarDate(year, month, day);
}

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const ONLY_PID = 'E-posten skal bare ha PID, ingen personopplysninger.';

const messages: Record<PersonalDataType, (m: string) => string> = {
  fodselsnummer: (m) =>
    `Dette ser ut som et fødselsnummer (${m}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.`,
  dnummer: (m) => `Dette ser ut som et D-nummer (${m}). Skriv aldri D-nummer i e-posten: den skal bare ha PID.`,
  hnummer: (m) => `Dette ser ut som et H-nummer (${m}). Skriv aldri H-nummer i e-posten: den skal bare ha PID.`,
  syntetiskNummer: (m) =>
    `Dette ser ut som et fødselsnummer (${m}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.`,
  elleveSiffer: (m) =>
    `Her står det 11 siffer eller flere (${m}). Det kan være et fødselsnummer, og PID er ikke fødselsnummeret. ${ONLY_PID}`,
  fodselsnummerStart: (m) =>
    `Dette kan være begynnelsen av et fødselsnummer (${m}): de første sifrene er en dato. ${ONLY_PID}`,
  dato: (m) => `Dette ser ut som en dato (${m}). Det kan være en fødselsdato. ${ONLY_PID}`,
  fodselsdato: (m) => `Dette ser ut som en fødselsdato (${m}). ${ONLY_PID}`,
  telefon: (m) => `Dette ser ut som et telefonnummer (${m}). Skriv ikke telefonnummer i e-posten. ${ONLY_PID}`,
  epost: (m) => `Dette ser ut som en e-postadresse (${m}). Skriv ikke e-postadresser i e-posten. ${ONLY_PID}`,
  postnummerSted: (m) => `Dette ser ut som en del av en adresse (${m}). Skriv ikke adresser i e-posten. ${ONLY_PID}`,
  navn: (m) =>
    `Her står det bokstaver (${m}) som kan være et navn eller initialer. Skriv ikke navn i e-posten. ${ONLY_PID}`,
};

/* ------------------------------------------------------------------------------------------ */
/* Detectors                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface Scan {
  text: string;
  tokens: Token[];
  found: Located[];
  counter?: Counter;
}

function add(scan: Scan, type: PersonalDataType, start: number, end: number): void {
  const match = scan.text.slice(start, end);
  scan.found.push({ type, match, message: messages[type](match), start, end });
}

const tick = (scan: Scan, n = 1) => {
  if (scan.counter) scan.counter.steps += n;
};

/** Words that say "born" before a date: "født", "fødd", "f.", "fødselsdato", "fdato", "f.dato". */
const BIRTH_WORDS = new Set(['født', 'fødd', 'f', 'fødselsdato', 'fødselsdag', 'fdato', 'fødselsår', 'fnr', 'dato']);
const isBirthWord = (t: Token | undefined) =>
  t !== undefined && t.type === 'l' && BIRTH_WORDS.has(t.text.toLocaleLowerCase('nb'));

/** A date preceded by a word for "born" ("født 12. mars 1957", "f. 120357") is a birth date. */
function dateType(scan: Scan, firstToken: number): 'dato' | 'fodselsdato' {
  const t = scan.tokens;
  let i = firstToken - 1;
  if (t[i]?.type === 's') i--;
  if (isBirthWord(t[i])) return 'fodselsdato';
  // "f.dato 010190": the word is split by '.'.
  if (t[i]?.type === 'l' && t[i - 1]?.type === 's' && isBirthWord(t[i - 2])) return 'fodselsdato';
  return 'dato';
}

/**
 * Numbers: a group is digit tokens joined by short separators. In each group:
 *  - every 11-digit window that is a valid identity number;
 *  - every span of consecutive parts with at most 12 digits that is a phone number, a date
 *    (DDMMYY, DDMMYYYY, YYYYMMDD, D.M.YY, D.M.YYYY, YYYY-M-D) or the first 9 or 10 digits of an
 *    identity number;
 *  - 11 or more digits, when nothing more specific was found.
 */
function findNumbers(scan: Scan): void {
  const t = scan.tokens;
  let i = 0;
  while (i < t.length) {
    tick(scan);
    if (t[i]!.type !== 'd') {
      i++;
      continue;
    }
    const parts: number[] = [i];
    let j = i;
    while (isShortSeparator(t[j + 1]) && t[j + 2]?.type === 'd') {
      j += 2;
      parts.push(j);
      tick(scan);
    }
    const before = scan.found.length;
    checkGroup(scan, parts);
    const digitCount = parts.reduce((n, p) => n + t[p]!.text.length, 0);
    if (digitCount >= 11 && scan.found.length === before) add(scan, 'elleveSiffer', t[i]!.start, t[j]!.end);
    i = j + 1;
  }
}

function checkGroup(scan: Scan, parts: number[]): void {
  const t = scan.tokens;
  // Where each digit of the group is in the text.
  const at: number[] = [];
  let digits = '';
  for (const p of parts) {
    const token = t[p]!;
    for (let k = 0; k < token.text.length; k++) at.push(token.start + k);
    digits += token.text;
    tick(scan, token.text.length);
  }
  for (let w = 0; w + 11 <= digits.length; w++) {
    tick(scan, 11);
    const type = classifyIdNumber(digits.slice(w, w + 11));
    if (type) add(scan, type, at[w]!, at[w + 10]! + 1);
  }

  for (let a = 0; a < parts.length; a++) {
    let span = '';
    const lengths: number[] = [];
    for (let b = a; b < parts.length; b++) {
      tick(scan);
      const token = t[parts[b]!]!;
      span += token.text;
      lengths.push(token.text.length);
      if (span.length > 12) break;
      checkSpan(scan, parts[a]!, parts[b]!, span, lengths);
    }
  }
}

function checkSpan(scan: Scan, first: number, last: number, digits: string, lengths: number[]): void {
  const t = scan.tokens;
  const start = t[first]!.start;
  const end = t[last]!.end;
  const n = digits.length;
  const num = (from: number, to: number) => Number(digits.slice(from, to));

  // Dates written with separators: D.M.YY, D.M.YYYY, YYYY-M-D (three parts).
  if (lengths.length === 3) {
    const [l1, l2, l3] = lengths as [number, number, number];
    if (l1 <= 2 && l2 <= 2 && (l3 === 2 || l3 === 4)) {
      const day = num(0, l1);
      const month = num(l1, l1 + l2);
      const year = l3 === 4 ? num(l1 + l2, n) : 2000;
      const { day: d, month: m } = idDate(day, month);
      if (isCalendarDate(year, m, d) && (l3 === 2 || isFullDate(year, m, d)))
        return add(scan, dateType(scan, first), start, end);
    }
    if (l1 === 4 && l2 <= 2 && l3 <= 2 && isFullDate(num(0, 4), num(4, 4 + l2), num(4 + l2, n))) {
      return add(scan, dateType(scan, first), start, end);
    }
  }

  const plusBefore = t[first - 1]?.type === 's' && /\+\s?$/.test(t[first - 1]!.text);
  const phoneStart = plusBefore ? t[first - 1]!.start + t[first - 1]!.text.lastIndexOf('+') : start;
  if (n === 6 && isDdmmyy(digits)) return add(scan, dateType(scan, first), start, end);
  if (n === 8) {
    const ddmmyyyy = isFullDate(num(4, 8), num(2, 4), num(0, 2));
    const yyyymmdd = isFullDate(num(0, 4), num(4, 6), num(6, 8));
    if (ddmmyyyy || yyyymmdd) return add(scan, dateType(scan, first), start, end);
    if (/^[2-9]/.test(digits) || plusBefore) return add(scan, 'telefon', phoneStart, end);
  }
  if (n === 10 && digits.startsWith('47') && (plusBefore || /^47[2-9]/.test(digits)))
    return add(scan, 'telefon', phoneStart, end);
  if ((n === 9 || n === 10) && isDdmmyy(digits.slice(0, 6))) return add(scan, 'fodselsnummerStart', start, end);
  if (n === 12 && digits.startsWith('0047')) return add(scan, 'telefon', start, end);
}

/** Words that stand for '@' and '.' in a disguised e-mail address. */
const AT_WORDS = new Set(['at', 'alfakrøll', 'krøllalfa', 'snabela', 'snabel', 'krøll']);
const AT_WORDS_IN_BRACKETS = new Set([...AT_WORDS, 'a']);
const DOT_WORDS = new Set(['dot', 'punktum', 'prikk', 'punkt']);
const OPEN = /^\s*[([{<]\s*$/;
const CLOSE = /^\s*[)\]}>]\s*$/;
const SPACE = /^\s+$/;
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type !== 's';
const lower = (t: Token | undefined) => (t ? t.text.toLocaleLowerCase('nb') : '');

/**
 * How many tokens after index i make up an '@' (0 if none): "@", " @ ", "(at)", "[at]",
 * " at ", "(a)", " alfakrøll ". The spaced word form only counts when a domain with a dot
 * follows (checked by the caller), because "at" is a common Norwegian word.
 */
function atMarker(t: Token[], i: number): { length: number; spaced: boolean } {
  const s = t[i];
  if (s?.type === 's' && s.text.includes('@') && [...s.text.trim()].length <= 3) return { length: 1, spaced: false };
  if (
    s?.type === 's' &&
    OPEN.test(s.text) &&
    AT_WORDS_IN_BRACKETS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    CLOSE.test(t[i + 2]!.text)
  ) {
    return { length: 3, spaced: false };
  }
  if (
    s?.type === 's' &&
    SPACE.test(s.text) &&
    AT_WORDS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    SPACE.test(t[i + 2]!.text)
  ) {
    return { length: 3, spaced: true };
  }
  return { length: 0, spaced: false };
}

/** Same for '.': ".", " . ", "(dot)", "[punktum]", " dot ", " punktum ". */
function dotMarker(t: Token[], i: number): number {
  const s = t[i];
  if (s?.type === 's' && /^\s?\.\s?$/.test(s.text)) return 1;
  if (
    s?.type === 's' &&
    (OPEN.test(s.text) || SPACE.test(s.text)) &&
    DOT_WORDS.has(lower(t[i + 1])) &&
    t[i + 2]?.type === 's' &&
    (CLOSE.test(t[i + 2]!.text) || SPACE.test(t[i + 2]!.text))
  ) {
    return 3;
  }
  return 0;
}

/** E-mail addresses, plain and disguised: "x@y", "x @ y.no", "x(at)y(dot)no", "x at y punktum no", full-width '＠'. */
function findEmails(scan: Scan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    tick(scan);
    if (!isWord(t[i])) continue;
    const at = atMarker(t, i + 1);
    if (at.length === 0 || !isWord(t[i + 1 + at.length])) continue;
    // The domain: words joined by dot markers.
    let k = i + 1 + at.length;
    let dots = 0;
    for (;;) {
      tick(scan);
      const dot = dotMarker(t, k + 1);
      if (dot === 0 || !isWord(t[k + 1 + dot])) break;
      k += 1 + dot;
      dots++;
    }
    if (at.spaced && (dots === 0 || t[k]!.type !== 'l')) continue;
    // The local part: words joined by '.', '_', '-' or '+', at most 32 tokens back.
    let s = i;
    for (
      let back = 0;
      back < 32 && t[s - 1]?.type === 's' && /^[._+-]$/.test(t[s - 1]!.text) && isWord(t[s - 2]);
      back++
    ) {
      tick(scan);
      s -= 2;
    }
    add(scan, 'epost', t[s]!.start, t[k]!.end);
    i = k;
  }
}

/**
 * A postcode and a place: a part of exactly four digits followed by a word of two or more
 * letters, in any case, after spaces, a comma or nothing: "5021 Bergen", "0150 oslo",
 * "5021Bergen", "N-5021 Bergen". Line breaks and full stops end it.
 */
function findPostcodes(scan: Scan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    tick(scan);
    if (t[i]!.type !== 'd' || t[i]!.text.length !== 4) continue;
    let k = i + 1;
    if (
      t[k]?.type === 's' &&
      /^[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{0,3},?[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{0,3}$/.test(
        t[k]!.text,
      ) &&
      t[k]!.text.length <= 4
    )
      k++;
    if (t[k]?.type === 'l' && [...t[k]!.text].length >= 2) add(scan, 'postnummerSted', t[i]!.start, t[k]!.end);
  }
}

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

/**
 * Dates with the month as a word: "12. mars 1957", "12 mar 57", "12.mars", and "født" followed
 * by a number ("født 1957", "født i 1957").
 */
function findWordDates(scan: Scan): void {
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
    } else if (
      token.type === 'l' &&
      isBirthWord(token) &&
      ['født', 'fødd', 'fødselsdato', 'fødselsår', 'fdato'].includes(lower(token))
    ) {
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

/** Letters that could be a name or initials: two or more letters anywhere in the value. */
function findLetters(scan: Scan): void {
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

/**
 * Drops a finding that lies inside another (a phone number inside an e-mail address) and joins
 * overlapping findings of the same type; linear after sorting. Letters ('navn') are kept apart:
 * they span from the first letter to the last and would otherwise hide what lies between.
 */
function outermost(found: Located[]): Located[] {
  const sorted = found.filter((f) => f.type !== 'navn').sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Located[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (f.end <= reach) continue;
    const last = kept[kept.length - 1];
    if (last && last.type === f.type && f.start < last.end) {
      kept[kept.length - 1] = { ...last, end: f.end, match: last.match + f.match.slice(last.end - f.start) };
      kept[kept.length - 1]!.message = messages[f.type as PersonalDataType](kept[kept.length - 1]!.match);
    } else {
      kept.push(f);
    }
    reach = f.end;
  }
  return [...kept, ...found.filter((f) => f.type === 'navn')].sort((a, b) => a.start - b.start);
}

/**
 * What the text is:
 *  - 'value': a value typed into a field (the PID). Everything is looked for, including any
 *    date and two or more letters (a name or initials).
 *  - 'email': the finished e-mail. Numbers, dates, e-mail addresses and addresses are looked
 *    for; letters are not (the fixed text has words). The caller drops the call date itself.
 */
export type ScanKind = 'value' | 'email';

/**
 * Everything in `text` that looks like personal data, with places in the normalised text, in
 * text order. No length limit: callers check the length first. Linear in the length of text.
 */
export function scanPersonalData(
  text: string,
  kind: ScanKind,
  counter?: Counter,
): { normalised: string; found: Located[] } {
  const normalised = normalise(text, counter);
  const scan: Scan = { text: normalised, tokens: tokenize(normalised, counter), found: [], counter };
  findNumbers(scan);
  findEmails(scan);
  findPostcodes(scan);
  findWordDates(scan);
  if (kind === 'value') {
    findLetters(scan);
    // Any '@' in a value is refused, even without a word on both sides.
    if (!scan.found.some((f) => f.type === 'epost')) {
      for (const token of scan.tokens) {
        tick(scan);
        if (token.type === 's' && token.text.includes('@')) {
          add(scan, 'epost', token.start, token.end);
          break;
        }
      }
    }
  }
  const kept = outermost(scan.found);
  tick(scan, kept.length);
  return { normalised, found: kept };
}

/** Everything in `text` that looks like personal data (see scanPersonalData), without places. */
export function findPersonalData(text: string, kind: ScanKind = 'value'): Finding[] {
  return scanPersonalData(text, kind).found.map(({ type, match, message }) => ({ type, match, message }));
}

/* ------------------------------------------------------------------------------------------ */
/* The fields                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const strip = ({ type, match, message }: Finding): Finding => ({ type, match, message });

/**
 * The PID as it goes into the e-mail: normalised, trimmed, and without a leading "PID" label
 * that the clinician may have typed ("PID: 1234" → "1234").
 */
export function normalisePid(value: string): string {
  return normalise(value)
    .trim()
    .replace(/^pid(?:\s*[:.#-]\s*|\s+)(?=\S)/i, '')
    .trim();
}

/**
 * Checks a PID as the user typed it. Returns [] when the PID can be used. The length is checked
 * before any scan. When the PID looks like personal data, only those findings are returned
 * (they say what is wrong); otherwise the format findings from the setting.
 */
export function validatePid(value: string, setting: PidSetting): Finding[] {
  if (value.length > PID_INPUT_MAX_LENGTH) {
    return [
      {
        type: 'forLang',
        match: '',
        message: `Dette er for langt til å være en PID: du har skrevet ${value.length} tegn. ${setting.description} Skriv bare PID.`,
      },
    ];
  }
  const pid = normalisePid(value);
  if (pid === '') return [{ type: 'tom', match: '', message: 'Skriv inn PID.' }];
  const personal = scanPersonalData(pid, 'value').found.map(strip);
  if (personal.length > 0) return personal;
  if ([...pid].length > setting.maxLength) {
    return [
      {
        type: 'forLang',
        match: pid,
        message: `PID kan ha høyst ${setting.maxLength} tegn. Du har skrevet ${[...pid].length}. ${setting.description} PID er ikke fødselsnummeret.`,
      },
    ];
  }
  if (!new RegExp(setting.pattern, 'u').test(pid)) {
    return [{ type: 'ugyldigFormat', match: pid, message: `«${pid}» kan ikke brukes som PID. ${setting.description}` }];
  }
  return [];
}

/** The ISO date `days` days before `iso` (yyyy-mm-dd). */
export function isoDaysBefore(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - days)).toISOString().slice(0, 10);
}

/**
 * Checks the date of the phone call: an ISO date yyyy-mm-dd (as from <input type="date">),
 * not after `today` and at most CALL_DATE_WINDOW_DAYS days before it, so that a birth date
 * cannot pass as the call date. `today` is the reader's own date, yyyy-mm-dd.
 */
export function validateCallDate(value: string, today: string): Finding[] {
  if (value.length > DATE_INPUT_MAX_LENGTH) {
    return [
      {
        type: 'forLang',
        match: '',
        message: 'Dette er for langt til å være en dato. Velg datoen da du ringte registersekretariatet.',
      },
    ];
  }
  const date = normalise(value).trim();
  if (date === '') return [{ type: 'tom', match: '', message: 'Skriv inn datoen da du ringte registersekretariatet.' }];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) {
    // Not a date in the expected form: say so, and name any personal data in it (not dates).
    const personal = scanPersonalData(date, 'value')
      .found.filter((f) => f.type !== 'dato')
      .map(strip);
    if (personal.length > 0) return personal;
    return [
      {
        type: 'ugyldigDato',
        match: date,
        message: `«${date}» er ikke en dato i riktig form. Skriv datoen slik: år-måned-dag, med sifre.`,
      },
    ];
  }
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return [{ type: 'ugyldigDato', match: date, message: `${date} er ikke en gyldig dato.` }];
  }
  if (date > today) {
    return [
      {
        type: 'datoIFremtiden',
        match: date,
        message: 'Datoen kan ikke være etter i dag. Skriv datoen da du ringte registersekretariatet.',
      },
    ];
  }
  if (date < isoDaysBefore(today, CALL_DATE_WINDOW_DAYS)) {
    return [
      {
        type: 'datoForGammel',
        match: date,
        message: `Datoen må være i dag eller i løpet av de siste ${CALL_DATE_WINDOW_DAYS} dagene. Skriv datoen da du ringte registersekretariatet, ikke for eksempel en fødselsdato.`,
      },
    ];
  }
  return [];
}
