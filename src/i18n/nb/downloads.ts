/** Downloads in bokmål: how a link describes its file, the files there are, and how the page of printed material presents each document (src/i18n/schema/downloads.ts). */
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
  documents: {
    leaflet: {
      name: 'Brosjyre til pasienten',
      purpose:
        'Gi brosjyren til pasienten når du forteller om {shortName}. Den sier hva {shortName} er, og hvordan pasienten kan reservere seg.',
      download: 'Last ned brosjyren',
    },
    poster: {
      name: 'Plakat til avdelingen',
      purpose:
        'Heng opp plakaten der pasientene ser den. Den sier at pasienten kan si nei til {shortName}. Med QR-koden på plakaten kommer pasienten rett til siden om reservasjon.',
      download: 'Last ned plakaten',
    },
    easyRead: {
      name: 'Lettlest brosjyre',
      purpose:
        'Til pasienter som trenger enkle ord, stor skrift og bilder. Den har den samme teksten som den lettleste siden på nettstedet.',
      download: 'Last ned den lettleste brosjyren',
    },
    form: {
      name: 'Reservasjonsskjema',
      purpose:
        'Gi skjemaet til en pasient som vil reservere seg på papir. Pasienten fyller det ut og sender det til registersekretariatet i posten eller med eDialog.',
      download: 'Last ned reservasjonsskjemaet',
    },
    guide: {
      name: 'Veiledning for helsenorge.no',
      purpose:
        'Gi veiledningen til en pasient som vil reservere seg selv på helsenorge.no. Den viser veien steg for steg.',
      download: 'Last ned veiledningen',
    },
    checklist: {
      name: 'Huskeliste for smerteteamet',
      purpose:
        'Til deg og kollegene dine: hva du sier til pasienten, og hva du gjør når pasienten sier fra til deg. Heng den gjerne opp på vaktrommet.',
      download: 'Last ned huskelisten',
    },
  },
  printing: {
    paperLabel: 'Papir',
    enlarged: '{paper}, eller {larger} til å henge på veggen',
    sidesLabel: 'Skriv ut',
    oneSided: 'på én side av arket',
    twoSided: 'på begge sider av arket',
    onScreenLabel: 'På nettstedet',
  },
} satisfies DownloadWords;
