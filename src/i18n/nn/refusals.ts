/** Why the PID e-mail composer refuses a value, in nynorsk (placeholders: src/i18n/schema/refusals.ts). */
import type { RefusalWords } from '../schema/index.ts';

const ONLY_PID = 'E-posten skal berre ha PID, ingen personopplysningar.';

// «E-posten skal berre ha PID», not «han skal berre ha PID»: «han» reads as a person.
export default {
  fodselsnummer: `Dette ser ut som eit fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten. ${ONLY_PID}`,
  dnummer: `Dette ser ut som eit D-nummer ({match}). Skriv aldri D-nummer i e-posten. ${ONLY_PID}`,
  hnummer: `Dette ser ut som eit H-nummer ({match}). Skriv aldri H-nummer i e-posten. ${ONLY_PID}`,
  syntetiskNummer: `Dette ser ut som eit fødselsnummer ({match}). Skriv aldri fødselsnummer i e-posten. ${ONLY_PID}`,
  elleveSiffer: `Her står det 11 siffer eller fleire ({match}). Det kan vere eit fødselsnummer, og PID er ikkje fødselsnummeret. ${ONLY_PID}`,
  fodselsnummerStart: `Dette kan vere byrjinga på eit fødselsnummer ({match}): dei første sifra er ein dato. ${ONLY_PID}`,
  dato: `Dette ser ut som ein dato ({match}). Det kan vere ein fødselsdato. ${ONLY_PID}`,
  fodselsdato: `Dette ser ut som ein fødselsdato ({match}). ${ONLY_PID}`,
  telefon: `Dette ser ut som eit telefonnummer ({match}). Skriv ikkje telefonnummer i e-posten. ${ONLY_PID}`,
  epost: `Dette ser ut som ei e-postadresse ({match}). Skriv ikkje e-postadresser i e-posten. ${ONLY_PID}`,
  postnummerSted: `Dette ser ut som ein del av ei adresse ({match}). Skriv ikkje adresser i e-posten. ${ONLY_PID}`,
  navn: `Her står det bokstavar ({match}) som kan vere eit namn eller initialar. Skriv ikkje namn i e-posten. ${ONLY_PID}`,
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
} satisfies RefusalWords;
