/** Downloads in English: how a link describes its file, and the files there are (src/i18n/schema/downloads.ts). */
import type { DownloadWords } from '../schema/index.ts';

export default {
  langNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
  pdf: 'PDF',
  decimalSeparator: '.',
  byteUnit: 'bytes',
  details: '{type}, {language}, {size}',
  files: {
    form: 'opt-out-form-english',
    leaflet: 'leaflet-smertereg-english',
    poster: 'poster-smertereg-english',
    easyRead: 'easy-read-smertereg-english',
  },
} satisfies DownloadWords;
