/** The printed material's own words in bokmål (the keys: src/i18n/schema/print.ts). */
import type { PrintWords } from '../schema/index.ts';

export default {
  qrAlt: 'QR-kode til {address}',
  footer: 'Reservasjon mot {shortName} · Sist gjennomgått {date}',
  leaflet: {
    title: 'Du kan si nei til registrering i {shortName}',
    subject: 'Hva {shortName} er, hva som blir registrert om deg, og de fire måtene å reservere seg på.',
    what: 'Hva er {shortName}?',
    registered: 'Hva blir registrert om deg?',
    rights: 'Rettighetene dine',
    methods: 'Fire måter å reservere seg på',
    after: 'Hva skjer etterpå?',
    more: 'Spør, eller les mer',
    site: 'Les mer på nettet. Skann koden, eller skriv inn adressen:',
  },
  poster: {
    headline: 'Du kan si nei til {shortName}',
    lines: [
      '{shortName} har opplysninger om pasienter som får hjelp av smerteteamet på sykehus.',
      'Du trenger ikke si hvorfor.',
      'Behandlingen du får, blir ikke påvirket.',
    ],
    scan: ['Skann koden og les hvordan.', 'Eller spør smerteteamet.'],
  },
  easyRead: {
    scan: ['Vil du lese dette på nettet?', 'Hold kameraet på mobilen mot koden.', 'Eller skriv inn denne adressen:'],
  },
  keywords: ['reservasjon', 'reservere seg', 'smerteteam'],
} satisfies PrintWords;
