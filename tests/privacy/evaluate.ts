/**
 * Runs the hostile and the legitimate inputs through the composer's own code
 * (composePidEmail, as the page does) and counts what happened.
 */
import type { PidSetting } from '../../src/lib/privacy/personal-data.ts';
import { composePidEmail } from '../../src/lib/privacy/pid-email.ts';
import { hostileInputs, type Case } from './hostile-inputs.ts';
import { legitimateInputs, type LegitimateCase } from './legitimate-inputs.ts';

/** Lets every character through, up to the field's maxlength: only the personal-data checks stand in the way. */
export const PERMISSIVE: PidSetting = {
  pattern: '^[\\s\\S]{1,64}$',
  maxLength: 64,
  description: 'Verktøyet godtar alt.',
};

export interface Figures {
  hostileTried: number;
  caught: number;
  missed: Case[];
  silentBlocks: Case[];
  legitimateTried: number;
  passed: number;
  falseRefusals: { input: LegitimateCase; messages: string[] }[];
}

export function evaluate(setting: PidSetting, today: string, shortName = 'SmerteReg'): Figures {
  const options = { shortName, pid: setting, today };
  const figures: Figures = {
    hostileTried: 0,
    caught: 0,
    missed: [],
    silentBlocks: [],
    legitimateTried: 0,
    passed: 0,
    falseRefusals: [],
  };
  for (const c of hostileInputs(today)) {
    figures.hostileTried++;
    const input = c.field === 'pid' ? { pid: c.value, callDate: today } : { pid: '31', callDate: c.value };
    const result = composePidEmail(input, options);
    if (result.ok) figures.missed.push(c);
    else if (result.problems.flatMap((p) => p.findings).some((f) => f.message.trim() !== '')) figures.caught++;
    else figures.silentBlocks.push(c);
  }
  for (const c of legitimateInputs(today)) {
    figures.legitimateTried++;
    const result = composePidEmail({ pid: c.pid, callDate: c.callDate }, options);
    if (
      result.ok &&
      result.email.subject.endsWith(`PID ${c.expectPid}`) &&
      result.email.body.includes(`PID: ${c.expectPid}\n`)
    )
      figures.passed++;
    else
      figures.falseRefusals.push({
        input: c,
        messages: result.ok
          ? ['wrong PID in the e-mail']
          : result.problems.flatMap((p) => p.findings.map((f) => f.message)),
      });
  }
  return figures;
}

export function report(name: string, f: Figures): string {
  const show = (c: Case) => `${c.category} / ${c.field}: ${JSON.stringify(c.value.slice(0, 60))}`;
  return [
    `${name}:`,
    `  hostile inputs tried: ${f.hostileTried}; caught: ${f.caught}; missed (reached the e-mail): ${f.missed.length}; silent blocks: ${f.silentBlocks.length}`,
    `  legitimate inputs tried: ${f.legitimateTried}; passed: ${f.passed}; false refusals: ${f.falseRefusals.length}`,
    ...f.missed.map((c) => `  MISSED ${show(c)}`),
    ...f.silentBlocks.map((c) => `  SILENT ${show(c)}`),
    ...f.falseRefusals.map(
      ({ input, messages }) => `  REFUSED ${JSON.stringify(input.pid)} ${input.callDate}: ${messages.join(' | ')}`,
    ),
  ].join('\n');
}
