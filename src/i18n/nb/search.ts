/** Search in bokmål: the search page's words and the query handling's language data (src/i18n/schema/search.ts). */
import type { SearchWords } from '../schema/index.ts';

export default {
  label: 'Hva leter du etter?',
  help: 'Skriv ett eller flere ord, for eksempel «reservere» eller «skjema». Treffene kommer mens du skriver.',
  button: 'Søk',
  resultsLabel: 'Søkeresultater',
  count: '{n} treff for «{q}»',
  noResults: 'Ingen treff for «{q}».',
  failed: 'Søket virker ikke akkurat nå.',
  tryAgain: 'Prøv et annet ord, eller se',
  siteMapLink: 'oversikten over alle sidene',
  // Folded spelling (å → a, ø → o, æ → ae), as the query handling compares words.
  stopWords:
    'jeg meg min mitt mine du deg din ditt dine vi oss vart vare han hun hen den det de dem ' +
    'dere seg sin sitt sine er var vaere blir bli ble blitt har hadde ha kan kunne skal ' +
    'skulle vil ville ma matte far fa gjor gjore hva hvem hvor hvordan hvorfor nar hvilken ' +
    'hvilket hvilke om i pa til av for fra med uten ut inn opp og eller men at som en et ei noe ' +
    'noen alle her der da sa hos mot',
} satisfies SearchWords;
