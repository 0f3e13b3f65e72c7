/**
 * Keeps personal data out of the e-mail a clinician sends to the registry secretariat when a
 * patient opts out orally. That e-mail may carry the patient's PID (the patient's identifier in
 * the registry) and nothing else about the patient: no name, fødselsnummer, address or phone.
 *
 * Pure functions, no DOM, no dependencies, so the same checks run in the browser and in tests.
 * The checks are deliberately generous: a false alarm costs the user a rewording, a miss leaks
 * personal data. Messages are Norwegian bokmål and address the reader as "du".
 */

/** Something that looks like personal data. */
export type PersonalDataType =
  | 'fodselsnummer'
  | 'dnummer'
  | 'elleveSiffer'
  | 'telefon'
  | 'epost'
  | 'postnummerSted'
  | 'navn';

/** A field that is empty or has the wrong form (not personal data). */
export type FormatType = 'tom' | 'forLang' | 'ugyldigeTegn' | 'ugyldigDato';

export interface Finding {
  type: PersonalDataType | FormatType;
  /** The text that was found, as the user wrote it ('' for an empty field). */
  match: string;
  /** What was found and why it is refused, in Norwegian, for the user. */
  message: string;
}

/**
 * What the field holds: the PID, free text (e.g. the pain team or hospital) or a date.
 * Names are only looked for in free text; everything else is looked for in every field.
 */
export type FieldKind = 'pid' | 'freeText' | 'date';

export const PID_MAX_LENGTH = 10;
export const TEAM_MAX_LENGTH = 200;

/* ------------------------------------------------------------------------------------------ */
/* Fødselsnummer and D-nummer                                                                  */
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
 * 'fodselsnummer' or 'dnummer' when `digits` is exactly 11 digits forming a valid Norwegian
 * fødselsnummer or D-nummer, otherwise null.
 *
 * A D-nummer adds 4 to the first digit (day 41–71). H-numbers and synthetic test numbers
 * (month + 40 or + 80) are not accepted; they are still refused as 11 digits by
 * findPersonalData.
 *
 * Control digits: the classic rule (k1 and k2 both mod 11, a control digit of 10 means the
 * number is never issued). Numbers issued from 2032 may follow a new rule for k1; such a number
 * fails here, but findPersonalData still refuses it as 11 digits ('elleveSiffer').
 */
export function classifyIdNumber(digits: string): 'fodselsnummer' | 'dnummer' | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const d = [...digits].map(Number);
  const isD = d[0]! >= 4;
  const day = Number(digits.slice(0, 2)) - (isD ? 40 : 0);
  const month = Number(digits.slice(2, 4));
  const year = birthYear(Number(digits.slice(6, 9)), Number(digits.slice(4, 6)));
  if (year === null || !isCalendarDate(year, month, day)) return null;
  if (controlDigit(d, K1_WEIGHTS) !== d[9]) return null;
  if (controlDigit(d, K2_WEIGHTS) !== d[10]) return null;
  return isD ? 'dnummer' : 'fodselsnummer';
}

/** True for a valid fødselsnummer or D-nummer written as exactly 11 digits. */
export function isValidFodselsnummer(digits: string): boolean {
  return classifyIdNumber(digits) !== null;
}

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const ONLY_PID = 'E-posten skal bare ha PID, ingen personopplysninger.';

const messages = {
  fodselsnummer: (m: string) =>
    `Dette ser ut som et fødselsnummer (${m}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.`,
  dnummer: (m: string) =>
    `Dette ser ut som et D-nummer (${m}). Skriv aldri D-nummer i e-posten: den skal bare ha PID.`,
  elleveSiffer: (m: string) =>
    `Her står det 11 siffer eller flere (${m}). 11 siffer kan være et fødselsnummer, så det kan ikke stå i e-posten. ${ONLY_PID}`,
  elleveSifferPid: (m: string) =>
    `PID er ikke fødselsnummeret. Det du har skrevet (${m}), har 11 siffer eller flere og kan være et fødselsnummer. Skriv inn pasientens PID.`,
  telefon: (m: string) =>
    `Dette ser ut som et telefonnummer (${m}). Skriv ikke telefonnummer i e-posten. ${ONLY_PID}`,
  epost: (m: string) =>
    `Dette ser ut som en e-postadresse (${m}). Skriv ikke e-postadresser i teksten. ${ONLY_PID}`,
  postnummerSted: (m: string) =>
    `Dette ser ut som en del av en adresse (${m}). Skriv ikke adresser i e-posten. ${ONLY_PID}`,
  navn: (m: string) =>
    `Dette ser ut som navnet på en person (${m}). Skriv ikke navn i e-posten. ${ONLY_PID} ` +
    'Er det navnet på et sykehus eller et team, kan du skrive bare det første ordet med stor bokstav.',
  navnEtterLedetekst: (m: string) =>
    `Her ser det ut til å stå et navn (${m}). Skriv ikke navn i e-posten. ${ONLY_PID}`,
};

