import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/privacy/personal-data';
import { buildPidEmail, formatNorwegianDate, mailtoHref, PidEmailError, validatePidEmail } from '../../src/lib/privacy/pid-email';

const registry = { shortName: 'SmerteReg' };

describe('formatNorwegianDate', () => {
  it('writes the date in Norwegian long form', () => {
    expect(formatNorwegianDate('2026-11-27')).toBe('27. november 2026');
    expect(formatNorwegianDate('2024-02-29')).toBe('29. februar 2024');
    expect(formatNorwegianDate('2027-01-01')).toBe('1. januar 2027');
  });
});

describe('buildPidEmail', () => {
  it('writes subject and body with PID and date, and no personal data', () => {
    const { subject, body } = buildPidEmail({ pid: '1234', callDate: '2026-11-27' }, registry);
    expect(subject).toBe('Reservasjon mot registrering i SmerteReg – PID 1234');
    expect(body).toContain('registersekretariatet');
    expect(body).toContain('Pasienten med PID 1234 har gitt muntlig beskjed til behandleren sin');
    expect(body).toContain('reserverer seg mot registrering i SmerteReg');
    expect(body).toContain('27. november 2026');
    expect(body).toContain('ingen personopplysninger');
    expect(body).not.toContain('Smerteteam/sykehus');
    expect(body).not.toMatch(/@|\+47|\d{8}/);
    expect(findPersonalData(`${subject}\n${body}`, { kind: 'freeText' })).toEqual([]);
  });

  it('adds the team when given, trimmed and on one line', () => {
    const { body } = buildPidEmail(
      { pid: ' AB-12 ', callDate: '2026-11-27', team: '  Smerteteamet,\n Haukeland universitetssjukehus ' },
      registry,
    );
    expect(body).toContain('PID AB-12 har');
    expect(body).toContain('\nSmerteteam/sykehus: Smerteteamet, Haukeland universitetssjukehus\n');
  });

  it('uses the registry short name', () => {
    expect(buildPidEmail({ pid: '1', callDate: '2026-11-27' }, { shortName: 'X-Reg' }).subject).toContain('i X-Reg');
  });

  it('throws on a fødselsnummer as PID, in any spacing', () => {
    for (const pid of ['01019012480', '010190 12480', '41019012474', '12345678901']) {
      expect(() => buildPidEmail({ pid, callDate: '2026-11-27' }, registry)).toThrow(PidEmailError);
    }
  });

  it('throws with the failing fields and Norwegian messages', () => {
    try {
      buildPidEmail({ pid: '', callDate: '27.11.2026', team: 'Kari Nordmann' }, registry);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PidEmailError);
      const { problems, message } = error as PidEmailError;
      expect(problems.map((p) => [p.field, p.findings.map((f) => f.type)])).toEqual([
        ['pid', ['tom']],
        ['callDate', ['ugyldigDato']],
        ['team', ['navn']],
      ]);
      expect(message).toContain('Skriv inn PID.');
    }
  });

  it('throws on personal data in the team', () => {
    for (const team of ['Tlf 22 33 44 55', 'kari@example.no', '5021 Bergen', 'Pasient: Kari', '010190 12480']) {
      expect(() => buildPidEmail({ pid: '1234', callDate: '2026-11-27', team }, registry), team).toThrow(PidEmailError);
    }
  });

  it('validatePidEmail lists problems without throwing', () => {
    expect(validatePidEmail({ pid: '1234', callDate: '2026-11-27' })).toEqual([]);
    expect(validatePidEmail({ pid: '1234', callDate: '' }).map((p) => p.field)).toEqual(['callDate']);
  });

  it('builds an e-mail for any plain PID, and the e-mail holds the PID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,9}$/), (pid) => {
        const { subject, body } = buildPidEmail({ pid, callDate: '2026-11-27' }, registry);
        return subject.endsWith(`PID ${pid}`) && body.includes(`PID ${pid} `);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('mailtoHref', () => {
  it('percent-encodes subject and body with %20 and %0D%0A', () => {
    expect(mailtoHref('post@example.no', { subject: 'A b', body: 'x\ny' })).toBe(
      'mailto:post@example.no?subject=A%20b&body=x%0D%0Ay',
    );
  });

  it('does not double CRLF and encodes UTF-8 and reserved characters', () => {
    expect(mailtoHref('a@b.no', { subject: 'æ – ?&=', body: 'x\r\ny\rz' })).toBe(
      'mailto:a@b.no?subject=%C3%A6%20%E2%80%93%20%3F%26%3D&body=x%0D%0Ay%0D%0Az',
    );
  });

  it('allows an empty recipient', () => {
    expect(mailtoHref('', { subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });

  it('round-trips a built e-mail', () => {
    const email = buildPidEmail({ pid: '1234', callDate: '2026-11-27', team: 'St. Olavs hospital' }, registry);
    const url = new URL(mailtoHref('post@example.no', email));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('post@example.no');
    expect(url.search).not.toContain('+');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe(email.subject);
    expect(params.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
  });
});
