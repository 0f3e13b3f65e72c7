/** The printed material's own words in English (the keys: src/i18n/schema/print.ts). */
import type { PrintWords } from '../schema/index.ts';

export default {
  qrAlt: 'QR code to {address}',
  footer: 'Opting out of {shortName} · Last reviewed {date}',
  leaflet: {
    title: 'You can opt out of {shortName}',
    subject: 'What {shortName} is, what is registered about you, and the four ways to opt out.',
    what: 'What is {shortName}?',
    registered: 'What is registered about you?',
    rights: 'Your rights',
    methods: 'Four ways to opt out',
    after: 'What happens next?',
    more: 'Ask, or read more',
    site: 'Read more online. Scan the code, or type the address:',
  },
  poster: {
    headline: 'You can say no to {shortName}',
    lines: [
      '{shortName} holds information about patients who get help from a hospital pain team.',
      'You do not have to say why.',
      'It does not affect the treatment you get.',
    ],
    scan: ['Scan the code to read how.', 'Or ask the pain team.'],
  },
  easyRead: {
    scan: ['Do you want to read this online?', 'Point your phone camera at the code.', 'Or type this address:'],
  },
  keywords: ['opt out', 'opting out', 'pain team'],
} satisfies PrintWords;
