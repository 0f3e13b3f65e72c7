/** Downloads in bokmål: how a link describes its file, and the files there are (src/i18n/schema/downloads.ts). */
import type { DownloadWords } from '../schema/index.ts';

export default {
  langNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  pdf: 'PDF',
  decimalSeparator: ',',
  byteUnit: 'byte',
  details: '{type}, {language}, {size}',
  files: {
    form: 'reservasjonsskjema-bokmal',
    guide: 'veiledning-helsenorge-bokmal',
    checklist: 'huskeliste-smerteteam-bokmal',
    leaflet: 'brosjyre-smertereg-bokmal',
    poster: 'plakat-smertereg-bokmal',
    easyRead: 'lettlest-smertereg-bokmal',
  },
} satisfies DownloadWords;
