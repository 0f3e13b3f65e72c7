/**
 * The browser side of src/components/PidComposer.astro. It checks each field for personal data
 * (src/lib/privacy/personal-data.ts) as the clinician types and on submit, shows errors the GOV.UK way
 * (an error summary that takes focus and links to the fields, plus an error under each field
 * tied to it with aria-describedby and aria-invalid), and builds the e-mail with
 * src/lib/privacy/pid-email.ts, which checks the finished text once more. Every finding of that
 * last check is shown too, under its field and in the summary: nothing is blocked silently.
 *
 * It sends nothing: the form never submits, no request is made. The text leaves the page only
 * when the clinician copies it or opens it in their own e-mail program.
 *
 * It has no words of its own: the e-mail's words, the refusal messages of the page's language
 * (none on a bokmål page: personal-data.ts's own) and its few sentences come from data-*
 * attributes that src/components/PidComposer.astro writes in the page's language.
 */
import {
  isoDaysBefore,
  CALL_DATE_WINDOW_DAYS,
  validateCallDate,
  validatePid,
  type Finding,
  type PidSetting,
} from '../lib/privacy/personal-data';
import {
  composePidEmail,
  mailtoHref,
  type FieldProblem,
  type PidEmail,
  type PidEmailField,
} from '../lib/privacy/pid-email';
import { localiseFindings, type MessageTable } from '../lib/privacy/finding-messages';
import type { PidEmailWords } from '../lib/privacy/pid-email-words';

interface Field {
  key: PidEmailField;
  input: HTMLInputElement;
  error: HTMLElement;
  hintId: string;
  validate: (value: string) => Finding[];
}

/** The reader's own date today, yyyy-mm-dd (not UTC: "today" is where the clinician is). */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`pid-composer: ${selector} is missing`);
  return el;
}

