/**
 * The PID e-mail composer on /helsepersonell/e-post/, in a real browser against the built site:
 * it refuses personal data and says why (never silently), sends nothing, is accessible in every
 * state and with the keyboard only, and works without JavaScript as a fixed template. The
 * hostile and legitimate lists of tests/privacy/ are run through the page itself.
 */
import type { Page } from '@playwright/test';
import { readYaml } from '../tools/content.ts';
import { axeViolations } from './axe.ts';
import { hostileInputs } from '../privacy/hostile-inputs.ts';
import { legitimateInputs } from '../privacy/legitimate-inputs.ts';
import { daysBefore, firstId } from '../privacy/synthetic.ts';
import { expect, test } from './fixtures.ts';

const COMPOSER = '/helsepersonell/e-post/';
/** A generated fødselsnummer (not a real person's). */
const FNR = firstId(1, 1, 1990);

const registry = readYaml('registry.yaml');

/** The reader's today in the browser, as the composer sees it: ISO and Norwegian long form. */
async function browserToday(page: Page): Promise<{ iso: string; long: string }> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      long: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }).format(d),
    };
  });
}

const pid = (page: Page) => page.getByRole('textbox', { name: 'PID', exact: true });
const callDate = (page: Page) => page.getByLabel('Datoen da du ringte registersekretariatet');
const makeButton = (page: Page) => page.getByRole('button', { name: 'Lag e-posten' });
const summary = (page: Page) => page.locator('[data-error-summary]');
const result = (page: Page) => page.locator('[data-pid-result]');
const bodyOut = (page: Page) => page.getByRole('textbox', { name: 'Tekst', exact: true });
const subjectOut = (page: Page) => page.getByRole('textbox', { name: 'Emne', exact: true });

