/**
 * The e-mail a clinician sends to the registry secretariat after phoning it, when a patient has
 * opted out orally. The e-mail holds only fixed text, the PID and the date of the call; there
 * is no free text. Every field is checked with src/lib/privacy/, and then the finished text is
 * checked again as a whole. composePidEmail returns either the e-mail or at least one problem
 * tied to a field, never neither: nothing is blocked silently.
 *
 * No words here: the fixed text comes in (src/i18n/<lang>/composer.ts, `email`), and a problem
 * is findings; ./messages.ts says them in the reader's language.
 */
import { formatDateIn, formatTracked } from '../../i18n/format';
import type { PidEmailWords } from '../../i18n/schema/composer';
import {
  normalisePid,
  scanPersonalData,
  validateCallDate,
  validatePid,
  type Finding,
  type PidSetting,
} from '../privacy';

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
  /** The e-mail's fixed text in the clinician's language (src/i18n/<lang>/composer.ts, `email`). */
  words: PidEmailWords;
  /** Locales for the call date, first choice first: the language's `dateLocales` (src/i18n/languages.ts). */
  dateLocales: readonly string[];
}

export type ComposeResult = { ok: true; email: PidEmail } | { ok: false; problems: FieldProblem[] };

/**
 * Thrown by buildPidEmail; `problems` says which field failed and why. The error's own message
 * names the fields and the kinds of finding, never what was found (it may be personal data).
 */
export class PidEmailError extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(
      `PID e-mail refused: ${problems.map((p) => `${p.field} (${p.findings.map((f) => f.type).join(', ')})`).join('; ')}`,
    );
    this.name = 'PidEmailError';
    this.problems = problems;
  }
}

/** Text with the places where the PID and the date were put in, so that a finding can be tied to its field. */
export interface Placed {
  text: string;
  spans: { field: PidEmailField; start: number; end: number }[];
}

/**
 * The one template of the e-mail in the clinician's language, in the clinician's own voice.
 * `pid` and `date` are put in as given: the composer passes checked values, the no-JavaScript
 * page passes placeholders.
 */
function place(pid: string, date: string, shortName: string, words: PidEmailWords): { subject: Placed; body: Placed } {
  const build = (template: string): Placed => {
    const { text, spans } = formatTracked(template, { shortName, pid, date }, ['pid', 'date']);
    return {
      text,
      spans: spans.map((s) => ({ field: s.name === 'pid' ? 'pid' : 'callDate', start: s.start, end: s.end })),
    };
  };
  return { subject: build(words.subject), body: build(words.body.join('\n')) };
}

/** The e-mail with the given PID and date text put in, unchecked (for the no-JavaScript template). */
export function renderPidEmail(pid: string, dateText: string, shortName: string, words: PidEmailWords): PidEmail {
  const { subject, body } = place(pid, dateText, shortName, words);
  return { subject: subject.text, body: body.text };
}

/** The problems with each field; [] when both fields can be used. */
function validatePidEmail(input: PidEmailInput, options: Pick<ComposeOptions, 'pid' | 'today'>): FieldProblem[] {
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
  const push = (field: PidEmailField, findings: Finding[]) =>
    byField.set(field, [...(byField.get(field) ?? []), ...findings]);
  for (const { text, spans } of placed) {
    // The scan normalises; the template and the checked values are already normal, so places agree.
    for (const f of scanPersonalData(text, 'email').found) {
      const touched = spans.filter((s) => f.start < s.end && s.start < f.end);
      const onlyTheCallDate =
        f.type === 'dato' && touched.length === 1 && touched[0]!.field === 'callDate' && f.match === callDateText;
      if (!onlyTheCallDate) push(touched[0]?.field ?? 'pid', [f]);
    }
    // Letters in the PID (a name or initials), in case a setting lets letters through.
    for (const s of spans.filter((x) => x.field === 'pid')) {
      const letters = scanPersonalData(text.slice(s.start, s.end), 'value').found.filter((f) => f.type === 'navn');
      if (letters.length > 0 && !byField.get('pid')?.some((f) => f.type === 'navn'))
        push(
          'pid',
          letters.map((f) => ({ ...f, start: f.start + s.start, end: f.end + s.start })),
        );
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
  const dateText = formatDateIn(input.callDate.trim(), options.dateLocales);
  const { subject, body } = place(pid, dateText, options.shortName, options.words);
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
