/**
 * The e-mail a clinician sends to the registry secretariat after phoning it, when a patient has
 * opted out orally. The e-mail holds only fixed text, the PID and the date of the call; there
 * is no free text. Every field is checked with ./personal-data, and then the finished text is
 * checked again as a whole. composePidEmail returns either the e-mail or at least one problem
 * tied to a field, never neither: nothing is blocked silently.
 */
import {
  normalisePid,
  scanPersonalData,
  validateCallDate,
  validatePid,
  type Finding,
  type Located,
  type PidSetting,
} from './personal-data';
import { PID_EMAIL_WORDS, type PidEmailWords } from './pid-email-words';

export interface PidEmailInput {
  /** The patient's PID in the registry (not the fødselsnummer), as typed. */
  pid: string;
  /** The date the secretariat was phoned, ISO yyyy-mm-dd. */
  callDate: string;
}

export interface PidEmail {
  subject: string;
  /** Lines separated by "\n"; mailtoHref turns them into CRLF. */
  body: string;
}

export type PidEmailField = keyof PidEmailInput;

export interface FieldProblem {
  field: PidEmailField;
  findings: Finding[];
}

export interface ComposeOptions {
  /** The registry's short name, from content/registry.yaml. */
  shortName: string;
  /** What a PID may look like, from content/registry.yaml. */
  pid: PidSetting;
  /** The reader's today, yyyy-mm-dd. */
  today: string;
  /** The e-mail's fixed text in the clinician's language (./pid-email-words.ts); bokmål if left out. */
  words?: PidEmailWords;
}

export type ComposeResult = { ok: true; email: PidEmail } | { ok: false; problems: FieldProblem[] };

/** Thrown by buildPidEmail; `problems` says which field failed and why (bokmål messages; see ./finding-messages.ts). */
export class PidEmailError extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(problems.flatMap((p) => p.findings.map((f) => f.message)).join(' '));
    this.name = 'PidEmailError';
    this.problems = problems;
  }
}

/** "2026-11-27" → "27. november 2026", in the first of `locales` the runtime has. */
export function formatNorwegianDate(isoDate: string, locales: string[] = ['nb-NO']): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** Text with the places where the PID and the date were put in, so that a finding can be tied to its field. */
interface Placed {
  text: string;
  spans: { field: PidEmailField; start: number; end: number }[];
}

/**
 * The one template of the e-mail in the clinician's language (./pid-email-words.ts), in the
 * clinician's own voice. `pid` and `date` are put in as given: the composer passes checked
 * values, the no-JavaScript page passes placeholders.
 */
function place(
  pid: string,
  date: string,
  shortName: string,
  words: PidEmailWords = PID_EMAIL_WORDS.nb,
): { subject: Placed; body: Placed } {
  const build = (template: string): Placed => {
    let text = '';
    const spans: Placed['spans'] = [];
    for (const part of template.replace(/\{shortName\}/g, shortName).split(/(\{pid\}|\{date\})/)) {
      if (part === '{pid}' || part === '{date}') {
        const [field, value] = part === '{pid}' ? (['pid', pid] as const) : (['callDate', date] as const);
        spans.push({ field, start: text.length, end: text.length + value.length });
        text += value;
      } else text += part;
    }
    return { text, spans };
  };
  return { subject: build(words.subject), body: build(words.body.join('\n')) };
}

/** The e-mail with the given PID and date text put in, unchecked (for the no-JavaScript template). */
export function renderPidEmail(pid: string, dateText: string, shortName: string, words?: PidEmailWords): PidEmail {
  const { subject, body } = place(pid, dateText, shortName, words);
  return { subject: subject.text, body: body.text };
}

/** The problems with each field; [] when both fields can be used. */
export function validatePidEmail(input: PidEmailInput, options: ComposeOptions): FieldProblem[] {
  const problems: FieldProblem[] = [
    { field: 'pid', findings: validatePid(input.pid, options.pid) },
    { field: 'callDate', findings: validateCallDate(input.callDate, options.today) },
  ];
  return problems.filter((p) => p.findings.length > 0);
}

/**
 * The last check, on the whole e-mail: anything that looks like personal data is tied to the
 * field whose value it touches; the call date itself is the one date allowed. A finding that
 * touches no value (the fixed text itself) is tied to the PID field, so that it is still shown.
 */
export function checkFinishedEmail(placed: Placed[], callDateText: string): FieldProblem[] {
  const byField = new Map<PidEmailField, Finding[]>();
  for (const { text, spans } of placed) {
    const found: Located[] = scanPersonalData(text, 'email').found;
    // The scan normalises; the template and the checked values are already normal, so places agree.
    for (const f of found) {
      const touched = spans.filter((s) => f.start < s.end && s.start < f.end);
      const onlyTheCallDate =
        f.type === 'dato' && touched.length === 1 && touched[0]!.field === 'callDate' && f.match === callDateText;
      if (onlyTheCallDate) continue;
      const field = touched[0]?.field ?? 'pid';
      byField.set(field, [...(byField.get(field) ?? []), { type: f.type, match: f.match, message: f.message }]);
    }
    // Letters in the PID (a name or initials), in case a setting lets letters through.
    for (const s of spans.filter((x) => x.field === 'pid')) {
      const letters = scanPersonalData(text.slice(s.start, s.end), 'value').found.filter((f) => f.type === 'navn');
      if (letters.length > 0 && !byField.get('pid')?.some((f) => f.type === 'navn')) {
        byField.set('pid', [
          ...(byField.get('pid') ?? []),
          ...letters.map(({ type, match, message }) => ({ type, match, message })),
        ]);
      }
    }
  }
  return [...byField].map(([field, findings]) => ({ field, findings }));
}

/**
 * The e-mail, or the problems. Each field is checked, then the finished text as a whole. The
 * result is never "no e-mail and no problem".
 */
export function composePidEmail(input: PidEmailInput, options: ComposeOptions): ComposeResult {
  const problems = validatePidEmail(input, options);
  if (problems.length > 0) return { ok: false, problems };

  const pid = normalisePid(input.pid);
  const words = options.words ?? PID_EMAIL_WORDS.nb;
  const dateText = formatNorwegianDate(input.callDate.trim(), words.dateLocales);
  const { subject, body } = place(pid, dateText, options.shortName, words);
  const leaks = checkFinishedEmail([subject, body], dateText);
  if (leaks.length > 0) return { ok: false, problems: leaks };
  return { ok: true, email: { subject: subject.text, body: body.text } };
}

/** composePidEmail that throws PidEmailError instead of returning problems. */
export function buildPidEmail(input: PidEmailInput, options: ComposeOptions): PidEmail {
  const result = composePidEmail(input, options);
  if (!result.ok) throw new PidEmailError(result.problems);
  return result.email;
}

/**
 * An RFC 6068 mailto: URL. Subject and body are percent-encoded as UTF-8 (a space is %20),
 * and every line break becomes %0D%0A. An empty `to` gives "mailto:?subject=…".
 */
export function mailtoHref(to: string, { subject, body }: PidEmail): string {
  const encode = (s: string) => encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}
