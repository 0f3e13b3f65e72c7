import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyIdNumber,
  findPersonalData,
  isValidFodselsnummer,
  validateCallDate,
  validatePid,
  validateTeam,
  type FieldKind,
  type Finding,
} from '../../src/lib/privacy/personal-data';

const KINDS: FieldKind[] = ['pid', 'freeText', 'date'];
const types = (text: string, kind: FieldKind) => findPersonalData(text, { kind }).map((f) => f.type);

/* ------------------------------------------------------------------------------------------ */
/* The test's own generator of synthetic numbers, written apart from the module under test.    */
/* ------------------------------------------------------------------------------------------ */

/** Mod-11 control digit; 10 means "no valid number with these digits". */
function mod11(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return (11 - (sum % 11)) % 11;
}

/** Appends k1 and k2 to 9 digits, or null when a control digit would be 10. */
function withControlDigits(nine: string): string | null {
  const k1 = mod11(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return null;
  const k2 = mod11(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** DDMMYY + individnummer + control digits; D-nummer adds 40 to the day. Null if k1 or k2 is 10. */
function idNumber(day: number, month: number, year: number, individ: number, dnummer = false): string | null {
  return withControlDigits(pad(day + (dnummer ? 40 : 0), 2) + pad(month, 2) + pad(year % 100, 2) + pad(individ, 3));
}

/** The first individnummer from `from` upwards that gives valid control digits. */
function firstWithControlDigits(ddmmyy: string, from: number): string {
  for (let i = from; i < from + 50; i++) {
    const n = withControlDigits(ddmmyy + pad(i, 3));
    if (n) return n;
  }
  throw new Error('no individnummer found');
}

/** Individnummer ranges that the century rule allows for a birth year in 1900–2039. */
function individRanges(year: number): [number, number][] {
  if (year >= 2000) return [[500, 999]];
  if (year >= 1940) return [[0, 499], [900, 999]];
  return [[0, 499]];
}

/**
 * A valid synthetic fødselsnummer or D-nummer: a random date 1900–2039, an individnummer that
 * fits the century rule, and a random choice of D-nummer. Combinations whose control digit
 * would be 10 are skipped (filtered out).
 */
const validIdNumber = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true }),
    pick: fc.nat(),
    dnummer: fc.boolean(),
  })
  .map(({ date, pick, dnummer }) => {
    const year = date.getUTCFullYear();
    const ranges = individRanges(year);
    const size = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
    let k = pick % size;
    let individ = 0;
    for (const [a, b] of ranges) {
      if (k <= b - a) {
        individ = a + k;
        break;
      }
      k -= b - a + 1;
    }
    const number = idNumber(date.getUTCDate(), date.getUTCMonth() + 1, year, individ, dnummer);
    return { number, type: dnummer ? ('dnummer' as const) : ('fodselsnummer' as const) };
  })
  .filter((x): x is { number: string; type: 'dnummer' | 'fodselsnummer' } => x.number !== null);

/** One separator ('', ' ', '.' or '-') in each of the 10 gaps between 11 digits. */
const separators = fc.array(fc.constantFrom('', ' ', '.', '-'), { minLength: 10, maxLength: 10 });
const spaced = (digits: string, seps: string[]) => [...digits].map((d, i) => d + (seps[i] ?? '')).join('');

/* ------------------------------------------------------------------------------------------ */

