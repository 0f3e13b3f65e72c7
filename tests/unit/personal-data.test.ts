import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_DATE_WINDOW_DAYS,
  classifyIdNumber,
  PID_INPUT_MAX_LENGTH,
  findPersonalData,
  isDdmmyy,
  isValidFodselsnummer,
  normalise,
  normalisePid,
  scanPersonalData,
  validateCallDate,
  validatePid,
  type Counter,
  type PidSetting,
} from '../../src/lib/privacy/personal-data';
import { composePidEmail } from '../../src/lib/privacy/pid-email';
import { PERMISSIVE } from '../privacy/evaluate';
import {
  DIGIT_ZEROS,
  daysBefore,
  firstId,
  individRanges,
  idNumber,
  inScript,
  prng,
  randomDigits,
  SEPARATORS,
  spaced,
  type IdKind,
} from '../privacy/synthetic';

const STRICT: PidSetting = {
  pattern: '^[0-9]{1,7}$',
  maxLength: 7,
  description: 'Verktøyet godtar bare sifre, høyst 7.',
};
const TODAY = '2026-11-27';
const ID_TYPES = ['fodselsnummer', 'dnummer', 'hnummer', 'syntetiskNummer'];
const types = (text: string, kind: 'value' | 'email' = 'value') => findPersonalData(text, kind).map((f) => f.type);

/* ------------------------------------------------------------------------------------------ */

describe('classifyIdNumber', () => {
  // Hand-computed synthetic numbers (no real person):
  // 010190 124: k1 = 0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102; 102 mod 11 = 3; 11-3 = 8
  //             k2 = 0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110; 110 mod 11 = 0; 11 → 0
  // 410190 124: the same as a D-nummer (day + 40): k1 sum 114 → 7; k2 sum 128 → 4
  it('accepts hand-computed fødselsnummer and D-nummer', () => {
    expect(classifyIdNumber('01019012480')).toBe('fodselsnummer');
    expect(classifyIdNumber('41019012474')).toBe('dnummer');
    expect(isValidFodselsnummer('01019012481')).toBe(false); // k2 wrong
    expect(isValidFodselsnummer('01019012470')).toBe(false); // k1 wrong
  });

  it('knows H-numbers (month + 40) and synthetic numbers (month + 80)', () => {
    expect(classifyIdNumber(firstId(9, 9, 1965, 'hnummer'))).toBe('hnummer');
    expect(classifyIdNumber(firstId(14, 6, 1975, 'syntetiskNummer'))).toBe('syntetiskNummer');
    expect(classifyIdNumber(firstId(17, 5, 1980, 'dnummer'))).toBe('dnummer');
  });

  it('refuses impossible dates and unused century combinations', () => {
    expect(isValidFodselsnummer(firstId(29, 2, 2024, 'fodselsnummer', 500))).toBe(true);
    expect(classifyIdNumber(idNumber(29, 2, 2023, 500) ?? '')).toBe(null);
    expect(classifyIdNumber('31029012480')).toBe(null);
  });

  it('agrees with the test generator on 10,000 numbers of every kind', () => {
    fc.assert(
      fc.property(generatedId, ({ number, kind }) => classifyIdNumber(number) === kind),
      { numRuns: 10_000 },
    );
  });
});

describe('normalise', () => {
  it('makes every decimal digit ASCII, applies NFKC and removes invisible characters', () => {
    for (const zero of DIGIT_ZEROS) expect(normalise(inScript('0123456789', zero))).toBe('0123456789');
    expect(normalise('１\u200B２\u00AD3\u2060４\u200E5\u202E6\uFEFF')).toBe('123456');
    expect(normalise('kari＠ｓｙｋｅｈｕｓ')).toBe('kari@sykehus');
    expect(normalise('①②')).toBe('12');
  });

  it('normalisePid trims and drops a "PID" label', () => {
    expect(normalisePid('  PID: ١٢ ')).toBe('12');
    expect(normalisePid('pid 7')).toBe('7');
    expect(normalisePid('PID')).toBe('PID');
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Property tests                                                                              */
/* ------------------------------------------------------------------------------------------ */

const kinds: IdKind[] = ['fodselsnummer', 'dnummer', 'hnummer', 'syntetiskNummer'];

/** A valid synthetic identity number of any kind, with a random date 1900–2039 and a fitting individnummer. */
const generatedId = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true }),
    pick: fc.nat(),
    kind: fc.constantFrom(...kinds),
  })
  .map(({ date, pick, kind }) => {
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
    return { number: idNumber(date.getUTCDate(), date.getUTCMonth() + 1, year, individ, kind), kind };
  })
  .filter((x): x is { number: string; kind: IdKind } => x.number !== null);

