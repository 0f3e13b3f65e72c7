/**
 * The two fields of the PID e-mail: the PID and the date of the phone call. Each check returns
 * [] when the value can be used, else what is wrong (findings, no words: see ./findings.ts).
 *
 * The design does the main work: there is no free-text field, and the PID must match a strict
 * setting (content/registry.yaml, `pid`). The personal-data scan (./scan.ts) is the second line
 * of defence, run on every field here and on the finished e-mail (src/lib/composer/).
 */
import type { Finding } from './findings';
import { isCalendarDate } from './id-numbers';
import { normalise } from './normalise';
import { scanPersonalData } from './scan';

/** What a PID may look like: one setting in content/registry.yaml (see src/lib/content/schemas.ts). */
export interface PidSetting {
  /** A regular expression, anchored with ^ and $, tested against the normalised, trimmed PID. */
  pattern: string;
  /** The most characters a PID may have. */
  maxLength: number;
  /** What is accepted, in the reader's language ("Verktøyet godtar …"). */
  description: string;
}

/**
 * The longest value the PID field takes at all (its maxlength). Longer input is refused before
 * any scan, whatever the setting allows.
 */
export const PID_INPUT_MAX_LENGTH = 64;
/** The longest value the date field takes ("yyyy-mm-dd" is 10; room for spaces around it). */
export const DATE_INPUT_MAX_LENGTH = 32;
/** The call date must be today or at most this many days earlier. */
export const CALL_DATE_WINDOW_DAYS = 60;

/** A finding about a whole field value (empty, too long, wrong form). */
const whole = (type: Finding['type'], match: string, extra: Partial<Finding> = {}): Finding => ({
  type,
  match,
  start: 0,
  end: match.length,
  ...extra,
});

/**
 * The PID as it goes into the e-mail: normalised, trimmed, and without a leading "PID" label
 * that the clinician may have typed ("PID: 1234" → "1234").
 */
export function normalisePid(value: string): string {
  return normalise(value)
    .trim()
    .replace(/^pid(?:\s*[:.#-]\s*|\s+)(?=\S)/i, '')
    .trim();
}

/**
 * Checks a PID as the user typed it. Returns [] when the PID can be used. The length is checked
 * before any scan. When the PID looks like personal data, only those findings are returned
 * (they say what is wrong); otherwise the format findings from the setting.
 */
export function validatePid(value: string, setting: PidSetting): Finding[] {
  if (value.length > PID_INPUT_MAX_LENGTH) return [whole('forLang', '', { length: value.length })];
  const pid = normalisePid(value);
  if (pid === '') return [whole('tom', '')];
  const personal = scanPersonalData(pid, 'value').found;
  if (personal.length > 0) return personal;
  const length = [...pid].length;
  if (length > setting.maxLength) return [whole('forLang', pid, { length, max: setting.maxLength })];
  if (!new RegExp(setting.pattern, 'u').test(pid)) return [whole('ugyldigFormat', pid)];
  return [];
}

/** The ISO date `days` days before `iso` (yyyy-mm-dd). */
export function isoDaysBefore(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - days)).toISOString().slice(0, 10);
}

/**
 * Checks the date of the phone call: an ISO date yyyy-mm-dd (as from <input type="date">),
 * not after `today` and at most CALL_DATE_WINDOW_DAYS days before it, so that a birth date
 * cannot pass as the call date. `today` is the reader's own date, yyyy-mm-dd.
 */
export function validateCallDate(value: string, today: string): Finding[] {
  if (value.length > DATE_INPUT_MAX_LENGTH) return [whole('forLang', '', { length: value.length })];
  const date = normalise(value).trim();
  if (date === '') return [whole('tom', '')];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) {
    // Not a date in the expected form: say so, and name any personal data in it (not dates).
    const personal = scanPersonalData(date, 'value').found.filter((f) => f.type !== 'dato');
    return personal.length > 0 ? personal : [whole('ugyldigDato', date)];
  }
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return [whole('ugyldigDato', date)];
  if (date > today) return [whole('datoIFremtiden', date)];
  if (date < isoDaysBefore(today, CALL_DATE_WINDOW_DAYS)) {
    return [whole('datoForGammel', date, { days: CALL_DATE_WINDOW_DAYS })];
  }
  return [];
}
