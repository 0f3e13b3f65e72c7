import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/lib/content/schemas';
import { readYaml } from '../tools/content';
import type { PidSetting } from '../../src/lib/privacy/personal-data';
import {
  buildPidEmail,
  checkFinishedEmail,
  composePidEmail,
  formatNorwegianDate,
  mailtoHref,
  PidEmailError,
  renderPidEmail,
} from '../../src/lib/privacy/pid-email';
import { COMPOSER_LANGS, PID_EMAIL_WORDS } from '../../src/lib/privacy/pid-email-words';
import { localiseFindings, NN_MESSAGES } from '../../src/lib/privacy/finding-messages';
import { PERMISSIVE } from '../privacy/evaluate';
import { firstId } from '../privacy/synthetic';

const STRICT: PidSetting = {
  pattern: '^[0-9]{1,7}$',
  maxLength: 7,
  description: 'Verktøyet godtar bare sifre, høyst 7.',
};
const TODAY = '2026-11-27';
const options = { shortName: 'SmerteReg', pid: STRICT, today: TODAY };
const registryYaml = readYaml('registry.yaml');

describe('formatNorwegianDate', () => {
  it('writes the date in Norwegian long form', () => {
    expect(formatNorwegianDate('2026-11-27')).toBe('27. november 2026');
    expect(formatNorwegianDate('2024-02-29')).toBe('29. februar 2024');
  });
});

