/**
 * The PID e-mail's fixed text per language (bokmål and nynorsk): the e-mail goes to the registry
 * secretariat in the clinician's language. {shortName} is the registry's short name; {pid} and
 * {date} are where the checked PID and the call date go. {pid} ends its line in the body, so no
 * word of the fixed text follows the PID. English clinician pages are the bokmål pages
 * (LANG-MODEL: clinician pages are not translated), so the composer has no English e-mail.
 */
import { within } from '../../i18n/languages.ts';

export type ComposerLang = 'nb' | 'nn';
export const COMPOSER_LANGS: readonly ComposerLang[] = ['nb', 'nn'];

/** A page's locale as the composer's language: nynorsk, else bokmål. */
export function composerLang(locale: string | undefined): ComposerLang {
  return within(locale, COMPOSER_LANGS);
}

export interface PidEmailWords {
  /** Locales for the long date, first choice first ("27. november 2026"). */
  dateLocales: string[];
  subject: string;
  /** The body's lines. */
  body: string[];
}

export const PID_EMAIL_WORDS: Readonly<Record<ComposerLang, PidEmailWords>> = {
  nb: {
    dateLocales: ['nb-NO'],
    subject: 'Reservasjon mot registrering i {shortName} – PID {pid}',
    body: [
      'Til registersekretariatet i {shortName}',
      '',
      'En pasient har sagt fra til meg at hen vil reservere seg mot registrering i {shortName}.',
      '',
      'Pasientens PID: {pid}',
      '',
      'Jeg ringte registersekretariatet om dette {date}.',
      '',
      'Jeg har med vilje ikke tatt med personopplysninger om pasienten, bare PID.',
      '',
      'Vennlig hilsen',
    ],
  },
  nn: {
    // Norwegian month names are the same in nynorsk; nb-NO where a browser lacks nn-NO.
    dateLocales: ['nn-NO', 'nb-NO'],
    subject: 'Reservasjon mot registrering i {shortName} – PID {pid}',
    body: [
      'Til registersekretariatet i {shortName}',
      '',
      'Ein pasient har sagt frå til meg at hen vil reservere seg mot registrering i {shortName}.',
      '',
      'PID-en til pasienten: {pid}',
      '',
      'Eg ringde registersekretariatet om dette {date}.',
      '',
      'Eg har med vilje ikkje teke med personopplysningar om pasienten, berre PID.',
      '',
      'Venleg helsing',
    ],
  },
};