/* ------------------------------------------------------------------------------------------ */
/* Finding personal data in text                                                               */
/* ------------------------------------------------------------------------------------------ */

/** A finding with its place in the text, used to drop findings that lie inside another. */
interface Located extends Finding {
  start: number;
  end: number;
}

/**
 * A run of digits in which neighbouring digits may be split by up to three separators: space,
 * tab, no-break space, narrow no-break space, '.', '/', '-' or a typographic dash
 * (U+2010–U+2015). "DDMMYY NNNNN", "DD.MM.YY NNN NN", "DDMM YYNN NNN", "DDMMYY - NNNNN" and
 * "NNN NN NNN" (N a digit) are each one run. Line breaks and other characters end a run.
 */
const DIGIT_RUN = /\d(?:[ \t\u00A0\u202F./\-\u2010-\u2015]{0,3}\d)*/g;

/** "27.11.2026", "2026-11-27", "27/11/2026": a date with a 4-digit year and one kind of separator. */
const DMY = /^(\d{1,2})([ ./-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})([ ./-])(\d{1,2})\2(\d{1,2})$/;

/**
 * A written date, so that "27.11.2026" is not taken for an 8-digit phone number. Year
 * 1900–2099, month 1–12, day 1–31: a mistyped date ("2026-02-30") is still a date, not a phone.
 */
