/**
 * Keeps personal data out of the e-mail a clinician sends to the registry secretariat when a
 * patient opts out orally. That e-mail carries the patient's PID (the patient's identifier in
 * the registry), the date of the call and fixed text, nothing else about the patient.
 *
 * This folder detects; src/lib/composer/ writes the e-mail and words the refusals. Pure
 * functions, no DOM, no words, no dependencies, so the same checks run in the browser and in
 * tests. The Norwegian words the detectors look for are detection data (./detectors/).
 *
 *   normalise.ts     the text every check runs on
 *   id-numbers.ts    fødselsnummer, D-, H- and synthetic numbers and their dates
 *   detectors/       tokens, numbers, e-mail addresses, postcodes, dates in words, letters
 *   scan.ts          one scan of a text: every detector, the outermost findings
 *   validate.ts      the PID and the call date as fields
 *   findings.ts      what a check reports
 */
export type { Counter, Finding, FindingType, FormatType, PersonalDataType } from './findings';
export { normalise } from './normalise';
export { classifyIdNumber, isDdmmyy, isValidFodselsnummer, type IdNumberType } from './id-numbers';
export { findPersonalData, scanPersonalData, type ScanKind } from './scan';
export {
  CALL_DATE_WINDOW_DAYS,
  DATE_INPUT_MAX_LENGTH,
  PID_INPUT_MAX_LENGTH,
  isoDaysBefore,
  normalisePid,
  validateCallDate,
  validatePid,
  type PidSetting,
} from './validate';