/** Records every request the page makes from now on, except the page icon Chromium fetches on its own schedule. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname !== '/favicon.svg') requests.push(`${r.method()} ${r.url()}`);
  });
  return requests;
}

test.describe('PID e-mail composer', () => {
  // axe on a full page can take many seconds on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('empty state: only the PID and the date, the setting described, the date today; accessible', async ({
    page,
    watch,
  }) => {
    await page.goto(COMPOSER);
    const form = page.getByRole('form', { name: 'Lag e-posten' });
    await expect(form).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mal for e-posten' })).toBeHidden();
    // No free text: two fields and nothing else to type in.
    await expect(form.locator('input, textarea, select')).toHaveCount(2);
    await expect(pid(page)).toHaveAttribute('autocomplete', 'off');
    await expect(pid(page)).toHaveAttribute('spellcheck', 'false');
    await expect(pid(page)).toHaveAttribute('maxlength', '64');
    await expect(pid(page)).toHaveAccessibleDescription(
      new RegExp(`ikke fødselsnummeret\\. ${registry.pid.description.nb.replace(/\./g, '\\.')}`),
    );
    const today = await browserToday(page);
    await expect(callDate(page)).toHaveAttribute('type', 'date');
    await expect(callDate(page)).toHaveValue(today.iso);
    await expect(callDate(page)).toHaveAttribute('max', today.iso);
    await expect(callDate(page)).toHaveAttribute('min', daysBefore(today.iso, 60));
    await expect(page.locator('form[data-pid-form]')).not.toHaveAttribute('action', /.*/);
    await expect(result(page)).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });

  test('the header has a plain link to /sok/ here instead of a search field', async ({ page }) => {
    await page.goto(COMPOSER);
    const header = page.locator('header.site-header');
    await expect(header.getByRole('search')).toHaveCount(0);
    await expect(header.locator('input')).toHaveCount(0);
    await expect(header.getByRole('link', { name: 'Søk på nettstedet' })).toHaveAttribute('href', '/sok/');
    // Other pages keep the search field.
    await page.goto('/helsepersonell/');
    await expect(page.locator('header.site-header').getByRole('search')).toHaveCount(1);
  });

  test('a fødselsnummer in the PID field is refused, tied to the field and announced', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill(FNR);
    const error = page.locator('#pid-feil');
    await expect(error).toBeVisible();
    await expect(error).toContainText('fødselsnummer');
    await expect(error).toContainText(FNR);
    await expect(pid(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(pid(page)).toHaveAttribute('aria-describedby', 'pid-hint pid-feil');
    await expect(pid(page)).toHaveAccessibleDescription(/fødselsnummer/);
    await expect(page.locator('[data-pid-status]')).toContainText('fødselsnummer');
    await pid(page).fill('4821');
    await expect(error).toBeHidden();
    await expect(pid(page)).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(pid(page)).toHaveAttribute('aria-describedby', 'pid-hint');
  });

  test('error state: the summary is an alert, takes focus, lists every error and links to the fields; axe is clean', async ({
    page,
  }) => {
    await page.goto(COMPOSER);
    await callDate(page).fill('1957-03-12');
    await makeButton(page).click();
    await expect(summary(page)).toBeVisible();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('alert')).toContainText('Rett opp dette');
    const links = summary(page).getByRole('link');
    await expect(links).toHaveCount(2);
    await expect(links.nth(0)).toHaveText('Skriv inn PID.');
    await expect(links.nth(1)).toContainText('ikke for eksempel en fødselsdato');
    await expect(page.locator('#samtaledato-feil')).toContainText('siste 60 dagene');
    await expect(callDate(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(result(page)).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
    expect(new URL(page.url()).search).toBe('');

    await links.nth(1).click();
    await expect(callDate(page)).toBeFocused();
    // Fixing an error removes it from the summary.
    await pid(page).fill('31');
    await expect(links).toHaveCount(1);
  });

  test('a date after today is refused', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill('777');
    await callDate(page).fill(daysBefore((await browserToday(page)).iso, -1));
    await makeButton(page).click();
    await expect(page.locator('#samtaledato-feil')).toContainText('etter i dag');
  });

  test('valid state: the PID and the Norwegian date make the text; axe is clean', async ({ page }) => {
    await page.goto(COMPOSER);
    const date = daysBefore((await browserToday(page)).iso, 3);
    await pid(page).fill(' PID: 4821 ');
    await callDate(page).fill(date);
    await makeButton(page).click();
    await expect(result(page)).toBeVisible();
    await expect(summary(page)).toBeHidden();
    await expect(subjectOut(page)).toHaveValue(`Reservasjon mot registrering i ${registry.shortName} – PID 4821`);
    const body = await bodyOut(page).inputValue();
    expect(body).toContain('En pasient har sagt fra til meg');
    expect(body).toContain('Pasientens PID: 4821\n');
    const [y, m, d] = date.split('-').map(Number);
    const long = new Intl.DateTimeFormat('nb-NO', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y!, m! - 1, d)));
    expect(body).toContain(`Jeg ringte registersekretariatet om dette ${long}.`);
    await expect(subjectOut(page)).toHaveAttribute('readonly', '');
    await expect(page.locator('[data-pid-status]')).toHaveText(/E-posten er klar/);
    const mailto = result(page).getByRole('link', { name: 'Åpne e-posten i e-postprogrammet' });
    if (registry.secretariat.email) {
      await expect(mailto).toHaveAttribute('href', new RegExp(`^mailto:${registry.secretariat.email}\\?subject=`));
    } else {
      await expect(mailto).toHaveCount(0);
      await expect(result(page).locator('.contact__fallback')).toContainText(
        'Kontaktinformasjon til SmerteReg finner du hos Helse Bergen',
      );
    }
    expect(await axeViolations(page)).toEqual([]);

    // Changing a field afterwards keeps the text in step, or hides it while there is an error.
    await pid(page).fill('9');
    await expect(bodyOut(page)).toHaveValue(/PID: 9\n/);
    await pid(page).fill(FNR);
    await expect(result(page)).toBeHidden();
    await expect(page.locator('[data-pid-status]')).toContainText(/skjult|fødselsnummer/);
  });

  test('keyboard only: reach the fields, make the e-mail, meet and follow the error summary', async ({ page }) => {
    await page.goto(COMPOSER);
    const pressTabUntil = async (target: ReturnType<typeof pid>, max = 60) => {
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('not reached with Tab');
    };
    await pressTabUntil(pid(page));
    await page.keyboard.type(FNR);
    await page.keyboard.press('Enter');
    await expect(summary(page)).toBeFocused();
    await page.keyboard.press('Tab');
    const first = summary(page).getByRole('link').first();
    await expect(first).toBeFocused();
    await expect(first).toContainText('fødselsnummer');
    await page.keyboard.press('Enter');
    await expect(pid(page)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4821');
    await pressTabUntil(makeButton(page), 10);
    await page.keyboard.press('Enter');
    await expect(result(page)).toBeVisible();
    await expect(subjectOut(page)).toHaveValue(/PID 4821$/);
    await pressTabUntil(page.getByRole('button', { name: 'Kopier teksten' }), 10);
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
  });

  test('a 20,000-character paste is refused at once with a message, and the page stays usable', async ({ page }) => {
    await page.goto(COMPOSER);
    const paste = `${FNR} `.repeat(1_700);
    // A paste into the field is cut at its maxlength, and what is left is checked.
    await pid(page).focus();
    await page.keyboard.insertText(paste);
    expect((await pid(page).inputValue()).length).toBeLessThanOrEqual(64);
    await expect(page.locator('#pid-feil')).toContainText('fødselsnummer');
    // A script could set a longer value: it is refused as too long, before any scan.
    await pid(page).evaluate((el: HTMLInputElement, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, paste);
    await expect(page.locator('#pid-feil')).toContainText('for langt');
    await makeButton(page).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('link').first()).toContainText(`${paste.length} tegn`);
    await pid(page).fill('31');
    await makeButton(page).click();
    await expect(result(page)).toBeVisible();
  });

  test('every hostile input is refused with a message in the page, every legitimate one gives the e-mail, and no request is made', async ({
    page,
  }) => {
    await page.goto(COMPOSER);
    await page.waitForLoadState('networkidle');
    const requests = recordRequests(page);
    const today = (await browserToday(page)).iso;
    const hostile = hostileInputs(today).filter((x) => x.browser);
    const legitimate = legitimateInputs(today);

    // One round trip for the whole list (the machine may be slow): in the page, each value is put
    // into its field with the events a paste fires, the form is submitted the way Enter does, and
    // what the reader would see is read back. The page's own script does all the work.
    const seen = await page.evaluate(
      ({ hostile, legitimate, today }) => {
        const pidInput = document.querySelector<HTMLInputElement>('#pid')!;
        const dateInput = document.querySelector<HTMLInputElement>('#samtaledato')!;
        const form = document.querySelector<HTMLFormElement>('[data-pid-form]')!;
        const set = (input: HTMLInputElement, value: string) => {
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        };
        const run = (pid: string, date: string) => {
          set(pidInput, pid);
          set(dateInput, date);
          form.requestSubmit();
          const result = document.querySelector<HTMLElement>('[data-pid-result]')!;
          const summary = document.querySelector<HTMLElement>('[data-error-summary]')!;
          return {
            dateAccepted: dateInput.value === date,
            shown: !result.hidden,
            subject: document.querySelector<HTMLInputElement>('[data-pid-subject]')!.value,
            body: document.querySelector<HTMLTextAreaElement>('[data-pid-body]')!.value,
            summary: summary.hidden ? [] : [...summary.querySelectorAll('a')].map((a) => a.textContent ?? ''),
            pidError: document.querySelector('#pid-feil')!.textContent ?? '',
            dateError: document.querySelector('#samtaledato-feil')!.textContent ?? '',
          };
        };
        return {
          hostile: hostile.map((c) => ({
            ...run(c.field === 'pid' ? c.value : '31', c.field === 'callDate' ? c.value : today),
            field: c.field,
          })),
          legitimate: legitimate.map((c) => run(c.pid, c.callDate)),
        };
      },
      { hostile, legitimate, today },
    );

    const show = (i: number) => `${hostile[i]!.category}: ${JSON.stringify(hostile[i]!.value.slice(0, 60))}`;
    const missed = seen.hostile.flatMap((s, i) => (s.shown ? [`${show(i)} → ${s.body}`] : []));
    const silent = seen.hostile.flatMap((s, i) =>
      !s.shown &&
      !(
        s.summary.length > 0 &&
        s.summary.every((m) => m.trim() !== '') &&
        (s.field === 'pid' ? s.pidError : s.dateError).trim() !== ''
      )
        ? [show(i)]
        : [],
    );
    const refused = seen.legitimate.flatMap((s, i) =>
      s.shown && s.subject.endsWith(`PID ${legitimate[i]!.expectPid}`)
        ? []
        : [`${JSON.stringify(legitimate[i]!.pid)} ${legitimate[i]!.callDate}: ${s.summary.join(' | ')}`],
    );
    console.log(
      [
        `In the browser (${COMPOSER}, setting ${registry.pid.pattern}):`,
        `  hostile inputs tried: ${hostile.length}; caught: ${hostile.length - missed.length - silent.length}; missed: ${missed.length}; silent blocks: ${silent.length}`,
        `  legitimate inputs tried: ${legitimate.length}; passed: ${legitimate.length - refused.length}; false refusals: ${refused.length}`,
        ...missed.map((x) => `  MISSED ${x}`),
        ...silent.map((x) => `  SILENT ${x}`),
        ...refused.map((x) => `  REFUSED ${x}`),
      ].join('\n'),
    );
    // The date field took every date it was given (a real date input refuses malformed values).
    expect(seen.hostile.filter((s) => s.field === 'callDate').every((s) => s.dateAccepted)).toBe(true);
    expect(hostile.length).toBeGreaterThanOrEqual(150);
    expect(missed).toEqual([]);
    expect(silent).toEqual([]);
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(requests).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
  });

  test('no network request at all while the tool is used, copied from and submitted with Enter', async ({
    page,
    watch,
  }) => {
    await page.goto(COMPOSER);
    await page.waitForLoadState('networkidle');
    const requests = recordRequests(page);
    await pid(page).fill(FNR);
    await makeButton(page).click();
    await pid(page).fill('4821');
    await makeButton(page).click();
    await expect(result(page)).toBeVisible();
    await page.getByRole('button', { name: 'Kopier teksten' }).click();
    await pid(page).press('Enter');
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    expect(watch.offsite).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
  });

  test.describe('copying', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('«Kopier teksten» puts the body on the clipboard', async ({ page }) => {
      await page.goto(COMPOSER);
      await pid(page).fill('42');
      await makeButton(page).click();
      await page.getByRole('button', { name: 'Kopier teksten' }).click();
      await expect(page.locator('[data-copy-status]')).toHaveText(/Teksten er kopiert/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await bodyOut(page).inputValue());
      expect(copied).toContain('PID: 42');
      await page.getByRole('button', { name: 'Kopier emnet' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await subjectOut(page).inputValue());
    });
  });

  test('when copying fails, the text is selected and the reader is told to press Ctrl+C', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto(COMPOSER);
    await pid(page).fill('42');
    await makeButton(page).click();
    await page.getByRole('button', { name: 'Kopier teksten' }).click();
    await expect(page.locator('[data-copy-status]')).toContainText('Ctrl+C');
    await expect(bodyOut(page)).toBeFocused();
    const selected = await bodyOut(page).evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected).toBe(await bodyOut(page).inputValue());
  });

  test('without JavaScript: the fixed template with [PID], what a PID may be, and no form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(COMPOSER);
    const template = page.locator('[data-pid-template]');
    await expect(template.getByRole('heading', { name: 'Mal for e-posten' })).toBeVisible();
    await expect(template).toContainText(`Reservasjon mot registrering i ${registry.shortName} – PID [PID]`);
    await expect(template).toContainText('Pasientens PID: [PID]');
    await expect(template).toContainText('Jeg ringte registersekretariatet om dette [dato da du ringte].');
    await expect(template).toContainText(registry.pid.description.nb);
    await expect(template).toContainText('Skriv bare PID, aldri navn, fødselsnummer, adresse eller telefonnummer.');
    await expect(page.locator('main')).toContainText(
      'Verktøyet prøver å stoppe personopplysninger, men det kan ikke fange opp alt.',
    );
    await expect(page.locator('form[data-pid-form]')).toBeHidden();
    await expect(page.locator('header.site-header').getByRole('link', { name: 'Søk på nettstedet' })).toBeVisible();
    await context.close();
  });

  test('the no-JavaScript template is accessible too', async ({ page }) => {
    // axe needs JavaScript, so show the template the way a browser without it does.
    await page.goto(COMPOSER);
    await page.locator('[data-pid-template]').evaluate((el: HTMLElement) => (el.hidden = false));
    await page.locator('form[data-pid-form]').evaluate((el: HTMLElement) => (el.hidden = true));
    await expect(page.getByRole('heading', { name: 'Mal for e-posten' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * The script has no words of its own: swap the words the page hands it (data-*) for the
 * nynorsk ones, as the /nn/ page writes them, and the composer speaks nynorsk. (The /nn/ page
 * itself gets its own e2e test once it is built.)
 */
test.describe('PID e-mail composer on the nynorsk page', () => {
  test.describe.configure({ timeout: 90_000 });

  test('refuses in nynorsk and writes the nynorsk e-mail; axe is clean', async ({ page }) => {
    const { default: words } = await import('../../src/i18n/nn/composer.ts');
    const nn = words.script;
    await page.goto(`/nn${COMPOSER}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');

    await page.locator('#pid').fill(FNR);
    await page.locator('#pid-skjema button[type="submit"]').click();
    await expect(page.locator('#pid-feil')).toContainText('Dette ser ut som eit fødselsnummer');
    await expect(page.locator('#pid-feil')).toContainText('Feil:');
    await expect(summary(page)).toContainText('E-posten skal berre ha PID');
    expect(await axeViolations(page)).toEqual([]);

    const date = daysBefore((await browserToday(page)).iso, 2);
    await page.locator('#pid').fill('4821');
    await page.locator('#samtaledato').fill(date);
    await page.locator('#pid-skjema button[type="submit"]').click();
    await expect(result(page)).toBeVisible();
    const body = await bodyOut(page).inputValue();
    expect(body).toContain('Ein pasient har sagt frå til meg');
    expect(body).toContain('PID-en til pasienten: 4821\n');
    expect(body).toMatch(/Eg ringde registersekretariatet om dette \d{1,2}\. \p{L}+ \d{4}\./u);
    expect(body).not.toMatch(/\b(ikke|jeg|bare|hilsen)\b/i);
    await expect(page.locator('[data-pid-status]')).toHaveText(nn.ready);
    expect(await axeViolations(page)).toEqual([]);
  });
});
