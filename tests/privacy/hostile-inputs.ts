/**
 * Hostile inputs for the PID e-mail composer: personal data as a hurried clinician might type
 * or paste it into the PID field or the date field. Every one must be refused with a message
 * (never reach the e-mail, never be blocked silently). Numbers are generated
 * (./synthetic.ts): none is a real person's.
 */
import { DIGIT_ZEROS, daysBefore, firstId, inScript, pad, prng, randomDigits, spaced } from './synthetic.ts';

export type Category =
  | 'fødselsnummer'
  | 'D-, H- og syntetiske numre'
  | 'del av fødselsnummer'
  | 'dato'
  | 'fødselsdato i tekst'
  | 'telefon'
  | 'e-post'
  | 'postnummer og sted'
  | 'navn'
  | 'usynlige tegn og andre skrifter'
  | 'lang innliming'
  | 'datofeltet';

export interface Case {
  category: Category;
  field: 'pid' | 'callDate';
  value: string;
  /** Whether a real browser can put the value into the field (a date input takes only valid ISO dates). */
  browser?: boolean;
}

/** At least 150 hostile inputs, the same every run. `today` is yyyy-mm-dd. */
export function hostileInputs(today: string): Case[] {
  const random = prng(20261127);
  const cases: Case[] = [];
  const pid = (category: Category, value: string) => cases.push({ category, field: 'pid', value, browser: true });

  // Fødselsnumre, written the ways people write them.
  const f1 = firstId(1, 1, 1990);
  const f2 = firstId(12, 3, 1957);
  const f3 = firstId(29, 2, 2024, 'fodselsnummer', 500);
  const f4 = firstId(31, 12, 1949, 'fodselsnummer', 900);
  const f5 = firstId(5, 7, 1872, 'fodselsnummer', 500);
  for (const f of [f1, f2, f3, f4, f5]) {
    pid('fødselsnummer', f);
    pid('fødselsnummer', `${f.slice(0, 6)} ${f.slice(6)}`);
    pid('fødselsnummer', `${f.slice(0, 2)}.${f.slice(2, 4)}.${f.slice(4, 6)} ${f.slice(6, 9)} ${f.slice(9)}`);
  }
  pid('fødselsnummer', `${f1.slice(0, 6)}-${f1.slice(6)}`);
  pid('fødselsnummer', `${f2.slice(0, 4)} ${f2.slice(4, 8)} ${f2.slice(8)}`);
  pid('fødselsnummer', `${f3.slice(0, 6)} - ${f3.slice(6)}`);
  pid('fødselsnummer', `fnr ${f1}`);
  pid('fødselsnummer', `PID ${f2}`);
  pid('fødselsnummer', `1234 ${f4}`);
  pid('fødselsnummer', `${f5}.`);
  pid('fødselsnummer', `(${f1})`);
  pid('fødselsnummer', spaced(f2, Array(10).fill(' ')));
  pid('fødselsnummer', spaced(f3, Array(10).fill('-')));
  pid('fødselsnummer', `${f1.slice(0, 6)}_${f1.slice(6)}`);
  pid('fødselsnummer', `${f4.slice(0, 6)}/${f4.slice(6)}`);
  pid('fødselsnummer', `${f5.slice(0, 6)},${f5.slice(6)}`);
  pid('fødselsnummer', `${f2.slice(0, 6)}\n${f2.slice(6)}`);
  pid('fødselsnummer', `${randomDigits(random, 11)}`); // 11 digits, valid or not

  // D-, H- and synthetic numbers.
  for (const [kind, d, m, y] of [
    ['dnummer', 17, 5, 1980],
    ['dnummer', 31, 1, 2001],
    ['hnummer', 9, 9, 1965],
    ['hnummer', 28, 2, 1999],
    ['syntetiskNummer', 14, 6, 1975],
    ['syntetiskNummer', 1, 12, 2010],
  ] as const) {
    const n = firstId(d, m, y, kind);
    pid('D-, H- og syntetiske numre', n);
    pid('D-, H- og syntetiske numre', `${n.slice(0, 6)} ${n.slice(6)}`);
  }

  // The first 6, 9 or 10 digits of a fødselsnummer (the rest can be worked out).
  for (const f of [f1, f2, f3, f4]) {
    pid('del av fødselsnummer', f.slice(0, 6));
    pid('del av fødselsnummer', f.slice(0, 9));
    pid('del av fødselsnummer', f.slice(0, 10));
  }
  pid('del av fødselsnummer', `${f2.slice(0, 6)} ${f2.slice(6, 9)}`);
  pid('del av fødselsnummer', `${f5.slice(0, 6)}-${f5.slice(6, 10)}`);

  // Dates in the PID field.
  for (const [d, m, y] of [
    [12, 3, 1957],
    [1, 1, 1990],
    [24, 12, 1944],
    [7, 11, 2003],
  ] as const) {
    const dd = pad(d, 2),
      mm = pad(m, 2),
      yyyy = String(y),
      yy = yyyy.slice(2);
    pid('dato', `${dd}${mm}${yy}`);
    pid('dato', `${dd}${mm}${yyyy}`);
    pid('dato', `${dd}.${mm}.${yyyy}`);
    pid('dato', `${d}.${m}.${yy}`);
    pid('dato', `${d}/${m}/${yyyy}`);
    pid('dato', `${yyyy}-${mm}-${dd}`);
    pid('dato', `${yyyy}${mm}${dd}`);
  }
  pid('dato', '12 03 57');
  pid('dato', '12-03-1957');

  // Birth dates in Norwegian prose.
  for (const text of [
    'født 12. mars 1957',
    'f. 120357',
    'f.120357',
    'fødd 3. mai 1948',
    'f. 1/1-45',
    'fødselsdato 24.12.44',
    'født i 1957',
    '12. mars 1957',
    '12 mars 57',
    'fdato 070803',
    'Født: 7. nov. 2003',
  ]) {
    pid('fødselsdato i tekst', text);
  }

  // Phone numbers, alone and after another number.
  const phones = [randomDigits(random, 8, '49'), randomDigits(random, 8, '49'), randomDigits(random, 8, '2357')];
  for (const p of phones) {
    pid('telefon', p);
    pid('telefon', `${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5)}`);
    pid('telefon', `${p.slice(0, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6)}`);
    pid('telefon', `+47 ${p}`);
    pid('telefon', `0047${p}`);
    pid('telefon', `1234 ${p}`);
    pid('telefon', `1234, ${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5)}`);
  }
  pid('telefon', `47${phones[0]}`);
  pid('telefon', `tlf ${phones[1]}`);
  pid('telefon', `${phones[2]!.slice(0, 4)}-${phones[2]!.slice(4)}`);
  pid('telefon', `12/${phones[0]}`);

  // E-mail addresses, plain and disguised.
  for (const text of [
    'kari.nordmann@sykehus.invalid',
    'kari@sykehus',
    'k.n@x.invalid',
    'kari＠sykehus.invalid',
    'kari (at) sykehus (dot) invalid',
    'kari[at]sykehus[dot]invalid',
    'kari at sykehus dot invalid',
    'kari at sykehus punktum invalid',
    'kari(a)sykehus.invalid',
    'kari @ sykehus . invalid',
    'kari alfakrøll sykehus punktum invalid',
    '1234@sykehus.invalid',
    '@kari',
    'kari{at}sykehus{dot}invalid',
    'KARI@SYKEHUS.INVALID',
    'kari\u200B@sykehus.invalid',
  ])
    pid('e-post', text);

  // Postcodes and places, also in lower case and glued together.
  for (const place of ['Bergen', 'bergen', 'OSLO', 'Tromsø', 'ålesund']) {
    const code = randomDigits(random, 4);
    pid('postnummer og sted', `${code} ${place}`);
    pid('postnummer og sted', `${code}${place}`);
  }
  pid('postnummer og sted', 'Storgata 1, 5003 Bergen');
  pid('postnummer og sted', 'N-5021 Bergen');
  pid('postnummer og sted', '5021, bergen');

  // Names and initials.
  for (const text of [
    'Kari',
    'Kari Nordmann',
    'Ola',
    'KN',
    'K. N.',
    'K.N',
    'Nordmann',
    'Anne-Lise',
    'Åse',
    'Øyvind Ås',
    'Ｋａｒｉ',
    'Kari1234',
    '1234 Kari',
    '1234-KN',
    'kari nordmann',
    'Pasient: Kari',
    'ola',
  ])
    pid('navn', text);

  // Invisible characters and other digit scripts.
  pid('usynlige tegn og andre skrifter', [...f1].join('\u200B'));
  pid('usynlige tegn og andre skrifter', [...f2].join('\u00AD'));
  pid('usynlige tegn og andre skrifter', `${f3.slice(0, 6)}\u2060${f3.slice(6)}`);
  pid('usynlige tegn og andre skrifter', `\u202E${f4}\u202C`);
  pid('usynlige tegn og andre skrifter', `${f5.slice(0, 6)}\u00A0${f5.slice(6)}`);
  pid('usynlige tegn og andre skrifter', `${f1.slice(0, 6)}\u2212${f1.slice(6)}`);
  pid('usynlige tegn og andre skrifter', `K\u200Bari`);
  for (const zero of DIGIT_ZEROS.slice(1)) pid('usynlige tegn og andre skrifter', inScript(f2, zero));
  pid('usynlige tegn og andre skrifter', inScript(phones[0]!, 0xff10));
  pid('usynlige tegn og andre skrifter', inScript(f1.slice(0, 6), 0x660));

  // Long pastes (a whole journal note), also past the field's maxlength.
  pid('lang innliming', `Pasient Kari Nordmann, f. ${f2.slice(0, 6)}, tlf ${phones[0]}, bor i 5003 Bergen. PID 1234.`);
  pid('lang innliming', `1234 ${'x'.repeat(200)}`);
  pid('lang innliming', `${'1'.repeat(20_000)}`);
  pid('lang innliming', `${'Kari '.repeat(4_000)}`);
  pid('lang innliming', `${f1} `.repeat(1_700));

  // The date field: birth dates, dates outside the window, personal data as text.
  const date = (value: string, browser: boolean) =>
    cases.push({ category: 'datofeltet', field: 'callDate', value, browser });
  for (const iso of [
    '1957-03-12',
    '1990-01-01',
    '2003-11-07',
    daysBefore(today, 61),
    daysBefore(today, 400),
    daysBefore(today, -1),
    daysBefore(today, -30),
  ]) {
    date(iso, true);
  }
  for (const text of [
    f1,
    `${f2.slice(0, 6)} ${f2.slice(6)}`,
    phones[0]!,
    'kari@sykehus.invalid',
    'Kari Nordmann',
    '12.03.1957',
    'født 12. mars 1957',
  ]) {
    date(text, false);
  }
  return cases;
}
