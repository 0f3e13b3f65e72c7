/**
 * 10,000 generated fødselsnumre, D-, H- and synthetic numbers, written in every separator and
 * digit script, through the scan, the field checks and the composer.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { composePidEmail } from '../../../src/lib/composer/pid-email';
import { PID_INPUT_MAX_LENGTH, scanPersonalData, validateCallDate, validatePid } from '../../../src/lib/privacy';
import { written } from '../../privacy/arbitraries';
import { bokmalOptions, PERMISSIVE } from '../../privacy/evaluate';
import { SEPARATORS, spaced } from '../../privacy/synthetic';
import { STRICT, TODAY } from '../../privacy/settings';

const ID_TYPES = ['fodselsnummer', 'dnummer', 'hnummer', 'syntetiskNummer'];

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
          if (composePidEmail({ pid: text, callDate: TODAY }, bokmalOptions(setting, TODAY)).ok) return false;
        }
        const date = validateCallDate(text, TODAY);
        if (date.length === 0) return false;
        if (text.length <= 32 && !date.some((f) => ID_TYPES.includes(f.type) || f.type === 'navn')) return false;
        return !composePidEmail({ pid: '31', callDate: text }, bokmalOptions(PERMISSIVE, TODAY)).ok;
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
