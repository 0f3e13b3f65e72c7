/**
 * fast-check arbitraries for the property tests of the personal-data checks: valid synthetic
 * identity numbers of every kind, and the same written the ways people write them. Built on
 * ./synthetic.ts, apart from src/lib/privacy.
 */
import fc from 'fast-check';
import { DIGIT_ZEROS, idNumber, individRanges, inScript, SEPARATORS, type IdKind } from './synthetic.ts';

export const ID_KINDS: IdKind[] = ['fodselsnummer', 'dnummer', 'hnummer', 'syntetiskNummer'];

/** A valid synthetic identity number of any kind, with a random date 1900–2039 and a fitting individnummer. */
export const generatedId = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true }),
    pick: fc.nat(),
    kind: fc.constantFrom(...ID_KINDS),
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
export const written = fc
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
