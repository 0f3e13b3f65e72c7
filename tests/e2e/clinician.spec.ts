/**
 * The clinician tools under /helsepersonell/: the PID e-mail composer (refuses personal data,
 * sends nothing, accessible in every state, works without JavaScript as a template) and the
 * one-page A4 checklist (and its PDF).
 */
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { readYaml as yaml } from '../tools/content.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const COMPOSER = '/helsepersonell/e-post/';
const CHECKLIST = '/helsepersonell/huskeliste/';
/** The checklist PDF carries a content hash in its name, like the other build downloads. */
const CHECKLIST_PDF = /^\/helsepersonell\/huskeliste-smerteteam-[0-9a-f]{8}\.pdf$/;
/** A valid, generated fødselsnummer (not a real person's). */
const FNR = '01019012480';

const registry = yaml('registry.yaml');
const routes = Object.values(yaml('routes.yaml')) as { title: string }[];
const methods = Object.values(yaml('methods.yaml')) as { title: string }[];
const fillShortName = (s: string) => s.replace(/\{shortName\}/g, registry.shortName).replace(/\{ownerShort\}/g, registry.ownerShort);

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
const team = (page: Page) => page.getByRole('textbox', { name: /Smerteteam eller sykehus/ });
const callDate = (page: Page) => page.getByLabel('Datoen da du ringte registersekretariatet');
const makeButton = (page: Page) => page.getByRole('button', { name: 'Lag e-posten' });
const summary = (page: Page) => page.locator('[data-error-summary]');
const bodyOut = (page: Page) => page.getByRole('textbox', { name: 'Tekst', exact: true });
const subjectOut = (page: Page) => page.getByRole('textbox', { name: 'Emne', exact: true });

