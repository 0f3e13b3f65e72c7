/**
 * The browser side of ./PidComposer.astro. It checks each field for personal data
 * (src/lib/privacy/) as the clinician types and on submit, shows errors the GOV.UK way (an
 * error summary that takes focus and links to the fields, plus an error under each field tied
 * to it with aria-describedby and aria-invalid), and builds the e-mail with src/lib/composer/,
 * which checks the finished text once more. Every finding of that last check is shown too,
 * under its field and in the summary: nothing is blocked silently.
 *
 * It sends nothing: the form never submits, no request is made. The text leaves the page only
 * when the clinician copies it or opens it in their own e-mail program.
 *
 * It has no words of its own: the e-mail's words, the refusal messages of the page's language,
 * the date locales and its few sentences come from data-* attributes that ./PidComposer.astro
 * writes in the page's language.
 */
import { format } from '../../i18n/format';
import { messagesFor } from '../../lib/composer/messages';
import {
  composePidEmail,
  mailtoHref,
  type ComposeOptions,
  type PidEmail,
  type PidEmailField,
} from '../../lib/composer/pid-email';
import { CALL_DATE_WINDOW_DAYS, isoDaysBefore, validateCallDate, validatePid, type Finding } from '../../lib/privacy';
import { localIsoDate, readPageData } from './page-data';

interface Field {
  key: PidEmailField;
  input: HTMLInputElement;
  error: HTMLElement;
  hintId: string;
  validate: (value: string) => Finding[];
}

/** What is wrong with a field, as the reader reads it. */
interface Problem {
  field: Field;
  messages: string[];
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
  const { secretariatEmail, shortName, setting, words, messages, dateLocales, say } = readPageData(root);
  const options = (): ComposeOptions => ({ shortName, pid: setting, today: localIsoDate(), words, dateLocales });
  /** Shown if composing ever fails without saying why, so that the tool never blocks silently. */
  const unexplained = () => [say('Unexplained')];
  /** What the findings say, in the page's language (never nothing for a finding). */
  const said = (f: Field, findings: Finding[]): string[] => {
    try {
      return messagesFor(findings, f.key, messages, setting.description);
    } catch {
      return findings.length > 0 ? unexplained() : [];
    }
  };

  const field = (key: PidEmailField, id: string, validate: Field['validate']): Field => ({
    key,
    input: must<HTMLInputElement>(form, `#${id}`),
    error: must<HTMLElement>(form, `#${id}-feil`),
    hintId: `${id}-hint`,
    validate,
  });
  const fields: Field[] = [
    field('pid', 'pid', (value) => validatePid(value, setting)),
    field('callDate', 'samtaledato', (value) => validateCallDate(value, localIsoDate())),
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

  function showFieldError(f: Field, messages: string[]): void {
    const invalid = messages.length > 0;
    f.error.hidden = !invalid;
    f.error.replaceChildren();
    if (invalid) {
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = say('ErrorPrefix');
      f.error.append(prefix, messages.join(' '));
      f.input.setAttribute('aria-invalid', 'true');
      f.input.setAttribute('aria-describedby', `${f.hintId} ${f.error.id}`);
    } else {
      f.input.removeAttribute('aria-invalid');
      f.input.setAttribute('aria-describedby', f.hintId);
    }
    f.input.closest('.pid-composer__field')?.classList.toggle('pid-composer__field--invalid', invalid);
  }

  function showSummary(problems: Problem[]): void {
    summaryList.replaceChildren(
      ...problems.flatMap(({ field: f, messages }) =>
        messages.map((message) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `#${f.input.id}`;
          a.textContent = message;
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

  /** What is wrong with one field, leaving out "empty" while the clinician is still typing. */
  const liveMessages = (f: Field) =>
    said(
      f,
      f.validate(f.input.value).filter((x) => x.type !== 'tom'),
    );

  /** The e-mail, or every problem tied to its field (at least one). */
  function compose(): { email: PidEmail | null; problems: Problem[] } {
    const result = composePidEmail({ pid: fields[0]!.input.value, callDate: dateInput.value }, options());
    if (result.ok) return { email: result.email, problems: [] };
    const problems = result.problems
      .map((p) => {
        const field = fields.find((f) => f.key === p.field) ?? fields[0]!;
        return { field, messages: said(field, p.findings) };
      })
      .filter((p) => p.messages.length > 0);
    return { email: null, problems: problems.length > 0 ? problems : [{ field: fields[0]!, messages: unexplained() }] };
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
  function showProblems(problems: Problem[]): void {
    for (const f of fields)
      showFieldError(
        f,
        problems.filter((p) => p.field === f).flatMap((p) => p.messages),
      );
    showSummary(problems);
  }

  /** After each change: the field's own error, and the finished text kept in step or hidden. */
  function onChange(f: Field, announceDelay: number): void {
    const messages = liveMessages(f);
    const before = f.error.textContent;
    showFieldError(f, messages);
    if (messages.length > 0 && f.error.textContent !== before) announce(messages.join(' '), announceDelay);
    if (!summary.hidden || !result.hidden) {
      const { email, problems } = compose();
      // Keep the summary true: drop what has been fixed, keep what is still wrong.
      if (!summary.hidden) showProblems(problems);
      if (!result.hidden) {
        showResult(email);
        if (!email) announce(say('Hidden'), announceDelay);
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
    announce(say('Ready'));
  });

  async function copy(target: HTMLInputElement | HTMLTextAreaElement, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(target.value);
      copyStatus.textContent = format(say('Copied'), { what });
    } catch {
      target.focus();
      target.select();
      copyStatus.textContent = format(say('CopyFailed'), { what });
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      void (button.dataset.copy === 'subject' ? copy(subjectOut, say('Subject')) : copy(bodyOut, say('Body')));
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