describe('isValidFodselsnummer', () => {
  // Hand-computed synthetic numbers (no real person):
  // 010190 124: k1 = 0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102; 102 mod 11 = 3; 11-3 = 8
  //             k2 = 0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110; 110 mod 11 = 0; 11 → 0
  //             → 01019012480 (1 January 1990, individnummer 124 → 1900s)
  // 410190 124: the same as a D-nummer (day + 40): k1 sum 114 → 11-4 = 7; k2 sum 128 → 11-7 = 4
  //             → 41019012474
  // 290224 500: 29 February 2024 (leap year; 500 with year 24 → 2000s): k1 sum 143 → 0; k2 sum 113 → 8
  //             → 29022450008
  // 290223 500: 29 February 2023 does not exist; the control digits are still right
  //             (k1 sum 134 → 9; k2 sum 125 → 7) → 29022350097 must be refused for its date.
  it('accepts hand-computed fødselsnummer and D-nummer', () => {
    expect(classifyIdNumber('01019012480')).toBe('fodselsnummer');
    expect(classifyIdNumber('41019012474')).toBe('dnummer');
    expect(classifyIdNumber('29022450008')).toBe('fodselsnummer');
    expect(isValidFodselsnummer('01019012480')).toBe(true);
    expect(isValidFodselsnummer('41019012474')).toBe(true);
  });

  it('refuses a wrong control digit', () => {
    expect(isValidFodselsnummer('01019012481')).toBe(false); // k2 wrong
    expect(isValidFodselsnummer('01019012470')).toBe(false); // k1 wrong
    expect(isValidFodselsnummer('41019012475')).toBe(false);
  });

  it('refuses impossible dates even with right control digits', () => {
    expect(isValidFodselsnummer('29022350097')).toBe(false); // 29.02.2023
    expect(isValidFodselsnummer(firstWithControlDigits('310290', 100))).toBe(false); // 31 February
    expect(isValidFodselsnummer(firstWithControlDigits('290201', 500))).toBe(false); // 29.02.2001
    expect(isValidFodselsnummer(firstWithControlDigits('001290', 100))).toBe(false); // day 0
    expect(isValidFodselsnummer(firstWithControlDigits('011390', 100))).toBe(false); // month 13
  });

  it('uses the century from the individnummer for leap years', () => {
    expect(isValidFodselsnummer(firstWithControlDigits('290200', 500))).toBe(true); // 2000: leap year
    expect(isValidFodselsnummer(firstWithControlDigits('290200', 100))).toBe(false); // 1900: not a leap year
    expect(isValidFodselsnummer(firstWithControlDigits('290296', 100))).toBe(true); // 1996
  });

  it('follows the century rule for individnummer', () => {
    expect(isValidFodselsnummer(firstWithControlDigits('010160', 600))).toBe(true); // 1860
    expect(isValidFodselsnummer(firstWithControlDigits('010145', 600))).toBe(false); // 500–749 with year 40–53
    expect(isValidFodselsnummer(firstWithControlDigits('010150', 800))).toBe(false); // 750–899 with year 40–99
    expect(isValidFodselsnummer(firstWithControlDigits('010150', 950))).toBe(true); // 1950
    expect(isValidFodselsnummer(firstWithControlDigits('010139', 950))).toBe(true); // 2039
  });

  it('checks D-nummer dates', () => {
    expect(classifyIdNumber(firstWithControlDigits('710190', 100))).toBe('dnummer'); // 31 January
    expect(isValidFodselsnummer(firstWithControlDigits('710290', 100))).toBe(false); // 31 February
    expect(isValidFodselsnummer(firstWithControlDigits('720190', 100))).toBe(false); // day 32
    expect(isValidFodselsnummer(firstWithControlDigits('400190', 100))).toBe(false); // day 0
    expect(isValidFodselsnummer(firstWithControlDigits('015090', 100))).toBe(false); // H-nummer (month + 40): not accepted
  });

  it('needs exactly 11 digits', () => {
    for (const s of ['0101901248', '010190124800', ' 01019012480', '010190 12480', 'abcdefghijk', '']) {
      expect(isValidFodselsnummer(s)).toBe(false);
    }
  });

  it('agrees with the test generator on 10,000 numbers', () => {
    fc.assert(
      fc.property(validIdNumber, ({ number, type }) => classifyIdNumber(number) === type),
      { numRuns: 10_000 },
    );
  });
});