test.describe('PID e-mail composer', () => {
  test('empty state: the form is shown, the date is today, and the page is accessible', async ({ page, watch }) => {
    await page.goto(COMPOSER);
    await expect(page.getByRole('form', { name: 'Lag e-posten' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mal for e-posten' })).toBeHidden();
    await expect(pid(page)).toHaveAttribute('autocomplete', 'off');
    await expect(pid(page)).toHaveAttribute('spellcheck', 'false');
    await expect(pid(page)).toHaveAttribute('inputmode', 'text');
    await expect(pid(page)).not.toHaveAttribute('maxlength', /.*/);
    await expect(pid(page)).toHaveAccessibleDescription(/ikke fødselsnummeret/);
    await expect(callDate(page)).toHaveAttribute('type', 'date');
    await expect(callDate(page)).toHaveValue((await browserToday(page)).iso);
    await expect(page.locator('form[data-pid-form]')).not.toHaveAttribute('action', /.*/);
    await expect(page.locator('[data-pid-result]')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.offsite).toEqual([]);
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
    // fixed: the error goes away
    await pid(page).fill('AB-123');
    await expect(error).toBeHidden();
    await expect(pid(page)).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(pid(page)).toHaveAttribute('aria-describedby', 'pid-hint');
  });

  test('11 digits in the PID field are refused even when they are no valid fødselsnummer', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill('12345678901');
    await expect(page.locator('#pid-feil')).toContainText('PID er ikke fødselsnummeret');
  });

  for (const [value, what] of [
    [FNR, 'fødselsnummer'],
    ['912 34 567', 'telefonnummer'],
    ['Kari Nordmann', 'navnet på en person'],
  ] as const) {
    test(`"${value}" in the team field is refused as ${what}`, async ({ page }) => {
      await page.goto(COMPOSER);
      await team(page).fill(`Smerteteamet ${value}`);
      await team(page).blur();
      const error = page.locator('#team-feil');
      await expect(error).toBeVisible();
      await expect(error).toContainText(what);
      await expect(error).toContainText(value);
      await expect(team(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(team(page)).toHaveAccessibleDescription(new RegExp(what));
    });
  }

  test('error state: the summary takes focus, lists the errors and links to the fields; axe is clean', async ({ page }) => {
    await page.goto(COMPOSER);
    await team(page).fill('Kari Nordmann');
    await makeButton(page).click();
    await expect(summary(page)).toBeVisible();
    await expect(summary(page)).toBeFocused();
    const links = summary(page).getByRole('link');
    await expect(links).toHaveCount(2);
    await expect(links.nth(0)).toHaveText('Skriv inn PID.');
    await expect(links.nth(1)).toContainText('Kari Nordmann');
    await expect(page.locator('#pid-feil')).toHaveText(/Skriv inn PID\./);
    await expect(pid(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-pid-result]')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    // the page never went anywhere
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
    expect(new URL(page.url()).search).toBe('');

    await links.nth(1).click();
    await expect(team(page)).toBeFocused();
    // fixing an error removes it from the summary
    await pid(page).fill('A1');
    await expect(links).toHaveCount(1);
  });

  test('keyboard: submit with Enter, the summary is focused, its links move focus to the fields', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).focus();
    await page.keyboard.type(FNR);
    await page.keyboard.press('Enter');
    await expect(summary(page)).toBeFocused();
    await page.keyboard.press('Tab');
    const first = summary(page).getByRole('link').first();
    await expect(first).toBeFocused();
    await expect(first).toContainText('fødselsnummer');
    await page.keyboard.press('Enter');
    await expect(pid(page)).toBeFocused();
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
  });

  test('valid state: the PID and the Norwegian date make the text; axe is clean', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill('AB-1234');
    await callDate(page).fill('2025-03-05');
    await team(page).fill('Smerteteamet, Haukeland universitetssjukehus');
    await makeButton(page).click();
    const result = page.locator('[data-pid-result]');
    await expect(result).toBeVisible();
    await expect(summary(page)).toBeHidden();
    await expect(subjectOut(page)).toHaveValue(`Reservasjon mot registrering i ${registry.shortName} – PID AB-1234`);
    const body = await bodyOut(page).inputValue();
    expect(body).toContain('Pasienten med PID AB-1234');
    expect(body).toContain('5. mars 2025');
    expect(body).toContain('Smerteteam/sykehus: Smerteteamet, Haukeland universitetssjukehus');
    expect(body).toContain('ingen personopplysninger');
    await expect(subjectOut(page)).toHaveAttribute('readonly', '');
    await expect(page.locator('[data-pid-status]')).toHaveText(/E-posten er klar/);
    // Not configured in content/registry.yaml: no mailto link, but where to find the address.
    const mailto = result.getByRole('link', { name: 'Åpne e-posten i e-postprogrammet' });
    if (registry.secretariat.email) {
      await expect(mailto).toHaveAttribute('href', `mailto:${registry.secretariat.email}?subject=${encodeURIComponent(await subjectOut(page).inputValue())}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`);
    } else {
      await expect(mailto).toHaveCount(0);
      await expect(result.locator('.contact-fallback')).toContainText('E-postadresse til registersekretariatet finner du på');
    }
    expect(await axeViolations(page)).toEqual([]);

    // Changing a field afterwards keeps the text in step, or hides it while there is an error.
    await pid(page).fill('AB-9');
    await expect(bodyOut(page)).toHaveValue(/PID AB-9 har/);
    await pid(page).fill(FNR);
    await expect(result).toBeHidden();
  });

  test('the date of the call defaults to today in Norwegian in the text', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill('777');
    await makeButton(page).click();
    await expect(bodyOut(page)).toHaveValue(new RegExp(`ringte registersekretariatet om dette ${(await browserToday(page)).long}\\.`));
  });

  test('a date after today is refused', async ({ page }) => {
    await page.goto(COMPOSER);
    await pid(page).fill('777');
    await callDate(page).fill('2099-01-01');
    await makeButton(page).click();
    await expect(page.locator('#samtaledato-feil')).toContainText('etter i dag');
  });

  test.describe('copying', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('«Kopier teksten» puts the body on the clipboard', async ({ page }) => {
      await page.goto(COMPOSER);
      await pid(page).fill('X42');
      await makeButton(page).click();
      await page.getByRole('button', { name: 'Kopier teksten' }).click();
      await expect(page.locator('[data-copy-status]')).toHaveText(/Teksten er kopiert/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await bodyOut(page).inputValue());
      expect(copied).toContain('PID X42');
      await page.getByRole('button', { name: 'Kopier emnet' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await subjectOut(page).inputValue());
    });
  });

  test('when copying fails, the text is selected and the reader is told to press Ctrl+C', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(COMPOSER);
    await pid(page).fill('X42');
    await makeButton(page).click();
    await page.getByRole('button', { name: 'Kopier teksten' }).click();
    await expect(page.locator('[data-copy-status]')).toContainText('Ctrl+C');
    await expect(bodyOut(page)).toBeFocused();
    const selected = await bodyOut(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(await bodyOut(page).inputValue());
  });

  test('no network request at all while the tool is used', async ({ page, watch }) => {
    await page.goto(COMPOSER);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // Chromium fetches the page icon on its own schedule, sometimes after networkidle: that is
    // the browser, not the tool. Every other request fails the test.
    page.on('request', (r) => {
      if (new URL(r.url()).pathname !== '/favicon.svg') requests.push(`${r.method()} ${r.url()}`);
    });
    await pid(page).fill(FNR);
    await team(page).fill('Kari Nordmann 912 34 567');
    await makeButton(page).click();
    await pid(page).fill('AB-12');
    await team(page).fill('Smerteteamet');
    await makeButton(page).click();
    await expect(page.locator('[data-pid-result]')).toBeVisible();
    await page.getByRole('button', { name: 'Kopier teksten' }).click();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    expect(watch.offsite).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(COMPOSER);
  });

  test('without JavaScript: the fixed template with [PID] and the rule, and no form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(COMPOSER);
    const template = page.locator('[data-pid-template]');
    await expect(template.getByRole('heading', { name: 'Mal for e-posten' })).toBeVisible();
    await expect(template).toContainText(`Reservasjon mot registrering i ${registry.shortName} – PID [PID]`);
    await expect(template).toContainText('Pasienten med PID [PID] har gitt muntlig beskjed');
    await expect(template).toContainText('[dato da du ringte]');
    await expect(template).toContainText('Skriv bare PID, aldri navn, fødselsnummer, adresse eller telefonnummer.');
    await expect(page.locator('main .lead')).toContainText('Skriv aldri navn, fødselsnummer, adresse eller telefonnummer.');
    await expect(page.locator('form[data-pid-form]')).toBeHidden();
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

test.describe('checklist', () => {
  test('prints as exactly one A4 page', async ({ page }) => {
    await page.goto(CHECKLIST);
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole hundredths of an inch.
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 595.28)).toBeLessThan(1);
    expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
  });

  test('has the four routes, the four methods, the deadline and the PID rule; axe is clean', async ({ page, watch }) => {
    await page.goto(CHECKLIST);
    const main = page.locator('main');
    expect(routes).toHaveLength(4);
    expect(methods).toHaveLength(4);
    const info = main.locator('#informasjon li');
    await expect(info).toHaveCount(4);
    for (const [i, r] of routes.entries()) await expect(info.nth(i)).toContainText(fillShortName(r.title));
    const ways = main.locator('#reservere li');
    await expect(ways).toHaveCount(4);
    for (const [i, m] of methods.entries()) await expect(ways.nth(i)).toContainText(fillShortName(m.title));
    await expect(main).toContainText(`senest ${registry.deadlineDays} dager etter at registersekretariatet har mottatt reservasjonsskjemaet`);
    await expect(main.locator('#muntlig')).toContainText('Ring registersekretariatet.');
    await expect(main.locator('#muntlig')).toContainText('Skriv PID i e-posten.');
    await expect(main.locator('#muntlig')).toContainText('Skriv aldri personopplysninger i e-posten');
    await expect(main.locator('#aldri-personopplysninger')).toContainText('bare PID');
    await expect(main).toContainText(registry.archiveSystem);
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });

  test('print hides navigation, search and the download links', async ({ page }) => {
    await page.goto(CHECKLIST);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.main-nav')).toBeHidden();
    await expect(page.locator('.search-form').first()).toBeHidden();
    await expect(page.locator('.breadcrumbs')).toBeHidden();
    await expect(page.locator('.checklist-download').first()).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#informasjon')).toBeVisible();
  });

  test('the PDF download is one A4 page with the same content', async ({ page, request }) => {
    await page.goto(CHECKLIST);
    const link = page.getByRole('link', { name: /^Last ned huskelisten \(PDF, bokmål, \d+ kB\)$/ });
    await expect(link).toHaveAttribute('href', CHECKLIST_PDF);
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const bytes = new Uint8Array(await res.body());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Huskeliste for smerteteamet');
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height].map((n) => n.toFixed(2))).toEqual(['595.28', '841.89']);
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const r of routes) expect(flat).toContain(fillShortName(r.title));
    for (const m of methods) expect(flat).toContain(fillShortName(m.title));
    expect(flat).toContain(`senest ${registry.deadlineDays} dager`);
    expect(flat).toContain('Skriv PID i e-posten.');
    expect(flat).toContain(registry.urls.edialog.split('#')[0]);
  });
});