export function initPidComposer(root: HTMLElement): void {
  const form = must<HTMLFormElement>(root, '[data-pid-form]');
  const template = must<HTMLElement>(root, '[data-pid-template]');
  const summary = must<HTMLElement>(root, '[data-error-summary]');
  const summaryList = must<HTMLUListElement>(root, '[data-error-list]');
  const result = must<HTMLElement>(root, '[data-pid-result]');
  const subjectOut = must<HTMLInputElement>(root, '[data-pid-subject]');
  const bodyOut = must<HTMLTextAreaElement>(root, '[data-pid-body]');
  const mailto = root.querySelector<HTMLAnchorElement>('[data-pid-mailto]');
  const status = must<HTMLElement>(root, '[data-pid-status]');
  const copyStatus = must<HTMLElement>(root, '[data-copy-status]');
  const secretariatEmail = root.dataset.secretariatEmail ?? '';
  const shortName = root.dataset.shortName ?? '';
  const setting: PidSetting = {
    pattern: root.dataset.pidPattern ?? '^$',
    maxLength: Number(root.dataset.pidMaxLength ?? 0),
    description: root.dataset.pidDescription ?? '',
  };
  const data = root.dataset;
  const say = (key: string): string => data[key] ?? '';
  const words = JSON.parse(data.emailWords ?? 'null') as PidEmailWords | null;
  const messages = data.messages ? (JSON.parse(data.messages) as MessageTable) : null;
  const options = () => ({ shortName, pid: setting, today: localIsoDate(), words: words ?? undefined });
  /** Shown if composing ever fails without saying why, so that the tool never blocks silently. */
  const UNEXPLAINED: Finding = { type: 'ugyldigFormat', match: '', message: say('sayUnexplained') };
  /** The findings in the page's language. */
  const inLang = (f: Field, findings: Finding[]) => localiseFindings(findings, f.key, f.input.value, messages, setting);

  const field = (key: PidEmailField, id: string, validate: Field['validate']): Field => ({
    key,
    input: must<HTMLInputElement>(form, `#${id}`),
    error: must<HTMLElement>(form, `#${id}-feil`),
    hintId: `${id}-hint`,
    validate,
  });
  const fields: Field[] = [
    field('pid', 'pid', (value) => inLang(fields[0]!, validatePid(value, setting))),
    field('callDate', 'samtaledato', (value) => inLang(fields[1]!, validateCallDate(value, localIsoDate()))),
  ];
  const dateInput = fields[1]!.input;

  /* Announcements: a polite live region, cleared first so that a repeated message is read again. */
  let announceTimer: number | undefined;
  let lastAnnounced = '';
  const announce = (text: string, delay = 0) => {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (text === lastAnnounced && delay > 0) return;
      lastAnnounced = text;
      status.textContent = '';
      window.setTimeout(() => (status.textContent = text), 50);
    }, delay);
  };

  function showFieldError(f: Field, findings: Finding[]): void {
    const invalid = findings.length > 0;
    f.error.hidden = !invalid;
    f.error.replaceChildren();
    if (invalid) {
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = say('sayErrorPrefix');
      f.error.append(prefix, findings.map((x) => x.message).join(' '));
      f.input.setAttribute('aria-invalid', 'true');
      f.input.setAttribute('aria-describedby', `${f.hintId} ${f.error.id}`);
    } else {
      f.input.removeAttribute('aria-invalid');
      f.input.setAttribute('aria-describedby', f.hintId);
    }
    f.input.closest('.pid-composer__field')?.classList.toggle('pid-composer__field--invalid', invalid);
  }

  function showSummary(problems: { field: Field; findings: Finding[] }[]): void {
    summaryList.replaceChildren(
      ...problems.flatMap(({ field: f, findings }) =>
        findings.map((finding) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `#${f.input.id}`;
          a.textContent = finding.message;
          a.addEventListener('click', (event) => {
            event.preventDefault();
            f.input.focus();
            // Keep the label and the error in view, not just the input.
            f.input.closest('.pid-composer__field')?.scrollIntoView({ block: 'start' });
          });
          li.append(a);
          return li;
        }),
      ),
    );
    summary.hidden = problems.length === 0;
  }

  /** Findings for one field, leaving out "empty" while the clinician is still typing. */
  const liveFindings = (f: Field) => f.validate(f.input.value).filter((x) => x.type !== 'tom');

  /** The e-mail, or every problem tied to its field (at least one). */
  function compose(): { email: PidEmail | null; problems: { field: Field; findings: Finding[] }[] } {
    const result = composePidEmail({ pid: fields[0]!.input.value, callDate: dateInput.value }, options());
    if (result.ok) return { email: result.email, problems: [] };
    const byField = (p: FieldProblem) => {
      const field = fields.find((f) => f.key === p.field) ?? fields[0]!;
      return { field, findings: inLang(field, p.findings) };
    };
    const problems = result.problems.map(byField).filter((p) => p.findings.length > 0);
    return { email: null, problems: problems.length > 0 ? problems : [{ field: fields[0]!, findings: [UNEXPLAINED] }] };
  }

  function showResult(email: PidEmail | null): void {
    result.hidden = email === null;
    copyStatus.textContent = '';
    subjectOut.value = email?.subject ?? '';
    bodyOut.value = email?.body ?? '';
    if (mailto) {
      mailto.href = email ? mailtoHref(secretariatEmail, email) : `mailto:${secretariatEmail}`;
    }
  }

  /** Shows the problems under each field and in the summary. */
  function showProblems(problems: { field: Field; findings: Finding[] }[]): void {
    for (const f of fields)
      showFieldError(
        f,
        problems.filter((p) => p.field === f).flatMap((p) => p.findings),
      );
    showSummary(problems);
  }

  /** After each change: the field's own error, and the finished text kept in step or hidden. */
  function onChange(f: Field, announceDelay: number): void {
    const findings = liveFindings(f);
    const before = f.error.textContent;
    showFieldError(f, findings);
    if (findings.length > 0 && f.error.textContent !== before)
      announce(findings.map((x) => x.message).join(' '), announceDelay);
    if (!summary.hidden || !result.hidden) {
      const { email, problems } = compose();
      // Keep the summary true: drop what has been fixed, keep what is still wrong.
      if (!summary.hidden) showProblems(problems);
      if (!result.hidden) {
        showResult(email);
        if (!email) announce(say('sayHidden'), announceDelay);
      }
    }
  }

  for (const f of fields) {
    f.input.addEventListener('input', () => onChange(f, 800));
    f.input.addEventListener('change', () => onChange(f, 0));
    f.input.addEventListener('blur', () => onChange(f, 0));
  }

  form.addEventListener('submit', (event) => {
    // The form never goes anywhere: everything happens on this page.
    event.preventDefault();
    const { email, problems } = compose();
    showProblems(problems);
    showResult(email);
    if (!email) {
      summary.focus();
      return;
    }
    announce(say('sayReady'));
  });

  async function copy(target: HTMLInputElement | HTMLTextAreaElement, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(target.value);
      copyStatus.textContent = say('sayCopied').replace('{what}', what);
    } catch {
      target.focus();
      target.select();
      copyStatus.textContent = say('sayCopyFailed').replace('{what}', what);
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      void (button.dataset.copy === 'subject' ? copy(subjectOut, say('saySubject')) : copy(bodyOut, say('sayBody')));
    });
  }

  // "Today" is the reader's today, set here rather than at build time.
  const today = localIsoDate();
  dateInput.max = today;
  dateInput.min = isoDaysBefore(today, CALL_DATE_WINDOW_DAYS);
  if (!dateInput.value) dateInput.value = today;

  // Ready: show the form instead of the fixed template.
  template.hidden = true;
  form.hidden = false;
}
