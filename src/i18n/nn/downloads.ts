/** Downloads in nynorsk: how a link describes its file, the files there are, and how the page of printed material presents each document (src/i18n/schema/downloads.ts). */
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
  documents: {
    leaflet: {
      name: 'Brosjyre til pasienten',
      purpose:
        'Gi brosjyren til pasienten når du fortel om {shortName}. I brosjyren står det kva {shortName} er, og korleis pasienten kan reservere seg.',
      download: 'Last ned brosjyren',
    },
    poster: {
      name: 'Plakat til avdelinga',
      purpose:
        'Heng opp plakaten der pasientane ser han. På plakaten står det at pasienten kan seie nei til {shortName}. Med QR-koden på plakaten kjem pasienten rett til sida om reservasjon.',
      download: 'Last ned plakaten',
    },
    easyRead: {
      name: 'Lettlest brosjyre',
      purpose:
        'Til pasientar som treng enkle ord, stor skrift og bilete. I brosjyren står den same teksten som på den lettleste sida på nettstaden.',
      download: 'Last ned den lettleste brosjyren',
    },
    form: {
      name: 'Reservasjonsskjema',
      purpose:
        'Gi skjemaet til ein pasient som vil reservere seg på papir. Pasienten fyller det ut og sender det til registersekretariatet i posten eller med eDialog.',
      download: 'Last ned reservasjonsskjemaet',
    },
    guide: {
      name: 'Rettleiing for helsenorge.no',
      purpose:
        'Gi rettleiinga til ein pasient som vil reservere seg sjølv på helsenorge.no. Rettleiinga viser vegen steg for steg.',
      download: 'Last ned rettleiinga',
    },
    checklist: {
      name: 'Huskeliste for smerteteamet',
      purpose:
        'Til deg og kollegaene dine: kva du seier til pasienten, og kva du gjer når pasienten seier frå til deg. Heng gjerne opp huskelista på vaktrommet.',
      download: 'Last ned huskelista',
    },
  },
  printing: {
    paperLabel: 'Papir',
    enlarged: '{paper}, eller {larger} til å henge på veggen',
    sidesLabel: 'Skriv ut',
    oneSided: 'på éi side av arket',
    twoSided: 'på begge sider av arket',
    onScreenLabel: 'På nettstaden',
  },
} satisfies DownloadWords;
