/** The helsenorge guide's own words in English (the keys: src/i18n/schema/guide.ts). */
import type { GuideWords } from '../schema/index.ts';

export default {
  stepsFollow: 'Here are the steps.',
  needs: 'What you need first',
  steps: 'How to do it',
  screensMayChange:
    'The screens on helsenorge.no may change. The buttons and menus may look different or have different names.',
  confirmation: 'How to check it has been registered',
  help: 'Do you need help with helsenorge.no?',
  call: 'Call {name} on ',
  notListed: 'Can’t find {shortName}?',
  notListedIntro: 'Then you can opt out in one of the other ways:',
  moreInfo: 'You can also read more on ',
  registryPages: 'the {shortName} web pages (in Norwegian)',
  footer: 'Opting out of {shortName} · Last reviewed {date}',
  keywords: ['opt out', 'user guide'],
  illustrationCaption:
    'The drawing shows the first four steps: you log in, click your name at the top of the page, choose «Profil og innstillinger» and then «Personverninnstillinger». It is simplified and is not a picture of helsenorge.no.',
} satisfies GuideWords;
