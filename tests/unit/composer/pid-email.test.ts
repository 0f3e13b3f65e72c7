/** The PID e-mail (src/lib/composer/pid-email.ts): its text, the last check, the setting, the mailto: URL. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateIn } from '../../../src/i18n/format';
import { language } from '../../../src/i18n/languages';
import nb from '../../../src/i18n/nb/composer';
import { registrySchema } from '../../../src/lib/content/schemas';
import { readYaml } from '../../tools/content';
import {
  buildPidEmail,
  checkFinishedEmail,
  composePidEmail,
  mailtoHref,
  PidEmailError,
  renderPidEmail,
} from '../../../src/lib/composer/pid-email';
import { bokmalOptions, PERMISSIVE } from '../../privacy/evaluate';
import { STRICT, TODAY } from '../../privacy/settings';
import { firstId } from '../../privacy/synthetic';

const options = bokmalOptions(STRICT, TODAY);
const registryYaml = readYaml('registry.yaml');

describe('the date in the e-mail', () => {
  it('is written in Norwegian long form with the language’s date locales', () => {
    expect(formatDateIn('2026-11-27', language('nb').dateLocales)).toBe('27. november 2026');
    expect(formatDateIn('2024-02-29', language('nb').dateLocales)).toBe('29. februar 2024');
    expect(formatDateIn('2024-02-29', language('nn').dateLocales)).toBe('29. februar 2024');
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

  it('names fields and kinds in the error it throws, never what was typed', () => {
    const fnr = firstId(1, 1, 1990);
    expect(() => buildPidEmail({ pid: fnr, callDate: TODAY }, options)).toThrow('pid (fodselsnummer)');
    try {
      buildPidEmail({ pid: fnr, callDate: TODAY }, options);
    } catch (error) {
      expect(String(error)).not.toContain(fnr);
    }
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

  it('finds letters in the PID, placed in the text it checked', () => {
    const text = 'Pasientens PID: Kari';
    const start = text.indexOf('Kari');
    const problems = checkFinishedEmail([{ text, spans: [{ field: 'pid', start, end: text.length }] }], '');
    expect(problems).toEqual([{ field: 'pid', findings: [{ type: 'navn', match: 'Kari', start, end: text.length }] }]);
  });

  it('finds nothing in the template itself', () => {
    const { subject, body } = renderPidEmail('[PID]', '[dato da du ringte]', 'SmerteReg', nb.email);
    expect(checkFinishedEmail([{ text: `${subject}\n${body}`, spans: [] }], '')).toEqual([]);
  });
});

describe('the PID setting in content/registry.yaml', () => {
  it('defaults to digits only, at most 7, with a description that says so', () => {
    const registry = registrySchema.parse(registryYaml);
    expect(registry.pid).toEqual({
      pattern: '^[0-9]{1,7}$',
      maxLength: 7,
      // Said as this site's setting, not as the registry's rule (facts.md C: the format is unknown).
      description: {
        nb: 'Verktøyet på dette nettstedet er satt opp til å godta bare sifre, høyst 7.',
        nn: 'Verktøyet på denne nettstaden er sett opp til å godta berre siffer, høgst 7.',
      },
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
