/** Downloads in nynorsk: how a link describes its file, and the files there are (src/i18n/schema/downloads.ts). */
import type { DownloadWords } from '../schema/index.ts';

export default {
  langNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  pdf: 'PDF',
  decimalSeparator: ',',
  byteUnit: 'byte',
  details: '{type}, {language}, {size}',
  files: {
    form: 'reservasjonsskjema-nynorsk',
    guide: 'rettleiing-helsenorge-nynorsk',
    checklist: 'huskeliste-smerteteam-nynorsk',
    leaflet: 'brosjyre-smertereg-nynorsk',
    poster: 'plakat-smertereg-nynorsk',
    easyRead: 'lettlest-smertereg-nynorsk',
  },
} satisfies DownloadWords;
