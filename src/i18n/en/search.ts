/** Search in English: the search page's words and the query handling's language data (src/i18n/schema/search.ts). */
import type { SearchWords } from '../schema/index.ts';

export default {
  label: 'What are you looking for?',
  help: 'Type one or more words, for example “opt out” or “form”. Results appear as you type.',
  button: 'Search',
  resultsLabel: 'Search results',
  count: 'Results for “{q}”: {n}',
  noResults: 'No results for “{q}”.',
  failed: 'Search is not working right now.',
  tryAgain: 'Try another word, or see',
  siteMapLink: 'all pages on this website',
  stopWords:
    'i me my mine you your yours we us our he she they them it its the a an and or but of to ' +
    'in on at for from with by about how what when where who whom why which can could do ' +
    'does did is are was were be been being have has had will would should shall may might ' +
    'must this that these those there here want get if so as am please',
} satisfies SearchWords;