function isWrittenDate(raw: string): boolean {
  const dmy = DMY.exec(raw);
  const ymd = YMD.exec(raw);
  const [y, m, d] = (dmy ? [dmy[4], dmy[3], dmy[1]] : ymd ? [ymd[1], ymd[3], ymd[4]] : []).map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A written date and a time, "27.11.2026 12.30": 12 digits, but no fødselsnummer. */
function isWrittenDateAndTime(raw: string): boolean {
  const m = /^(.+)[ \u00A0]([01]?\d|2[0-3])\.([0-5]\d)$/.exec(raw);
  return m !== null && isWrittenDate(m[1]!);
}

/**
 * Norwegian phone numbers, from the digits of one run:
 *  - 8 digits starting with 2–9 ("NN NN NN NN", "NNN NN NNN", "NNNNNNNN"), unless the run is
 *    a written date. Numbers starting with 0 or 1 are not 8-digit subscriber numbers in Norway
 *    and are not refused on their own (they are still refused with a +47 or 0047 prefix).
 *  - 0047 + 8 digits, or 47 + 8 digits when a '+' is written just before the run or the
 *    number after 47 starts with 2–9 ("+47 NNN NN NNN", "0047NNNNNNNN", "47NNNNNNNN").
 */
function isPhone(digits: string, raw: string, plusBefore: boolean): boolean {
  if (digits.length === 8) return /^[2-9]/.test(digits) && !isWrittenDate(raw);
  if (digits.length === 10 && digits.startsWith('47')) return plusBefore || /^[2-9]/.test(digits.slice(2));
  return digits.length === 12 && digits.startsWith('0047');
}

function findNumbers(text: string, kind: FieldKind): Located[] {
  const found: Located[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const raw = run[0];
    const start = run.index;
    // Where each digit of the run is in `text`, to quote exactly what the user wrote.
    const at: number[] = [];
    for (let i = 0; i < raw.length; i++) if (raw[i]! >= '0' && raw[i]! <= '9') at.push(start + i);
    const digits = at.map((i) => text[i]).join('');
    const add = (type: PersonalDataType, from: number, to: number, message: (m: string) => string) => {
      const s = at[from]!;
      const e = at[to - 1]! + 1;
      found.push({ type, match: text.slice(s, e), message: message(text.slice(s, e)), start: s, end: e });
    };

    // Every 11-digit window that is a valid fødselsnummer or D-nummer.
    let idNumbers = 0;
    for (let i = 0; i + 11 <= digits.length; i++) {
      const type = classifyIdNumber(digits.slice(i, i + 11));
      if (type) {
        add(type, i, i + 11, messages[type]);
        idNumbers++;
      }
    }
    if (idNumbers > 0) continue;

    const plusBefore = /\+[ \u00A0]?$/.test(text.slice(Math.max(0, start - 2), start));
    if (isPhone(digits, raw, plusBefore)) {
      const s = plusBefore ? text.lastIndexOf('+', start) : start;
      const e = start + raw.length;
      found.push({ type: 'telefon', match: text.slice(s, e), message: messages.telefon(text.slice(s, e)), start: s, end: e });
    } else if (digits.length >= 11 && !isWrittenDateAndTime(raw)) {
      add('elleveSiffer', 0, digits.length, kind === 'pid' ? messages.elleveSifferPid : messages.elleveSiffer);
    }
  }

  // A PID never has 11 digits, even when letters split them up (a letter between 11 digits).
  const allDigits = text.replace(/\D/g, '');
  if (kind === 'pid' && allDigits.length >= 11 && found.length === 0) {
    found.push({ type: 'elleveSiffer', match: text, message: messages.elleveSifferPid(text), start: 0, end: text.length });
  }
  return found;
}

/** local@domain, generously: local part, "@", then a domain with or without dots. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;

/**
 * A postcode and a place: 4 digits that are not part of a longer number, then a capitalised
 * word. "5021 Bergen", "0150 OSLO", "9990 Båtsfjord", "N-5021 Bergen".
 */
const POSTCODE_PLACE = /(?<!\d[ .\-]?)\d{4}(?!\d)[ \u00A0]+\p{Lu}[\p{L}\p{M}-]*/gu;

function findByRegex(text: string, regex: RegExp, type: PersonalDataType, message: (m: string) => string): Located[] {
  return [...text.matchAll(regex)].map((m) => ({
    type,
    match: m[0],
    message: message(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/* ------------------------------------------------------------------------------------------ */
/* Names (free text only)                                                                      */
/* ------------------------------------------------------------------------------------------ */

/**
 * Capitalised words that are common in this field's legitimate content: hospitals, health
 * trusts, teams, places and greetings. Compared in lower case. A run of capitalised words made
 * only of these is not a name ("Helse Bergen HF", "St. Olavs hospital"); a run with at least
 * one other capitalised word is ("Kari Nordmann", "Kari Haukeland", "Overlege Kari").
 */
const NOT_NAMES = new Set(
  [
    // Hospitals, health trusts and units
    'Haukeland', 'Universitetssjukehus', 'Universitetssykehus', 'Universitetssjukehuset',
    'Universitetssykehuset', 'Sykehus', 'Sjukehus', 'Sykehuset', 'Sjukehuset', 'Hospital',
    'Hospitalet', 'Helse', 'HF', 'RHF', 'St.', 'Sankt', 'Olavs', 'Ullevål', 'Rikshospitalet',
    'Radiumhospitalet', 'Aker', 'Ahus', 'OUS', 'UNN', 'SUS', 'HUS', 'Diakonhjemmet',
    'Lovisenberg', 'Diakonale', 'Haraldsplass', 'Sunnaas', 'Martina', 'Hansens', 'Betanien',
    'Helgelandssykehuset', 'Nordlandssykehuset', 'Sørlandet', 'Vestre', 'Viken', 'Kalnes',
    'Smerteteam', 'Smerteteamet', 'Akuttsmerteteam', 'Akuttsmerteteamet', 'Smerteklinikk',
    'Smerteklinikken', 'Smertesenter', 'Smertesenteret', 'Smertepoliklinikk',
    'Smertepoliklinikken', 'Smerteenhet', 'Smerteenheten', 'Smertebehandling', 'SmerteReg',
    'Avdeling', 'Avdelingen', 'Avd.', 'Seksjon', 'Seksjonen', 'Klinikk', 'Klinikken',
    'Poliklinikk', 'Poliklinikken', 'Senter', 'Senteret', 'Enhet', 'Enheten', 'Team', 'Teamet',
    'Anestesi', 'Anestesiavdeling', 'Anestesiavdelingen', 'Tverrfaglig', 'Tverrfaglige',
    'Regional', 'Regionalt', 'Nasjonal', 'Nasjonalt', 'Kvalitetsregister',
    'Registersekretariat', 'Registersekretariatet', 'PID',
    // Regions and places
    'Nord', 'Sør', 'Vest', 'Øst', 'Midt', 'Midt-Norge', 'Nord-Norge', 'Norge', 'Innlandet',
    'Vestlandet', 'Østlandet', 'Trøndelag', 'Agder', 'Rogaland', 'Vestland', 'Troms',
    'Finnmark', 'Nordland', 'Helgeland', 'Møre', 'Romsdal', 'Sogn', 'Fjordane', 'Fonna',
    'Vestfold', 'Telemark', 'Østfold', 'Akershus', 'Oslo', 'Bergen', 'Stavanger', 'Trondheim',
    'Tromsø', 'Førde', 'Haugesund', 'Stord', 'Voss', 'Drammen', 'Bærum', 'Gjøvik',
    'Lillehammer', 'Hamar', 'Elverum', 'Kristiansand', 'Arendal', 'Ålesund', 'Molde',
    'Levanger', 'Namsos', 'Bodø', 'Harstad', 'Narvik', 'Hammerfest', 'Kirkenes', 'Fredrikstad',
    'Sarpsborg', 'Tønsberg', 'Skien', 'Kongsberg', 'Ringerike',
    // Greetings and small words that start a sentence
    'Hei', 'Til', 'Fra', 'Med', 'Ved', 'For', 'Og', 'I', 'På', 'Vennlig', 'Hilsen', 'Mvh',
  ].map((w) => w.toLocaleLowerCase('nb')),
);

/** Name particles that may stand between capitalised words: "Ludwig van Beethoven". */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'af', 'zu', 'ter', 'ten', 'del', 'dos']);

/** A capitalised word, possibly hyphenated or with an apostrophe: "Kari", "Anne-Lise", "O'Neil", "OSLO". */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*$/u;

function isAllowed(word: string): boolean {
  const w = word.toLocaleLowerCase('nb');
  return NOT_NAMES.has(w) || w.split('-').every((part) => NOT_NAMES.has(part));
}

/** Two or more capitalised words in a row (particles allowed between) with one not in NOT_NAMES. */
function findNameSequences(text: string): Located[] {
  const found: Located[] = [];
  type Word = { core: string; start: number; end: number };
  let run: Word[] = []; // capitalised words of the current sequence
  let pendingParticle = false;

  const close = () => {
    if (run.length >= 2 && run.some((w) => !isAllowed(w.core))) {
      const s = run[0]!.start;
      const e = run[run.length - 1]!.end;
      found.push({ type: 'navn', match: text.slice(s, e), message: messages.navn(text.slice(s, e)), start: s, end: e });
    }
    run = [];
    pendingParticle = false;
  };

  let previousEnd = 0;
  for (const token of text.matchAll(/\S+/g)) {
    // A line break ends a sequence: lines are separate items, not one name.
    if (/[\n\r\u2028\u2029]/.test(text.slice(previousEnd, token.index))) close();
    previousEnd = token.index + token[0].length;
    // Split off punctuation around the word: "(Kari", "Nordmann,", "«Kari»".
    const parts = /^([^\p{L}]*)(.*?)([^\p{L}.]*)$/u.exec(token[0])!;
    const [, lead = '', body = '', trail = ''] = parts;
    let core = body;
    // A word ending in '.' ends the sentence, unless it is a known abbreviation ("St.").
    let endsSentence = false;
    if (core.endsWith('.') && !NOT_NAMES.has(core.toLocaleLowerCase('nb'))) {
      core = core.replace(/\.+$/, '');
      endsSentence = true;
    }
    const start = token.index + lead.length;
    const end = start + core.length;

    if (lead !== '') close();
    const capitalised = /^\p{Lu}/u.test(core) && (CAPITALISED.test(core) || NOT_NAMES.has(core.toLocaleLowerCase('nb')));
    if (capitalised) {
      run.push({ core, start, end });
      pendingParticle = false;
    } else if (run.length > 0 && !pendingParticle && PARTICLES.has(core)) {
      pendingParticle = true;
    } else {
      close();
    }
    if (trail !== '' || endsSentence) close();
  }
  close();
  return found;
}

/** A label followed by a capitalised word: "Pasient: Kari", "Navn: Kari", "pasientnavn Ola". */
const NAME_LABEL =
  /(?<!\p{L})(?:pasientens navn|pasientnavn|pasienten|pasient|fornavn|etternavn|navn)(?!\p{L})[ \t\u00A0]*[:=\-–]?[ \t\u00A0]*(\p{L}[\p{L}\p{M}'’-]*)/giu;

function findLabelledNames(text: string): Located[] {
  return [...text.matchAll(NAME_LABEL)]
    .filter((m) => /^\p{Lu}/u.test(m[1]!)) // the 'i' flag lets \p{Lu} match lower case, so check here
    .map((m) => ({
      type: 'navn' as const,
      match: m[0],
      message: messages.navnEtterLedetekst(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
}

/** Name sequences, and labelled names that do not overlap one ("Pasient: Kari Nordmann" is one finding). */
function findNames(text: string): Located[] {
  const sequences = findNameSequences(text);
  const overlaps = (a: Located, b: Located) => a.start < b.end && b.start < a.end;
  return [...sequences, ...findLabelledNames(text).filter((l) => !sequences.some((s) => overlaps(l, s)))];
}

/* ------------------------------------------------------------------------------------------ */
/* Public checks                                                                               */
/* ------------------------------------------------------------------------------------------ */

/**
 * Everything in `text` that looks like personal data, in text order. Fødselsnummer, D-nummer,
 * 11 or more digits, phone numbers, e-mail addresses and postcode + place are looked for in
 * every field; names only when kind is 'freeText'. With kind 'pid', 11 or more digits anywhere
 * in the text are refused. A finding lying inside another (a phone number inside an e-mail
 * address) is left out.
 */
export function findPersonalData(text: string, opts: { kind: FieldKind }): Finding[] {
  const found: Located[] = [
    ...findNumbers(text, opts.kind),
    ...findByRegex(text, EMAIL, 'epost', messages.epost),
    ...findByRegex(text, POSTCODE_PLACE, 'postnummerSted', messages.postnummerSted),
    ...(opts.kind === 'freeText' ? findNames(text) : []),
  ];
  const inside = (a: Located, b: Located) => a !== b && b.start <= a.start && a.end <= b.end;
  return found
    .filter((a, i) => !found.some((b, j) => inside(a, b) && (a.start !== b.start || a.end !== b.end || j < i)))
    .sort((a, b) => a.start - b.start)
    .map(({ type, match, message }) => ({ type, match, message }));
}

/** Names a character for a message: «mellomrom» for a space, otherwise the character in «». */
function describeChar(c: string): string {
  return /\s/.test(c) ? 'mellomrom' : `«${c}»`;
}

/**
 * Checks a PID as the user typed it (leading and trailing whitespace is ignored; callers
 * should use value.trim()). A PID is 1–10 characters: the letters A–Z and a–z, digits and '-',
 * with at least one letter or digit. Returns [] when the PID can be used.
 * When the PID looks like personal data, only those findings are returned (they say what is
 * wrong); otherwise the format findings ('tom', 'ugyldigeTegn', 'forLang').
 */
export function validatePid(value: string): Finding[] {
  const pid = value.trim();
  if (pid === '') return [{ type: 'tom', match: '', message: 'Skriv inn PID.' }];
  const personal = findPersonalData(pid, { kind: 'pid' });
  if (personal.length > 0) return personal;

  const findings: Finding[] = [];
  const bad = [...new Set(pid.match(/[^A-Za-z0-9-]/gu) ?? [])];
  if (bad.length > 0) {
    findings.push({
      type: 'ugyldigeTegn',
      match: bad.join(''),
      message: `PID kan bare ha bokstavene A–Z, tall og bindestrek (-), uten mellomrom. Fjern ${bad.map(describeChar).join(', ')}.`,
    });
  } else if (!/[A-Za-z0-9]/.test(pid)) {
    findings.push({ type: 'ugyldigeTegn', match: pid, message: 'PID må ha minst én bokstav eller ett tall.' });
  }
  if (pid.length > PID_MAX_LENGTH) {
    findings.push({
      type: 'forLang',
      match: pid,
      message: `PID kan ha høyst ${PID_MAX_LENGTH} tegn. Du har skrevet ${pid.length}. PID er ikke fødselsnummeret.`,
    });
  }
  return findings;
}

/** Checks the date of the phone call: an ISO date yyyy-mm-dd (as from <input type="date">). */
export function validateCallDate(value: string): Finding[] {
  const date = value.trim();
  if (date === '') return [{ type: 'tom', match: '', message: 'Skriv inn datoen da du ringte registersekretariatet.' }];
  const personal = findPersonalData(date, { kind: 'date' });
  if (personal.length > 0) return personal;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return [{ type: 'ugyldigDato', match: date, message: `${date} er ikke en gyldig dato. Skriv datoen slik: 2026-11-27.` }];
  }
  return [];
}

/** Checks the optional pain team or hospital. Empty is fine. */
export function validateTeam(value: string): Finding[] {
  const team = value.trim();
  if (team === '') return [];
  const findings = findPersonalData(team, { kind: 'freeText' });
  if (team.length > TEAM_MAX_LENGTH) {
    findings.push({
      type: 'forLang',
      match: team,
      message: `Skriv høyst ${TEAM_MAX_LENGTH} tegn om smerteteamet eller sykehuset. Du har skrevet ${team.length}.`,
    });
  }
  return findings;
}
