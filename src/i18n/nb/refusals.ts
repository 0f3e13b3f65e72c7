/** Why the PID e-mail composer refuses a value, in bokmål (placeholders: src/i18n/schema/refusals.ts). */
import type { RefusalWords } from '../schema/index.ts';

const ONLY_PID = 'E-posten skal bare ha PID, ingen personopplysninger.';

export default {
  fodselsnummer:
    'Dette ser ut som et fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.',
  dnummer: 'Dette ser ut som et D-nummer ({match}). Skriv aldri D-nummer i e-posten: den skal bare ha PID.',
  hnummer: 'Dette ser ut som et H-nummer ({match}). Skriv aldri H-nummer i e-posten: den skal bare ha PID.',
  syntetiskNummer:
    'Dette ser ut som et fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten: den skal bare ha PID.',
  elleveSiffer: `Her står det 11 siffer eller flere ({match}). Det kan være et fødselsnummer, og PID er ikke fødselsnummeret. ${ONLY_PID}`,
  fodselsnummerStart: `Dette kan være begynnelsen av et fødselsnummer ({match}): de første sifrene er en dato. ${ONLY_PID}`,
  dato: `Dette ser ut som en dato ({match}). Det kan være en fødselsdato. ${ONLY_PID}`,
  fodselsdato: `Dette ser ut som en fødselsdato ({match}). ${ONLY_PID}`,
  telefon: `Dette ser ut som et telefonnummer ({match}). Skriv ikke telefonnummer i e-posten. ${ONLY_PID}`,
  epost: `Dette ser ut som en e-postadresse ({match}). Skriv ikke e-postadresser i e-posten. ${ONLY_PID}`,
  postnummerSted: `Dette ser ut som en del av en adresse ({match}). Skriv ikke adresser i e-posten. ${ONLY_PID}`,
  navn: `Her står det bokstaver ({match}) som kan være et navn eller initialer. Skriv ikke navn i e-posten. ${ONLY_PID}`,
  pidTooLongInput: 'Dette er for langt til å være en PID: du har skrevet {length} tegn. {description} Skriv bare PID.',
  pidTooLong: 'PID kan ha høyst {max} tegn. Du har skrevet {length}. {description} PID er ikke fødselsnummeret.',
  pidEmpty: 'Skriv inn PID.',
  pidFormat: '«{match}» kan ikke brukes som PID. {description}',
  dateTooLongInput: 'Dette er for langt til å være en dato. Velg datoen da du ringte registersekretariatet.',
  dateEmpty: 'Skriv inn datoen da du ringte registersekretariatet.',
  dateForm: '«{match}» er ikke en dato i riktig form. Skriv datoen slik: år-måned-dag, med sifre.',
  dateInvalid: '{match} er ikke en gyldig dato.',
  dateFuture: 'Datoen kan ikke være etter i dag. Skriv datoen da du ringte registersekretariatet.',
  dateTooOld:
    'Datoen må være i dag eller i løpet av de siste {days} dagene. Skriv datoen da du ringte registersekretariatet, ikke for eksempel en fødselsdato.',
} satisfies RefusalWords;
