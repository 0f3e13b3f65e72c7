/**
 * The two fields (src/lib/privacy/validate.ts). A finding has no words; what the reader is told
 * is checked here in bokmål through the composer's message lookup (src/lib/composer/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import nb from '../../../src/i18n/nb/refusals';
import { messageFor } from '../../../src/lib/composer/messages';
import type { PidEmailField } from '../../../src/lib/composer/pid-email';
import { CALL_DATE_WINDOW_DAYS, validateCallDate, validatePid, type Finding } from '../../../src/lib/privacy';
import { PERMISSIVE } from '../../privacy/evaluate';
import { STRICT, TODAY } from '../../privacy/settings';
import { daysBefore, firstId } from '../../privacy/synthetic';

/** The findings with what a bokmål page says about them. */
const said = (findings: Finding[], field: PidEmailField, description = STRICT.description) =>
  findings.map((f) => ({ type: f.type, match: f.match, message: messageFor(f, field, nb, description) }));

describe('validatePid', () => {
  it('accepts what the strict setting describes, in any digit script and with a "PID" label', () => {
    for (const pid of ['1', '42', '1234', '1234567', ' 77 ', 'PID 3094', '١٢٣٤', '１２３'])
      expect(validatePid(pid, STRICT), pid).toEqual([]);
  });

  it('explains empty, too long and the wrong form, with the setting description', () => {
    expect(said(validatePid('', STRICT), 'pid')).toEqual([{ type: 'tom', match: '', message: 'Skriv inn PID.' }]);
    expect(validatePid('   ', STRICT)[0]?.type).toBe('tom');
    expect(validatePid('12345678901234', { ...PERMISSIVE, maxLength: 5 })[0]?.type).toBe('elleveSiffer');
    const tooLong = validatePid('1234123', { ...PERMISSIVE, maxLength: 5 });
    expect(tooLong).toEqual([{ type: 'forLang', match: '1234123', start: 0, end: 7, length: 7, max: 5 }]);
    expect(said(tooLong, 'pid', PERMISSIVE.description)).toEqual([
      {
        type: 'forLang',
        match: '1234123',
        message: 'PID kan ha høyst 5 tegn. Du har skrevet 7. Verktøyet godtar alt. PID er ikke fødselsnummeret.',
      },
    ]);
    expect(said(validatePid('12 34', STRICT), 'pid')).toEqual([
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
    expect(validatePid(long, PERMISSIVE)[0]?.length).toBe(long.length);
    expect(said(validatePid(long, PERMISSIVE), 'pid')[0]?.message).toContain(`${long.length} tegn`);
  });

  it('names personal data with its place in the normalised PID', () => {
    const fnr = firstId(1, 1, 1990);
    expect(validatePid(`PID: ${fnr}`, PERMISSIVE)).toEqual([{ type: 'fodselsnummer', match: fnr, start: 0, end: 11 }]);
    expect(said(validatePid(fnr, PERMISSIVE), 'pid')[0]?.message).toBe(
      `Dette ser ut som et fødselsnummer (${fnr}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.`,
    );
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
    expect(validateCallDate('1957-03-12', TODAY)[0]?.days).toBe(CALL_DATE_WINDOW_DAYS);
    expect(said(validateCallDate('1957-03-12', TODAY), 'callDate')[0]?.message).toContain(
      'ikke for eksempel en fødselsdato',
    );
    expect(validateCallDate('2026-02-30', TODAY).map((f) => f.type)).toEqual(['ugyldigDato']);
    expect(validateCallDate('', TODAY).map((f) => f.type)).toEqual(['tom']);
  });

  it('names personal data typed into the date field', () => {
    expect(validateCallDate(firstId(1, 1, 1990), TODAY).map((f) => f.type)).toEqual(['fodselsnummer']);
    expect(validateCallDate('kari@sykehus.invalid', TODAY).map((f) => f.type)).toContain('epost');
    expect(validateCallDate('27.11.2026', TODAY).map((f) => f.type)).toEqual(['ugyldigDato']);
  });
});
