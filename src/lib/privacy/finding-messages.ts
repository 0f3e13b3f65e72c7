/**
 * The composer's refusal messages in the reader's language. ./personal-data.ts finds things and
 * says why in bokmål (its messages are the bokmål ones, unchanged); for another language, each
 * finding's message is rewritten from its type and match with a table here. The checks are not
 * touched: only the words the reader sees.
 *
 * Tables are plain strings with {match}, {length}, {max}, {description} and {days}, so that the
 * page can hand the browser script the table for its language as data (the script has no words).
 */
import { CALL_DATE_WINDOW_DAYS, type Finding, type PersonalDataType, type PidSetting } from './personal-data';

export type MessageKey =
  | PersonalDataType
  | 'pidTooLongInput'
  | 'pidTooLong'
  | 'pidEmpty'
  | 'pidFormat'
  | 'dateTooLongInput'
  | 'dateEmpty'
  | 'dateForm'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateTooOld';

export type MessageTable = Readonly<Record<MessageKey, string>>;

const ONLY_PID_NN = 'E-posten skal berre ha PID, ingen personopplysningar.';

/** Nynorsk. Bokmål is personal-data.ts's own messages. */
export const NN_MESSAGES: MessageTable = {
  fodselsnummer:
    'Dette ser ut som eit fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten: han skal berre ha PID.',
  dnummer: 'Dette ser ut som eit D-nummer ({match}). Skriv aldri D-nummer i e-posten: han skal berre ha PID.',
  hnummer: 'Dette ser ut som eit H-nummer ({match}). Skriv aldri H-nummer i e-posten: han skal berre ha PID.',
  syntetiskNummer:
    'Dette ser ut som eit fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten: han skal berre ha PID.',
  elleveSiffer: `Her står det 11 siffer eller fleire ({match}). Det kan vere eit fødselsnummer, og PID er ikkje fødselsnummeret. ${ONLY_PID_NN}`,
  fodselsnummerStart: `Dette kan vere byrjinga på eit fødselsnummer ({match}): dei første sifra er ein dato. ${ONLY_PID_NN}`,
  dato: `Dette ser ut som ein dato ({match}). Det kan vere ein fødselsdato. ${ONLY_PID_NN}`,
  fodselsdato: `Dette ser ut som ein fødselsdato ({match}). ${ONLY_PID_NN}`,
  telefon: `Dette ser ut som eit telefonnummer ({match}). Skriv ikkje telefonnummer i e-posten. ${ONLY_PID_NN}`,
  epost: `Dette ser ut som ei e-postadresse ({match}). Skriv ikkje e-postadresser i e-posten. ${ONLY_PID_NN}`,
  postnummerSted: `Dette ser ut som ein del av ei adresse ({match}). Skriv ikkje adresser i e-posten. ${ONLY_PID_NN}`,
  navn: `Her står det bokstavar ({match}) som kan vere eit namn eller initialar. Skriv ikkje namn i e-posten. ${ONLY_PID_NN}`,
  pidTooLongInput:
    'Dette er for langt til å vere ein PID: du har skrive {length} teikn. {description} Skriv berre PID.',
  pidTooLong: 'PID kan ha høgst {max} teikn. Du har skrive {length}. {description} PID er ikkje fødselsnummeret.',
  pidEmpty: 'Skriv inn PID.',
  pidFormat: '«{match}» kan ikkje brukast som PID. {description}',
  dateTooLongInput: 'Dette er for langt til å vere ein dato. Vel datoen då du ringde registersekretariatet.',
  dateEmpty: 'Skriv inn datoen då du ringde registersekretariatet.',
  dateForm: '«{match}» er ikkje ein dato i rett form. Skriv datoen slik: år-månad-dag, med siffer.',
  dateInvalid: '{match} er ikkje ein gyldig dato.',
  dateFuture: 'Datoen kan ikkje vere etter i dag. Skriv datoen då du ringde registersekretariatet.',
  dateTooOld:
    'Datoen må vere i dag eller i løpet av dei siste {days} dagane. Skriv datoen då du ringde registersekretariatet, ikkje til dømes ein fødselsdato.',
};

/** Which message a finding gets: personal data by its type, format problems by field and kind. */
export function messageKey(finding: Finding, field: 'pid' | 'callDate'): MessageKey {
  const { type, match } = finding;
  switch (type) {
    case 'tom':
      return field === 'pid' ? 'pidEmpty' : 'dateEmpty';
    case 'forLang':
      return field === 'callDate' ? 'dateTooLongInput' : match === '' ? 'pidTooLongInput' : 'pidTooLong';
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
 * The findings with their messages in the table's language; `value` is the field's raw value
 * (for "you typed N characters"). Without a table (bokmål) the findings are returned as they are.
 */
export function localiseFindings(
  findings: readonly Finding[],
  field: 'pid' | 'callDate',
  value: string,
  table: MessageTable | null,
  setting: PidSetting,
): Finding[] {
  if (!table) return [...findings];
  return findings.map((finding) => {
    const key = messageKey(finding, field);
    const length = key === 'pidTooLongInput' ? value.length : [...finding.match].length;
    const values: Record<string, string> = {
      match: finding.match,
      length: String(length),
      max: String(setting.maxLength),
      description: setting.description,
      days: String(CALL_DATE_WINDOW_DAYS),
    };
    const message = table[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
    return { ...finding, message };
  });
}
