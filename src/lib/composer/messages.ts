/**
 * The refusal messages: which message a finding gets, and its text in the reader's language.
 * The tables are src/i18n/<lang>/refusals.ts (keys and placeholders: src/i18n/schema/refusals.ts);
 * a page hands its table to the browser script as data, so this module has no words either.
 */
import { format } from '../../i18n/format';
import type { RefusalWords } from '../../i18n/schema/refusals';
import type { Finding } from '../privacy';
import type { PidEmailField } from './pid-email';

export type MessageKey = keyof RefusalWords;

/**
 * Which message a finding gets: personal data by its type (a kind of finding without a message
 * fails the type check here), format problems by field and kind.
 */
export function messageKey(finding: Finding, field: PidEmailField): MessageKey {
  const { type, match } = finding;
  switch (type) {
    case 'tom':
      return field === 'pid' ? 'pidEmpty' : 'dateEmpty';
    case 'forLang':
      return field === 'callDate' ? 'dateTooLongInput' : finding.max === undefined ? 'pidTooLongInput' : 'pidTooLong';
    case 'ugyldigFormat':
      return field === 'pid' ? 'pidFormat' : 'dateForm';
    case 'ugyldigDato':
      return /^\d{4}-\d{2}-\d{2}$/.test(match) ? 'dateInvalid' : 'dateForm';
    case 'datoIFremtiden':
      return 'dateFuture';
    case 'datoForGammel':
      return 'dateTooOld';
    default:
      return type;
  }
}

/**
 * A finding's message from `table`. `description` is the PID setting's sentence in the same
 * language. Only the values the finding has are given, so a message that asks for one it lacks
 * fails (FormatError) rather than showing a gap.
 */
export function messageFor(finding: Finding, field: PidEmailField, table: RefusalWords, description: string): string {
  const { match, length, max, days } = finding;
  const values: Record<string, string | number> = { match, description };
  if (length !== undefined) values.length = length;
  if (max !== undefined) values.max = max;
  if (days !== undefined) values.days = days;
  return format(table[messageKey(finding, field)], values);
}

/** The messages of a field's findings, in order. */
export function messagesFor(
  findings: readonly Finding[],
  field: PidEmailField,
  table: RefusalWords,
  description: string,
): string[] {
  return findings.map((finding) => messageFor(finding, field, table, description));
}
