/**
 * The e-mail a clinician sends to the registry secretariat after phoning it, when a patient has
 * opted out orally. The e-mail carries the patient's PID and never personal data: every field
 * is checked with ./personal-data, and buildPidEmail throws rather than compose an e-mail from
 * a field that fails, so no caller can produce one with personal data.
 */
import { findPersonalData, validateCallDate, validatePid, validateTeam, type Finding } from './personal-data';

export interface PidEmailInput {
  /** The patient's PID in the registry (not the fødselsnummer). */
  pid: string;
  /** The date the secretariat was phoned, ISO yyyy-mm-dd. */
  callDate: string;
  /** The pain team or hospital sending the e-mail; optional. */
  team?: string;
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

/** Thrown by buildPidEmail; `problems` says which field failed and why (Norwegian messages). */
export class PidEmailError extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(problems.flatMap((p) => p.findings.map((f) => f.message)).join(' '));
    this.name = 'PidEmailError';
    this.problems = problems;
  }
}

/** The problems with each field; [] when an e-mail can be built. */
export function validatePidEmail(input: PidEmailInput): FieldProblem[] {
  const problems: FieldProblem[] = [
    { field: 'pid', findings: validatePid(input.pid) },
    { field: 'callDate', findings: validateCallDate(input.callDate) },
    { field: 'team', findings: validateTeam(input.team ?? '') },
  ];
  return problems.filter((p) => p.findings.length > 0);
}

/** "2026-11-27" → "27. november 2026". */
export function formatNorwegianDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * Subject and body of the e-mail, in bokmål. Throws PidEmailError if any field fails its check.
 * Leading and trailing whitespace is trimmed, and whitespace inside the team is collapsed.
 */
export function buildPidEmail(input: PidEmailInput, registry: { shortName: string }): PidEmail {
  const problems = validatePidEmail(input);
  if (problems.length > 0) throw new PidEmailError(problems);

  const pid = input.pid.trim();
  const team = (input.team ?? '').trim().replace(/\s+/g, ' ');
  const reg = registry.shortName;

  const subject = `Reservasjon mot registrering i ${reg} – PID ${pid}`;
  const body = [
    `Til registersekretariatet i ${reg}`,
    '',
    `Pasienten med PID ${pid} har gitt muntlig beskjed til behandleren sin om at pasienten reserverer seg mot registrering i ${reg}.`,
    '',
    `Jeg ringte registersekretariatet om dette ${formatNorwegianDate(input.callDate.trim())}.`,
    ...(team ? ['', `Smerteteam/sykehus: ${team}`] : []),
    '',
    'Denne e-posten har med vilje ingen personopplysninger om pasienten, bare PID.',
    '',
    'Vennlig hilsen',
  ].join('\n');

  // Defence in depth: the finished text must hold no number, address or e-mail that looks like
  // personal data. ('date' runs every check except names, which the fixed text would trip.)
  const leaks = findPersonalData(`${subject}\n${body}`, { kind: 'date' });
  if (leaks.length > 0) throw new PidEmailError([{ field: 'pid', findings: leaks }]);

  return { subject, body };
}

/**
 * An RFC 6068 mailto: URL. Subject and body are percent-encoded as UTF-8 (a space is %20),
 * and every line break becomes %0D%0A. An empty `to` gives "mailto:?subject=…".
 */
export function mailtoHref(to: string, { subject, body }: PidEmail): string {
  const encode = (s: string) => encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}
