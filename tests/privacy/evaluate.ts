/**
 * Runs the hostile and the legitimate inputs through the composer's own code
 * (composePidEmail, as the page does) and counts what happened.
 */
import nb from '../../src/i18n/nb/composer.ts';
import nbRefusals from '../../src/i18n/nb/refusals.ts';
import { language } from '../../src/i18n/languages.ts';
import { messagesFor } from '../../src/lib/composer/messages.ts';
import { composePidEmail, type ComposeOptions, type FieldProblem } from '../../src/lib/composer/pid-email.ts';
import type { PidSetting } from '../../src/lib/privacy/index.ts';
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

/** The composer's options on a bokmål page, with the given setting and today. */
export function bokmalOptions(pid: PidSetting, today: string, shortName = 'SmerteReg'): ComposeOptions {
  return { shortName, pid, today, words: nb.email, dateLocales: language('nb').dateLocales };
}

export function evaluate(setting: PidSetting, today: string, shortName = 'SmerteReg'): Figures {
  const options = bokmalOptions(setting, today, shortName);
  /** What the reader is told, in bokmål. */
  const said = (problems: FieldProblem[]) =>
    problems.flatMap((p) => messagesFor(p.findings, p.field, nbRefusals, setting.description));
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
    else if (said(result.problems).some((m) => m.trim() !== '')) figures.caught++;
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
        messages: result.ok ? ['wrong PID in the e-mail'] : said(result.problems),
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