describe('composePidEmail', () => {
  it('writes only the fixed text, the PID and the date, in the clinician’s own voice', () => {
    const { subject, body } = buildPidEmail({ pid: '1234', callDate: '2026-11-20' }, options);
    expect(subject).toBe('Reservasjon mot registrering i SmerteReg – PID 1234');
    expect(body).toBe(
      [
        'Til registersekretariatet i SmerteReg',
        '',
        'En pasient har sagt fra til meg at hen vil reservere seg mot registrering i SmerteReg.',
        '',
        'Pasientens PID: 1234',
        '',
        'Jeg ringte registersekretariatet om dette 20. november 2026.',
        '',
        'Jeg har med vilje ikke tatt med personopplysninger om pasienten, bare PID.',
        '',
        'Vennlig hilsen',
      ].join('\n'),
    );
    // One voice: the clinician writes "jeg/meg", never about "behandleren sin".
    expect(body).not.toMatch(/behandleren/);
  });

  it('puts the normalised PID in the e-mail', () => {
    expect(buildPidEmail({ pid: ' PID: ١٢٣٤ ', callDate: TODAY }, options).subject).toMatch(/PID 1234$/);
  });

  it('returns every problem tied to its field, never neither an e-mail nor a problem', () => {
    const result = composePidEmail({ pid: firstId(1, 1, 1990), callDate: '1957-03-12' }, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.findings.map((f) => f.type)])).toEqual([
      ['pid', ['fodselsnummer']],
      ['callDate', ['datoForGammel']],
    ]);
    expect(() => buildPidEmail({ pid: '', callDate: TODAY }, options)).toThrow(PidEmailError);
  });

  it('builds an e-mail for any PID the strict setting allows unless it is a date, and the e-mail holds the PID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,7}$/), (pid) => {
        const result = composePidEmail({ pid, callDate: TODAY }, options);
        if (!result.ok) return pid.length === 6 && result.problems[0]!.findings[0]!.type === 'dato';
        return result.email.subject.endsWith(`PID ${pid}`) && result.email.body.includes(`PID: ${pid}\n`);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('the check on the finished e-mail', () => {
  it('ties a finding to the field whose value it touches', () => {
    const phone = '9' + '1'.repeat(7); // built, not typed: a pattern, not a number
    const text = `PID: 1234 ${phone}\nJeg ringte om dette 12. mars 1957.`;
    const pidStart = text.indexOf('1234');
    const dateStart = text.indexOf('12. mars');
    const problems = checkFinishedEmail(
      [
        {
          text,
          spans: [
            { field: 'pid', start: pidStart, end: pidStart + 4 + 1 + phone.length },
            { field: 'callDate', start: dateStart, end: dateStart + 13 },
          ],
        },
      ],
      '27. november 2026',
    );
    expect(problems.map((p) => [p.field, p.findings.map((f) => f.type)])).toEqual([
      ['pid', ['telefon']],
      ['callDate', ['dato']],
    ]);
  });

  it('allows the call date itself, and reports a finding in the fixed text under the PID field rather than not at all', () => {
    const text = 'Jeg ringte om dette 27. november 2026. Ring 9' + '1'.repeat(7);
    const start = text.indexOf('27.');
    const problems = checkFinishedEmail(
      [{ text, spans: [{ field: 'callDate', start, end: start + 17 }] }],
      '27. november 2026',
    );
    expect(problems.map((p) => [p.field, p.findings.map((f) => f.type)])).toEqual([['pid', ['telefon']]]);
  });

  it('finds nothing in the template itself', () => {
    const { subject, body } = renderPidEmail('[PID]', '[dato da du ringte]', 'SmerteReg');
    expect(checkFinishedEmail([{ text: `${subject}\n${body}`, spans: [] }], '')).toEqual([]);
  });
});

describe('the PID setting in content/registry.yaml', () => {
  it('defaults to digits only, at most 7, with a description that says so', () => {
    const registry = registrySchema.parse(registryYaml);
    expect(registry.pid).toEqual({
      pattern: '^[0-9]{1,7}$',
      maxLength: 7,
      description: 'Verktøyet godtar bare sifre, høyst 7.',
      translations: { nn: 'Verktøyet godtek berre siffer, høgst 7.' },
    });
  });

  it.each([
    ['an unanchored pattern', { pattern: '[0-9]+', maxLength: 7, description: 'x' }, 'pid.pattern'],
    ['a broken pattern', { pattern: '^[0-9$', maxLength: 7, description: 'x' }, 'pid.pattern'],
    ['a length of 0', { pattern: '^[0-9]+$', maxLength: 0, description: 'x' }, 'pid.maxLength'],
    ['a length past the field', { pattern: '^[0-9]+$', maxLength: 65, description: 'x' }, 'pid.maxLength'],
    ['no description', { pattern: '^[0-9]+$', maxLength: 7, description: ' ' }, 'pid.description'],
  ])('refuses %s and names the field', (_, pid, path) => {
    const result = registrySchema.safeParse({ ...registryYaml, pid });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('refuses personal data whatever the setting lets through', () => {
    const result = composePidEmail({ pid: 'Kari', callDate: TODAY }, { ...options, pid: PERMISSIVE });
    expect(result.ok).toBe(false);
  });
});

describe('mailtoHref', () => {
  it('percent-encodes subject and body with %20 and %0D%0A', () => {
    expect(mailtoHref('post@example.invalid', { subject: 'A b', body: 'x\ny' })).toBe(
      'mailto:post@example.invalid?subject=A%20b&body=x%0D%0Ay',
    );
  });

  it('does not double CRLF and encodes UTF-8 and reserved characters', () => {
    expect(mailtoHref('a@b.invalid', { subject: 'æ – ?&=', body: 'x\r\ny\rz' })).toBe(
      'mailto:a@b.invalid?subject=%C3%A6%20%E2%80%93%20%3F%26%3D&body=x%0D%0Ay%0D%0Az',
    );
  });

  it('allows an empty recipient', () => {
    expect(mailtoHref('', { subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });

  it('round-trips a built e-mail', () => {
    const email = buildPidEmail({ pid: '1234', callDate: TODAY }, options);
    const url = new URL(mailtoHref('post@example.invalid', email));
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe(email.subject);
    expect(params.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
  });
});

describe('the e-mail and the refusals in nynorsk', () => {
  const nn = { ...options, words: PID_EMAIL_WORDS.nn };

  it('writes the nynorsk e-mail with the PID and the date, in the clinician’s own voice', () => {
    const { subject, body } = buildPidEmail({ pid: '1234', callDate: '2026-11-20' }, nn);
    expect(subject).toBe('Reservasjon mot registrering i SmerteReg – PID 1234');
    expect(body).toBe(
      [
        'Til registersekretariatet i SmerteReg',
        '',
        'Ein pasient har sagt frå til meg at hen vil reservere seg mot registrering i SmerteReg.',
        '',
        'PID-en til pasienten: 1234',
        '',
        'Eg ringde registersekretariatet om dette 20. november 2026.',
        '',
        'Eg har med vilje ikkje teke med personopplysningar om pasienten, berre PID.',
        '',
        'Venleg helsing',
      ].join('\n'),
    );
    expect(body).not.toMatch(/\b(ikke|jeg|fra|bare|hilsen|en pasient)\b/i);
  });

  it('the PID ends its line and the template holds nothing that looks like personal data', () => {
    for (const lang of COMPOSER_LANGS) {
      const words = PID_EMAIL_WORDS[lang];
      for (const line of words.body) if (line.includes('{pid}')) expect(line.endsWith('{pid}')).toBe(true);
      expect(words.subject.endsWith('{pid}')).toBe(true);
      const { subject, body } = renderPidEmail('[PID]', '[dato]', 'SmerteReg', words);
      expect(checkFinishedEmail([{ text: `${subject}\n${body}`, spans: [] }], '')).toEqual([]);
    }
  });

  it('builds the nynorsk e-mail for a call on any day of the last 60', () => {
    for (let back = 0; back <= 60; back++) {
      const day = new Date(Date.UTC(2026, 10, 27 - back)).toISOString().slice(0, 10);
      const result = composePidEmail({ pid: '1234', callDate: day }, { ...nn, today: TODAY });
      expect(result.ok, day).toBe(true);
    }
  });

  it('refuses the same things as in bokmål, saying why in nynorsk', () => {
    const cases: [string, string, RegExp][] = [
      [firstId(1, 1, 1990), TODAY, /Dette ser ut som eit fødselsnummer .*han skal berre ha PID/],
      ['', TODAY, /^Skriv inn PID\.$/],
      ['12345678', TODAY, /PID kan ha høgst 7 teikn\. Du har skrive 8\./],
      ['x'.repeat(70), TODAY, /for langt til å vere ein PID: du har skrive 70 teikn/],
      ['1234', '', /^Skriv inn datoen då du ringde registersekretariatet\.$/],
      ['1234', '2026-12-01', /Datoen kan ikkje vere etter i dag/],
      ['1234', '1957-03-12', /dei siste 60 dagane/],
      ['1234', '2026-02-30', /2026-02-30 er ikkje ein gyldig dato/],
      ['1234', '27.11', /«27\.11» er ikkje ein dato i rett form/],
    ];
    for (const [pid, callDate, message] of cases) {
      const result = composePidEmail({ pid, callDate }, nn);
      expect(result.ok, `${pid} ${callDate}`).toBe(false);
      if (result.ok) continue;
      const value = (field: 'pid' | 'callDate') => (field === 'pid' ? pid : callDate);
      const said = result.problems.flatMap((p) =>
        localiseFindings(p.findings, p.field, value(p.field), NN_MESSAGES, STRICT).map((f) => f.message),
      );
      expect(said.join(' '), `${pid} ${callDate}`).toMatch(message);
      // The PID setting's description is configured text (content/registry.yaml, bokmål today).
      expect(said.join(' ').replaceAll(STRICT.description, '')).not.toMatch(
        /\b(ikke|hva|hvis|bare|skrevet|tegn|siste 60 dagene)\b/,
      );
    }
  });

  it('keeps personal-data.ts’s own bokmål messages when there is no table', () => {
    const findings = composePidEmail({ pid: firstId(1, 1, 1990), callDate: TODAY }, options);
    if (findings.ok) throw new Error('expected a refusal');
    const pid = findings.problems[0]!;
    expect(localiseFindings(pid.findings, 'pid', '', null, STRICT)).toEqual(pid.findings);
  });
});
