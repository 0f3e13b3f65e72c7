/** The printed material's own words in nynorsk (the keys: src/i18n/schema/print.ts). */
import type { PrintWords } from '../schema/index.ts';

export default {
  qrAlt: 'QR-kode til {address}',
  footer: 'Reservasjon mot {shortName} · Sist gjennomgått {date}',
  leaflet: {
    title: 'Du kan seie nei til registrering i {shortName}',
    subject: 'Kva {shortName} er, kva som blir registrert om deg, og dei fire måtane å reservere seg på.',
    what: 'Kva er {shortName}?',
    registered: 'Kva blir registrert om deg?',
    rights: 'Rettane dine',
    methods: 'Fire måtar å reservere seg på',
    after: 'Kva skjer etterpå?',
    more: 'Spør, eller les meir',
    site: 'Les meir på nettet. Skann koden, eller skriv inn adressa:',
  },
  poster: {
    headline: 'Du kan seie nei til {shortName}',
    lines: [
      '{shortName} har opplysningar om pasientar som får hjelp av smerteteamet på sjukehus.',
      'Du treng ikkje seie kvifor.',
      'Behandlinga du får, blir ikkje påverka.',
    ],
    scan: ['Skann koden og les korleis.', 'Eller spør smerteteamet.'],
  },
  easyRead: {
    scan: ['Vil du lese dette på nettet?', 'Hald kameraet på mobilen mot koden.', 'Eller skriv inn denne adressa:'],
  },
  keywords: ['reservasjon', 'reservere seg', 'smerteteam'],
} satisfies PrintWords;
