/** Downloads in English: how a link describes its file, the files there are, and how the page of printed material presents each document (src/i18n/schema/downloads.ts). */
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
  documents: {
    leaflet: {
      name: 'Leaflet for patients',
      purpose:
        'Give the leaflet to the patient when you tell them about {shortName}. It says what {shortName} is and how to opt out.',
      download: 'Download the leaflet',
    },
    poster: {
      name: 'Poster for the ward',
      purpose:
        'Put up the poster where patients can see it. It tells patients that they can say no to {shortName}. The QR code on the poster takes the patient straight to the page about opting out.',
      download: 'Download the poster',
    },
    easyRead: {
      name: 'Easy read leaflet',
      purpose:
        'For patients who need simple words, large print and pictures. It has the same text as the easy read page on this website.',
      download: 'Download the easy read leaflet',
    },
    form: {
      name: 'Opt-out form',
      purpose:
        'Give the form to a patient who wants to opt out on paper. The patient fills it in and sends it to the registry secretariat by post or through eDialog.',
      download: 'Download the opt-out form',
    },
    guide: {
      name: 'Guide to helsenorge.no',
      purpose:
        'Give the guide to a patient who wants to opt out on helsenorge.no on their own. It shows the way step by step.',
      download: 'Download the guide',
    },
    checklist: {
      name: 'Checklist for the pain team',
      purpose:
        'For you and your colleagues: what to tell the patient, and what to do when the patient tells you they want to opt out. You can put it up in the staff room.',
      download: 'Download the checklist',
    },
  },
  printing: {
    paperLabel: 'Paper',
    enlarged: '{paper}, or {larger} to put up on the wall',
    sidesLabel: 'Print',
    oneSided: 'on one side of the sheet',
    twoSided: 'on both sides of the sheet',
    onScreenLabel: 'On this website',
  },
} satisfies DownloadWords;
