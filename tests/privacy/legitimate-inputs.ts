/**
 * Legitimate values for the PID e-mail composer: PIDs as the default setting in
 * content/registry.yaml describes them (digits only, at most 7), typed the ways people type,
 * and call dates inside the window. Each must give an e-mail. The PIDs are drawn at random with
 * a fixed seed, so they are not chosen to pass the checks.
 */
import { DIGIT_ZEROS, daysBefore, inScript, prng, randomDigits } from './synthetic.ts';

export interface LegitimateCase {
  pid: string;
  callDate: string;
  /** The PID as it must stand in the e-mail. */
  expectPid: string;
}

/** At least 60 legitimate inputs, the same every run. `today` is yyyy-mm-dd. */
export function legitimateInputs(today: string): LegitimateCase[] {
  const random = prng(4711);
  const cases: LegitimateCase[] = [];
  // 42 random PIDs: six of each length from 1 to 7 digits.
  for (let length = 1; length <= 7; length++) {
    for (let i = 0; i < 6; i++) {
      const pid = randomDigits(random, length);
      cases.push({ pid, callDate: today, expectPid: pid });
    }
  }
  // Typed with spaces around it, with a "PID" label, or in another digit script.
  const typed = [
    [' 4821 ', '4821'],
    ['\t77\t', '77'],
    ['PID 3094', '3094'],
    ['PID: 15', '15'],
    ['pid 8', '8'],
    ['PID-2207', '2207'],
    ['1234567', '1234567'],
    ['0000001', '0000001'],
    ['9999999', '9999999'],
  ] as const;
  for (const [pid, expectPid] of typed) cases.push({ pid, callDate: today, expectPid });
  for (const zero of DIGIT_ZEROS.slice(1, 6))
    cases.push({ pid: inScript('5093', zero), callDate: today, expectPid: '5093' });
  // Call dates across the window.
  for (const days of [0, 1, 2, 7, 14, 30, 45, 59, 60])
    cases.push({ pid: '31', callDate: daysBefore(today, days), expectPid: '31' });
  return cases;
}