describe('findPersonalData: fødselsnummer, D-nummer and 11 digits', () => {
  it('refuses a fødselsnummer written in many ways, in every field', () => {
    for (const text of ['01019012480', '010190 12480', '01.01.90 124 80', '010190-12480', '0101 9012 480', '010190–12480', '010190  12480', '010190 - 12480']) {
      for (const kind of KINDS) expect(types(text, kind), `${text} (${kind})`).toEqual(['fodselsnummer']);
    }
  });

  it('quotes the number in a Norwegian message', () => {
    const [finding] = findPersonalData('Fnr. 010190 12480.', { kind: 'freeText' });
    expect(finding).toEqual<Finding>({
      type: 'fodselsnummer',
      match: '010190 12480',
      message: 'Dette ser ut som et fødselsnummer (010190 12480). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.',
    });
    expect(findPersonalData('41019012474', { kind: 'date' })[0]?.message).toContain('D-nummer');
  });

  it('finds a valid number inside a longer run of digits', () => {
    expect(types('9901019012480', 'freeText')).toEqual(['fodselsnummer']);
  });

  it('refuses 11 or more digits that are not a valid number, in every field', () => {
    for (const text of ['12345678901', '01019012481', '123 456 789 01', '1234.56.78903', '1234567890123']) {
      for (const kind of KINDS) expect(types(text, kind), `${text} (${kind})`).toEqual(['elleveSiffer']);
    }
    expect(findPersonalData('12345678901', { kind: 'freeText' })[0]?.message).toContain('11 siffer');
    expect(findPersonalData('12345678901', { kind: 'pid' })[0]?.message).toContain('PID er ikke fødselsnummeret');
  });

  it('refuses 11 digits in a PID even when letters split them', () => {
    expect(types('12a345678901', 'pid')).toEqual(['elleveSiffer']);
    expect(types('12a345678901', 'freeText')).toEqual([]);
  });

  it('does not take a date and a time for 11 digits', () => {
    expect(types('27.11.2026 12.30', 'freeText')).toEqual([]);
    expect(types('01.01.1990 12345', 'freeText')).toEqual(['elleveSiffer']); // birth date + personnummer
  });

  it('refuses 10,000 generated fødselsnumre and D-numre in every field and any spacing', () => {
    fc.assert(
      fc.property(
        validIdNumber,
        separators,
        fc.constantFrom('', 'PID ', 'Pasient ', 'fnr: ', '(', 'Smerteteamet '),
        fc.constantFrom('', '.', ' ok', ')', ', takk'),
        ({ number, type }, seps, before, after) => {
          const written = spaced(number, seps);
          for (const kind of KINDS) {
            const found = findPersonalData(before + written + after, { kind });
            if (!found.some((f) => f.type === type && f.match === written)) return false;
          }
          return validatePid(written).some((f) => f.type === type);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('refuses any 11 digits in any spacing, valid or not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), separators, (digits, seps) =>
        KINDS.every((kind) =>
          findPersonalData(spaced(digits, seps), { kind }).some((f) =>
            ['fodselsnummer', 'dnummer', 'elleveSiffer'].includes(f.type),
          ),
        ),
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('findPersonalData: phone numbers', () => {
  // Decision: 8-digit Norwegian subscriber numbers start with 2–9, so a bare 8-digit number
  // starting with 0 or 1 (e.g. a PID "12345678") is not a phone number. With an explicit +47 or
  // 0047 prefix, any 8 digits are refused ("+47 12345678"), since the prefix says "phone".
  const phones = [
    '+47 912 34 567',
    '912 34 567',
    '22 33 44 55',
    '004722334455',
    '0047 22 33 44 55',
    '+4791234567',
    '91234567',
    '4791234567',
    '+47 12345678',
    '912-34-567',
  ];
  it.each(phones)('refuses %s in every field', (phone) => {
    for (const kind of KINDS) {
      const found = findPersonalData(phone, { kind });
      expect(found.map((f) => [f.type, f.match])).toEqual([['telefon', phone]]);
    }
  });

  it('finds a phone number in a sentence', () => {
    expect(findPersonalData('Ring meg på 22 33 44 55.', { kind: 'freeText' })[0]?.match).toBe('22 33 44 55');
    expect(findPersonalData('Tlf: +47 912 34 567', { kind: 'freeText' })[0]?.match).toBe('+47 912 34 567');
  });

  it('leaves dates, short numbers and 8 digits starting with 0 or 1 alone', () => {
    for (const text of ['2026-11-27', '27.11.2026', '27/11/2026', '1234', '12345678', '01234567', '123456789']) {
      for (const kind of KINDS) expect(types(text, kind), `${text} (${kind})`).toEqual([]);
    }
  });

  it('takes a mistyped date for a date, but not 8 digits that cannot be a date', () => {
    expect(types('2026-02-30', 'date')).toEqual([]);
    expect(types('31.13.2026', 'freeText')).toEqual(['telefon']);
  });
});

describe('findPersonalData: e-mail addresses and postcode + place', () => {
  it('refuses e-mail addresses in every field', () => {
    for (const [text, match] of [
      ['kari.nordmann@example.no', 'kari.nordmann@example.no'],
      ['Kontakt: ola+test@helse-bergen.no.', 'ola+test@helse-bergen.no'],
      ['kari@intern', 'kari@intern'],
    ]) {
      for (const kind of KINDS) {
        expect(findPersonalData(text!, { kind }).map((f) => [f.type, f.match])).toEqual([['epost', match]]);
      }
    }
  });

  it('refuses a postcode followed by a place', () => {
    for (const text of ['5021 Bergen', '0150 OSLO', '9990 Båtsfjord']) {
      for (const kind of KINDS) expect(types(text, kind), `${text} (${kind})`).toEqual(['postnummerSted']);
    }
    expect(findPersonalData('Storgata 1, 0150 Oslo', { kind: 'freeText' }).map((f) => f.match)).toEqual(['0150 Oslo']);
  });

  it('does not take a year or a longer number for a postcode', () => {
    expect(types('27.11.2026 Oslo', 'date')).toEqual([]);
    expect(types('PID 1234', 'freeText')).toEqual([]);
  });
});

describe('findPersonalData: names (free text only)', () => {
  it.each(['Kari Nordmann', 'Ola Jensen', 'Anne-Lise Berg', 'KARI NORDMANN', 'Ludwig van Beethoven', 'Kari Haukeland', 'Overlege Kari Hansen'])(
    'refuses %s',
    (name) => {
      expect(findPersonalData(`Smerteteamet, ${name}, ringte`, { kind: 'freeText' }).map((f) => [f.type, f.match])).toEqual([
        ['navn', name],
      ]);
    },
  );

  it.each(['Pasient: Kari', 'Navn: Kari', 'pasientnavn Ola', 'Pasientens navn: Kari'])('refuses the labelled name %s', (text) => {
    expect(types(text, 'freeText')).toEqual(['navn']);
  });

  it('reports a labelled full name once', () => {
    expect(findPersonalData('Pasient: Kari Nordmann', { kind: 'freeText' }).map((f) => f.match)).toEqual(['Kari Nordmann']);
  });

  it.each([
    'Smerteteamet, Haukeland universitetssjukehus',
    'Oslo universitetssykehus',
    'St. Olavs hospital',
    'Helse Bergen HF',
    'Universitetssykehuset Nord-Norge',
    'Akuttsmerteteamet, Ullevål',
    'Smerteklinikken, Helse Stavanger',
    'Pasienten har reservert seg',
    'Kari',
  ])('lets %s pass', (text) => {
    expect(findPersonalData(text, { kind: 'freeText' })).toEqual([]);
  });

  it('does not join words across a line break', () => {
    expect(findPersonalData('Haukeland\nKari ringte', { kind: 'freeText' })).toEqual([]);
    expect(types('Haukeland Kari ringte', 'freeText')).toEqual(['navn']);
    expect(findPersonalData('SmerteReg\n\nPasienten med PID 1234', { kind: 'freeText' })).toEqual([]);
  });

  it('does not look for names in the PID or the date', () => {
    expect(findPersonalData('Kari Nordmann', { kind: 'pid' })).toEqual([]);
    expect(findPersonalData('Kari Nordmann', { kind: 'date' })).toEqual([]);
  });

  it('suggests how to write a hospital name that is taken for a person', () => {
    expect(findPersonalData('Lovisenberg Diakonale Sykehus ja', { kind: 'freeText' })).toEqual([]);
    expect(findPersonalData('Kari Nordmann', { kind: 'freeText' })[0]?.message).toContain('bare det første ordet med stor bokstav');
  });
});

describe('validatePid', () => {
  it('accepts short identifiers', () => {
    for (const pid of ['1', '1234', 'AB-12', 'x9', '1234567890', '  1234  ', '12345678']) expect(validatePid(pid), pid).toEqual([]);
  });

  it('explains empty, too long and bad characters in Norwegian', () => {
    expect(validatePid('')).toEqual([{ type: 'tom', match: '', message: 'Skriv inn PID.' }]);
    expect(validatePid('   ')[0]?.type).toBe('tom');
    expect(validatePid('abcdefghijk').map((f) => f.type)).toEqual(['forLang']);
    expect(validatePid('abcdefghijk')[0]?.message).toBe('PID kan ha høyst 10 tegn. Du har skrevet 11. PID er ikke fødselsnummeret.');
    expect(validatePid('12 34')).toEqual([
      {
        type: 'ugyldigeTegn',
        match: ' ',
        message: 'PID kan bare ha bokstavene A–Z, tall og bindestrek (-), uten mellomrom. Fjern mellomrom.',
      },
    ]);
    expect(validatePid('æ/1')[0]?.message).toContain('Fjern «æ», «/».');
    expect(validatePid('---')[0]?.type).toBe('ugyldigeTegn');
  });

  it('reports personal data instead of format problems', () => {
    expect(validatePid('01019012480').map((f) => f.type)).toEqual(['fodselsnummer']);
    expect(validatePid('010190 12480').map((f) => f.type)).toEqual(['fodselsnummer']);
    expect(validatePid('12345678901').map((f) => f.type)).toEqual(['elleveSiffer']);
    expect(validatePid('22334455').map((f) => f.type)).toEqual(['telefon']);
    expect(validatePid('kari@x.no').map((f) => f.type)).toEqual(['epost']);
  });

  // Plain PIDs: 1–10 characters of [A-Za-z0-9-]; half of them from digits and '-' only, so that
  // long digit groups are common. Left out, because they are refused on purpose:
  //  - no letter or digit at all ("-", "--");
  //  - a group of digits (digits joined by up to three dashes count as one group, as they
  //    would in a written number) that is a phone number: 8 digits starting with 2–9, or 10
  //    digits starting with 47 followed by 2–9.
  // 11 or more digits, e-mail addresses and postcode + place cannot occur in 10 such characters.
  const looksLikePhone = (pid: string) =>
    [...pid.matchAll(/\d(?:-{0,3}\d)*/g)].some((m) => {
      const digits = m[0].replace(/-/g, '');
      return (digits.length === 8 && /^[2-9]/.test(digits)) || (digits.length === 10 && /^47[2-9]/.test(digits));
    });
  const pidChars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'];
  const plainPid = fc
    .oneof(
      fc.string({ unit: fc.constantFrom(...pidChars), minLength: 1, maxLength: 10 }),
      fc.string({ unit: fc.constantFrom(...'0123456789-'), minLength: 1, maxLength: 10 }),
    )
    .filter((pid) => /[A-Za-z0-9]/.test(pid) && !looksLikePhone(pid));

  it('passes 10,000 random plain PIDs', () => {
    fc.assert(
      fc.property(plainPid, (pid) => validatePid(pid).length === 0),
      { numRuns: 10_000 },
    );
  });
});

describe('validateCallDate and validateTeam', () => {
  it('accepts an ISO date', () => {
    expect(validateCallDate('2026-11-27')).toEqual([]);
    expect(validateCallDate('2024-02-29')).toEqual([]);
  });

  it('refuses an empty, impossible or non-ISO date, and personal data', () => {
    expect(validateCallDate('')[0]?.type).toBe('tom');
    expect(validateCallDate('2026-02-29')[0]?.type).toBe('ugyldigDato');
    expect(validateCallDate('27.11.2026')[0]?.type).toBe('ugyldigDato');
    expect(validateCallDate('01019012480')[0]?.type).toBe('fodselsnummer');
  });

  it('accepts an empty or legitimate team, refuses names and too long text', () => {
    expect(validateTeam('')).toEqual([]);
    expect(validateTeam('Smerteteamet, Haukeland universitetssjukehus')).toEqual([]);
    expect(validateTeam('Kari Nordmann').map((f) => f.type)).toEqual(['navn']);
    expect(validateTeam('smerteteam '.repeat(20)).map((f) => f.type)).toEqual(['forLang']);
  });
});
