/** The detectors (src/lib/privacy/detectors/), through the one scan that runs them. */
import { describe, expect, it } from 'vitest';
import { findPersonalData, validatePid } from '../../../src/lib/privacy';
import { PERMISSIVE } from '../../privacy/evaluate';
import { ID_KINDS } from '../../privacy/arbitraries';
import { firstId, inScript, prng, randomDigits } from '../../privacy/synthetic';

const types = (text: string, kind: 'value' | 'email' = 'value') => findPersonalData(text, kind).map((f) => f.type);

describe('parts of a fødselsnummer, dates and birth dates', () => {
  it('refuses the first 6, 9 or 10 digits of an identity number', () => {
    for (const kind of ID_KINDS) {
      const n = firstId(12, 3, 1957, kind);
      expect(types(n.slice(0, 6))).toEqual(['dato']);
      expect(types(n.slice(0, 9))).toEqual(['fodselsnummerStart']);
      expect(types(n.slice(0, 10))).toEqual(['fodselsnummerStart']);
      expect(types(`${n.slice(0, 6)} ${n.slice(6, 9)}`)).toEqual(['fodselsnummerStart']);
    }
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

describe('what a finding carries', () => {
  it('says where the match is in the normalised text, and no words', () => {
    const phone = '9' + '1'.repeat(7); // built, not typed: a pattern, not a number
    const [found] = findPersonalData(`Ring ${inScript(phone, 0xff10)} i dag`, 'email');
    expect(found).toEqual({ type: 'telefon', match: phone, start: 5, end: 13 });
    const joined = findPersonalData('kari@sykehus.invalid og 5003 Bergen', 'email');
    for (const f of joined) expect('kari@sykehus.invalid og 5003 Bergen'.slice(f.start, f.end)).toBe(f.match);
    expect(joined.map((f) => f.type)).toEqual(['epost', 'postnummerSted']);
  });
});
