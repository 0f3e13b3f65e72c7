/**
 * The browser side of src/components/PidComposer.astro. It checks each field for personal data
 * (src/lib/privacy/personal-data.ts) as the clinician types and on submit, shows errors the GOV.UK way
 * (an error summary that takes focus and links to the fields, plus an error under each field
 * tied to it with aria-describedby and aria-invalid), and builds the e-mail with
 * src/lib/privacy/pid-email.ts.
 *
 * It sends nothing: the form never submits, no request is made. The text leaves the page only
 * when the clinician copies it or opens it in their own e-mail program.
 */
import { validateCallDate, validatePid, validateTeam, type Finding } from '../lib/privacy/personal-data';
import { buildPidEmail, mailtoHref, PidEmailError, type PidEmail, type PidEmailField } from '../lib/privacy/pid-email';

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

/** The date of the call: a valid date, and not after today. */
function validateDate(value: string): Finding[] {
  const findings = validateCallDate(value);
  if (findings.length === 0 && value.trim() > localIsoDate()) {
    return [{ type: 'ugyldigDato', match: value, message: 'Datoen kan ikke være etter i dag. Skriv datoen da du ringte registersekretariatet.' }];
  }
  return findings;
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

  const field = (key: PidEmailField, id: string, validate: Field['validate']): Field => ({
    key,
    input: must<HTMLInputElement>(form, `#${id}`),
    error: must<HTMLElement>(form, `#${id}-feil`),
    hintId: `${id}-hint`,
    validate,
  });
  const fields: Field[] = [
    field('pid', 'pid', validatePid),
    field('callDate', 'samtaledato', validateDate),
    field('team', 'team', validateTeam),
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
      prefix.textContent = 'Feil: ';
      f.error.append(prefix, findings.map((x) => x.message).join(' '));
      f.input.setAttribute('aria-invalid', 'true');
      f.input.setAttribute('aria-describedby', `${f.hintId} ${f.error.id}`);
    } else {
      f.input.removeAttribute('aria-invalid');
      f.input.setAttribute('aria-describedby', f.hintId);
    }
    f.input.closest('.pid-field')?.classList.toggle('pid-field-invalid', invalid);
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
            f.input.closest('.pid-field')?.scrollIntoView({ block: 'start' });
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

  function input(): { pid: string; callDate: string; team: string } {
    return { pid: fields[0]!.input.value, callDate: dateInput.value, team: fields[2]!.input.value };
  }

  function build(): PidEmail | null {
    try {
      const email = buildPidEmail(input(), { shortName });
      return fields.some((f) => f.validate(f.input.value).length > 0) ? null : email;
    } catch (error) {
      if (error instanceof PidEmailError) return null;
      throw error;
    }
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

  /** After each change: the field's own error, and the finished text kept in step or hidden. */
  function onChange(f: Field, announceDelay: number): void {
    const findings = liveFindings(f);
    const before = f.error.textContent;
    showFieldError(f, findings);
    if (findings.length > 0 && f.error.textContent !== before) announce(findings.map((x) => x.message).join(' '), announceDelay);
    if (!summary.hidden) {
      // Keep the summary true: drop what has been fixed.
      const problems = fields.map((g) => ({ field: g, findings: g.validate(g.input.value) })).filter((p) => p.findings.length > 0);
      showSummary(problems);
    }
    if (!result.hidden) {
      const email = build();
      showResult(email);
      if (!email) announce('E-posten er skjult til feilen er rettet.', announceDelay);
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
    const problems = fields.map((f) => ({ field: f, findings: f.validate(f.input.value) })).filter((p) => p.findings.length > 0);
    for (const f of fields) showFieldError(f, problems.find((p) => p.field === f)?.findings ?? []);
    showSummary(problems);
    if (problems.length > 0) {
      showResult(null);
      summary.focus();
      return;
    }
    const email = build();
    showResult(email);
    if (email) announce('E-posten er klar. Emnet og teksten står under skjemaet.');
  });

  async function copy(target: HTMLInputElement | HTMLTextAreaElement, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(target.value);
      copyStatus.textContent = `${what} er kopiert. Lim det inn i e-posten.`;
    } catch {
      target.focus();
      target.select();
      copyStatus.textContent = `Kopieringen virket ikke. ${what} er merket: trykk Ctrl+C (Cmd+C på Mac) for å kopiere.`;
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      void (button.dataset.copy === 'subject' ? copy(subjectOut, 'Emnet') : copy(bodyOut, 'Teksten'));
    });
  }

  // "Today" is the reader's today, set here rather than at build time.
  const today = localIsoDate();
  dateInput.max = today;
  if (!dateInput.value) dateInput.value = today;

  // Ready: show the form instead of the fixed template.
  template.hidden = true;
  form.hidden = false;
}
