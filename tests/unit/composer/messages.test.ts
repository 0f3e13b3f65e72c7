/**
 * The refusal messages (src/lib/composer/messages.ts, the tables in src/i18n/<lang>/refusals.ts)
 * and the e-mail in nynorsk: the same checks, said in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { FormatError, placeholders } from '../../../src/i18n/format';
import { FULL_LANGS, language } from '../../../src/i18n/languages';
import nbComposer from '../../../src/i18n/nb/composer';
import nbRefusals from '../../../src/i18n/nb/refusals';
import nnComposer from '../../../src/i18n/nn/composer';
import nnRefusals from '../../../src/i18n/nn/refusals';
import type { RefusalWords } from '../../../src/i18n/schema/refusals';
import { messageFor, messageKey, messagesFor, type MessageKey } from '../../../src/lib/composer/messages';
import {
  buildPidEmail,
  checkFinishedEmail,
  composePidEmail,
  renderPidEmail,
  type PidEmailField,
} from '../../../src/lib/composer/pid-email';
import { validateCallDate, validatePid, type Finding } from '../../../src/lib/privacy';
import { bokmalOptions, PERMISSIVE } from '../../privacy/evaluate';
import { STRICT, TODAY } from '../../privacy/settings';
import { firstId } from '../../privacy/synthetic';

const TABLES: Record<string, RefusalWords> = { nb: nbRefusals, nn: nnRefusals };
const EMAIL = { nb: nbComposer.email, nn: nnComposer.email };
const nn = { ...bokmalOptions(STRICT, TODAY), words: nnComposer.email, dateLocales: language('nn').dateLocales };

/** A value for each message, found by the real checks. */
const CASES: [PidEmailField, string, (value: string) => Finding[]][] = [
  ...[
    firstId(1, 1, 1990),
    firstId(17, 5, 1980, 'dnummer'),
    firstId(9, 9, 1965, 'hnummer'),
    firstId(14, 6, 1975, 'syntetiskNummer'),
    '9'.repeat(11),
    firstId(12, 3, 1957).slice(0, 9),
    '120357',
    'født 1957',
    '9' + '1'.repeat(7),
    'kari@sykehus.invalid',
    '5003 Bergen',
    'x'.repeat(70),
  ].map((v): [PidEmailField, string, (value: string) => Finding[]] => ['pid', v, (x) => validatePid(x, PERMISSIVE)]),
  ...['12345678', '', '12 34'].map((v): [PidEmailField, string, (value: string) => Finding[]] => [
    'pid',
    v,
    (x) => validatePid(x, STRICT),
  ]),
  ...['x'.repeat(40), '', '27.11', '2026-02-30', '2026-12-01', '1957-03-12'].map(
    (v): [PidEmailField, string, (value: string) => Finding[]] => ['callDate', v, (x) => validateCallDate(x, TODAY)],
  ),
];

describe('the message tables', () => {
  it('have the same keys and the same placeholders in every language', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      expect(Object.keys(table).sort(), lang).toEqual(Object.keys(nbRefusals).sort());
      for (const key of Object.keys(nbRefusals) as MessageKey[])
        expect(placeholders(table[key]).sort(), `${lang}.${key}`).toEqual(placeholders(nbRefusals[key]).sort());
    }
  });

  it('give every finding of the real checks its message, in every language, with every value filled in', () => {
    const used = new Set<MessageKey>();
    for (const [field, value, check] of CASES) {
      const findings = check(value);
      expect(findings.length, value).toBeGreaterThan(0);
      for (const finding of findings) {
        const key = messageKey(finding, field);
        used.add(key);
        for (const [lang, table] of Object.entries(TABLES)) {
          const message = messageFor(finding, field, table, STRICT.description);
          expect(message, `${lang}.${key}`).not.toMatch(/[{}]/);
          if (table[key].includes('{match}')) expect(message).toContain(finding.match);
        }
      }
    }
    expect([...used].sort()).toEqual(Object.keys(nbRefusals).sort());
  });

  it('refuses to show a message whose value the finding lacks, rather than a gap', () => {
    const lacking: Finding = { type: 'datoForGammel', match: '1957-03-12', start: 0, end: 10 };
    expect(() => messageFor(lacking, 'callDate', nbRefusals, '')).toThrow(FormatError);
  });

  it('nynorsk: the e-mail is «e-posten», never «han», which reads as a person', () => {
    const text = [...Object.values(nnRefusals), nnComposer.resultIntro].join(' ');
    expect(text).not.toMatch(/\bhan\b/i);
    expect(nnRefusals.fodselsnummer).toContain('Skriv aldri fødselsnummer i e-posten. E-posten skal berre ha PID');
  });
});

describe('the e-mail and the refusals in nynorsk', () => {
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
    for (const lang of FULL_LANGS) {
      const words = EMAIL[lang];
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

  /** What a page in that language says about a refused pair of values. */
  const say = (pid: string, callDate: string, lang: 'nb' | 'nn') => {
    const result = composePidEmail({ pid, callDate }, lang === 'nn' ? nn : bokmalOptions(STRICT, TODAY));
    if (result.ok) throw new Error(`expected a refusal: ${pid} ${callDate}`);
    return result.problems
      .flatMap((p) => messagesFor(p.findings, p.field, TABLES[lang]!, STRICT.description))
      .join(' ');
  };

  it('refuses the same things as in bokmål, saying why in nynorsk', () => {
    const cases: [string, string, RegExp][] = [
      [firstId(1, 1, 1990), TODAY, /Dette ser ut som eit fødselsnummer .*E-posten skal berre ha PID/],
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
      const said = say(pid, callDate, 'nn');
      expect(said, `${pid} ${callDate}`).toMatch(message);
      // The PID setting's description is configured text (content/registry.yaml, bokmål here).
      expect(said.replaceAll(STRICT.description, '')).not.toMatch(
        /\b(ikke|hva|hvis|bare|skrevet|tegn|siste 60 dagene)\b/,
      );
    }
  });

  it('says the same refusals in bokmål on a bokmål page, as the detector used to', () => {
    const cases: [string, string, RegExp][] = [
      [firstId(1, 1, 1990), TODAY, /Dette ser ut som et fødselsnummer .*: den skal bare ha PID\.$/],
      ['12345678', TODAY, /PID kan ha høyst 7 tegn\. Du har skrevet 8\./],
      ['x'.repeat(70), TODAY, /for langt til å være en PID: du har skrevet 70 tegn/],
      ['1234', '1957-03-12', /de siste 60 dagene/],
      ['1234', '27.11', /«27\.11» er ikke en dato i riktig form/],
    ];
    for (const [pid, callDate, message] of cases)
      expect(say(pid, callDate, 'nb'), `${pid} ${callDate}`).toMatch(message);
  });
});