/** The number as someone might write it: a separator in each gap (one kind, or mixed), digits in one script or mixed. */
const written = fc
  .record({
    id: generatedId,
    sep: fc.constantFrom(...SEPARATORS),
    mixedSeps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 10, maxLength: 10 }),
    mixSeps: fc.boolean(),
    zeros: fc.array(fc.constantFrom(...DIGIT_ZEROS), { minLength: 11, maxLength: 11 }),
    oneScript: fc.constantFrom(...DIGIT_ZEROS),
    mixScripts: fc.boolean(),
    before: fc.constantFrom('', 'PID ', 'fnr: ', 'Pasient ', '(', 'nr. '),
    after: fc.constantFrom('', '.', ' ok', ')', ', takk'),
  })
  .map(({ id, sep, mixedSeps, mixSeps, zeros, oneScript, mixScripts, before, after }) => {
    const digits = [...id.number].map((d, i) => inScript(d, mixScripts ? zeros[i]! : oneScript)).join('');
    // Split into code points so that a digit outside the BMP stays whole.
    const seps = mixSeps ? mixedSeps : Array(10).fill(sep);
    const number = [...digits].map((d, i) => d + (i < 10 ? seps[i] : '')).join('');
    return { kind: id.kind, text: before + number + after };
  });

describe('10,000 generated fødselsnumre, D-, H- and synthetic numbers, in every separator and digit script', () => {
  it('are found as what they are, alone and in a sentence', () => {
    fc.assert(
      fc.property(written, ({ kind, text }) => scanPersonalData(text, 'value').found.some((f) => f.type === kind)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('are refused in every field, with any PID setting, and never reach the e-mail', () => {
    fc.assert(
      fc.property(written, ({ text }) => {
        for (const setting of [STRICT, PERMISSIVE]) {
          const pid = validatePid(text, setting);
          if (pid.length === 0) return false;
          // Longer than the field takes: refused as too long, before any scan; otherwise named.
          const expected = text.length > PID_INPUT_MAX_LENGTH ? ['forLang'] : ID_TYPES;
          if (setting === PERMISSIVE && !pid.some((f) => expected.includes(f.type))) return false;
          if (
            composePidEmail({ pid: text, callDate: TODAY }, { shortName: 'SmerteReg', pid: setting, today: TODAY }).ok
          )
            return false;
        }
        const date = validateCallDate(text, TODAY);
        if (date.length === 0) return false;
        if (text.length <= 32 && !date.some((f) => ID_TYPES.includes(f.type) || f.type === 'navn')) return false;
        return !composePidEmail(
          { pid: '31', callDate: text },
          { shortName: 'SmerteReg', pid: PERMISSIVE, today: TODAY },
        ).ok;
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('any 11 digits in any separators are refused', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{11}$/),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 10, maxLength: 10 }),
        (digits, seps) => validatePid(spaced(digits, seps), PERMISSIVE).length > 0,
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

/* ------------------------------------------------------------------------------------------ */

describe('parts of a fødselsnummer, dates and birth dates', () => {
  it('refuses the first 6, 9 or 10 digits of an identity number', () => {
    for (const kind of kinds) {
      const n = firstId(12, 3, 1957, kind);
      expect(types(n.slice(0, 6))).toEqual(['dato']);
      expect(types(n.slice(0, 9))).toEqual(['fodselsnummerStart']);
      expect(types(n.slice(0, 10))).toEqual(['fodselsnummerStart']);
      expect(types(`${n.slice(0, 6)} ${n.slice(6, 9)}`)).toEqual(['fodselsnummerStart']);
    }
  });

  it('isDdmmyy knows D-, H- and synthetic dates and leap days', () => {
    expect(isDdmmyy('290224')).toBe(true);
    expect(isDdmmyy('290223')).toBe(false);
    expect(isDdmmyy('710191')).toBe(true); // D: 31 January
    expect(isDdmmyy('314991')).toBe(false); // H: 31 September
    expect(isDdmmyy('019291')).toBe(true); // synthetic: December
    expect(isDdmmyy('123456')).toBe(false);
  });

  it.each(['120357', '12031957', '12.03.1957', '12.3.57', '12/3/1957', '1957-03-12', '19570312', '12 03 57', '1.1.90'])(
    'refuses the date %s',
    (text) => {
      expect(types(text)).toEqual(['dato']);
    },
  );

  it.each(['født 12. mars 1957', 'f. 120357', 'fødd 3. mai 1948', 'født i 1957', 'fdato 070803'])(
    'refuses the birth date in %s',
    (text) => {
      expect(types(text)).toContain('fodselsdato');
    },
  );

  it('finds a date with the month as a word in the e-mail text, where letters are allowed', () => {
    expect(types('Jeg ringte om dette 12. mars 1957.', 'email')).toEqual(['dato']);
    expect(types('født 12. mars 1957', 'email')).toEqual(['fodselsdato']);
  });
});

describe('phone numbers, e-mail addresses, postcodes and names', () => {
  const random = prng(99);
  const phone = randomDigits(random, 8, '49');

  it('refuses phone numbers alone, with a country code and after another number', () => {
    for (const text of [
      phone,
      `${phone.slice(0, 3)} ${phone.slice(3, 5)} ${phone.slice(5)}`,
      `+47 ${phone}`,
      `0047${phone}`,
      `47${phone}`,
      `1234 ${phone}`,
      `1234, ${phone}`,
      `12/${phone}`,
      inScript(phone, 0xff10),
    ]) {
      expect(validatePid(text, PERMISSIVE).length, text).toBeGreaterThan(0);
    }
    expect(findPersonalData(`1234 ${phone}`).map((f) => [f.type, f.match])).toEqual([['telefon', phone]]);
    expect(findPersonalData(`+47 ${phone}`).map((f) => [f.type, f.match])).toEqual([['telefon', `+47 ${phone}`]]);
  });

  it.each([
    'kari@sykehus.invalid',
    'kari＠sykehus.invalid',
    'kari (at) sykehus (dot) invalid',
    'kari[at]sykehus[dot]invalid',
    'kari at sykehus dot invalid',
    'kari at sykehus punktum invalid',
    'kari(a)sykehus.invalid',
    'kari @ sykehus . invalid',
    'k.n@x',
  ])('refuses the e-mail address %s, also in the e-mail text', (text) => {
    expect(types(text)).toContain('epost');
    expect(types(`Til ${text} i dag`, 'email')).toEqual(['epost']);
  });

  it('does not take the Norwegian word "at" for an e-mail address', () => {
    expect(types('En pasient har sagt til meg at hen reserverer seg mot registrering i SmerteReg.', 'email')).toEqual(
      [],
    );
  });

  it.each(['5003 Bergen', '5003 bergen', '5003Bergen', '5003, Bergen', '0150 OSLO', '9990 båtsfjord'])(
    'refuses the postcode and place %s',
    (text) => {
      expect(types(text, 'email')).toEqual(['postnummerSted']);
    },
  );

  it('does not join a postcode with a word on the next line or after a full stop', () => {
    expect(types('PID: 1234\n\nJeg ringte', 'email')).toEqual([]);
    expect(types('2026. Jeg', 'email')).toEqual([]);
  });

  it.each(['Kari', 'KN', 'K. N.', 'Ｋａｒｉ', 'K\u200Bari', 'Kari1234', 'kari nordmann'])(
    'refuses the letters in %s in a value',
    (text) => {
      expect(types(text)).toContain('navn');
    },
  );

  it('lets a single letter through the checks (the setting decides)', () => {
    expect(types('A123')).toEqual([]);
  });
});

describe('validatePid', () => {
  it('accepts what the strict setting describes, in any digit script and with a "PID" label', () => {
    for (const pid of ['1', '42', '1234', '1234567', ' 77 ', 'PID 3094', '١٢٣٤', '１２３'])
      expect(validatePid(pid, STRICT), pid).toEqual([]);
  });

  it('explains empty, too long and the wrong form, with the setting description', () => {
    expect(validatePid('', STRICT)).toEqual([{ type: 'tom', match: '', message: 'Skriv inn PID.' }]);
    expect(validatePid('   ', STRICT)[0]?.type).toBe('tom');
    expect(validatePid('12345678901234', { ...PERMISSIVE, maxLength: 5 })[0]?.type).toBe('elleveSiffer');
    expect(validatePid('1234123', { ...PERMISSIVE, maxLength: 5 })).toEqual([
      {
        type: 'forLang',
        match: '1234123',
        message: 'PID kan ha høyst 5 tegn. Du har skrevet 7. Verktøyet godtar alt. PID er ikke fødselsnummeret.',
      },
    ]);
    expect(validatePid('12 34', STRICT)).toEqual([
      {
        type: 'ugyldigFormat',
        match: '12 34',
        message: '«12 34» kan ikke brukes som PID. Verktøyet godtar bare sifre, høyst 7.',
      },
    ]);
  });

  it('refuses anything longer than the field takes before scanning it', () => {
    const long = `${firstId(1, 1, 1990)} `.repeat(2_000);
    expect(validatePid(long, PERMISSIVE).map((f) => f.type)).toEqual(['forLang']);
    expect(validatePid(long, PERMISSIVE)[0]?.message).toContain(`${long.length} tegn`);
  });
});

describe('validateCallDate', () => {
  it('accepts today and the last 60 days', () => {
    for (const days of [0, 1, 30, CALL_DATE_WINDOW_DAYS])
      expect(validateCallDate(daysBefore(TODAY, days), TODAY)).toEqual([]);
  });

  it('refuses a date in the future, one older than the window (a birth date), and impossible dates', () => {
    expect(validateCallDate(daysBefore(TODAY, -1), TODAY).map((f) => f.type)).toEqual(['datoIFremtiden']);
    expect(validateCallDate(daysBefore(TODAY, CALL_DATE_WINDOW_DAYS + 1), TODAY).map((f) => f.type)).toEqual([
      'datoForGammel',
    ]);
    expect(validateCallDate('1957-03-12', TODAY)[0]?.message).toContain('ikke for eksempel en fødselsdato');
    expect(validateCallDate('2026-02-30', TODAY).map((f) => f.type)).toEqual(['ugyldigDato']);
    expect(validateCallDate('', TODAY).map((f) => f.type)).toEqual(['tom']);
  });

  it('names personal data typed into the date field', () => {
    expect(validateCallDate(firstId(1, 1, 1990), TODAY).map((f) => f.type)).toEqual(['fodselsnummer']);
    expect(validateCallDate('kari@sykehus.invalid', TODAY).map((f) => f.type)).toContain('epost');
    expect(validateCallDate('27.11.2026', TODAY).map((f) => f.type)).toEqual(['ugyldigDato']);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('linear time', () => {
  const steps = (text: string, kind: 'value' | 'email' = 'value') => {
    const counter: Counter = { steps: 0 };
    scanPersonalData(text, kind, counter);
    return counter.steps;
  };
  const random = prng(7);
  const fillers: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['spaced digits', (n) => '1 '.repeat(n / 2)],
    ['fødselsnumre', (n) => `${firstId(1, 1, 1990)} `.repeat(n / 12)],
    ['dotted words before @', (n) => `${'a.'.repeat(n / 2 - 1)}@b`],
    ['@ signs', (n) => '@'.repeat(n)],
    ['disguised e-mail words', (n) => 'a at b dot '.repeat(n / 11)],
    ['names', (n) => 'Kari '.repeat(n / 5)],
    ['Arabic-Indic digits', (n) => '١'.repeat(n)],
    ['random mix', (n) => Array.from({ length: n }, () => '1a .@-(\u200B٣'[Math.floor(random() * 11)]).join('')],
    ['postcodes', (n) => '1234 ab '.repeat(n / 8)],
    ['dates', (n) => '1.1.90 '.repeat(n / 7)],
  ];

  it.each(fillers)(
    'a 20,000-character paste of %s takes at most a fixed number of steps per character',
    (_, make) => {
      const small = steps(make(2_000));
      const large = steps(make(20_000));
      // Ten times the text, about ten times the steps (a quadratic scan would be a hundred times).
      expect(large / small).toBeLessThan(11);
      expect(large / 20_000).toBeLessThan(200);
    },
    60_000,
  );
});
