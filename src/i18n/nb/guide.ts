/** The helsenorge guide's own words in bokmål (the keys: src/i18n/schema/guide.ts). */
import type { GuideWords } from '../schema/index.ts';

export default {
  stepsFollow: 'Her er stegene.',
  needs: 'Dette trenger du først',
  steps: 'Slik gjør du det',
  screensMayChange:
    'Skjermbildene på helsenorge.no kan endre seg. Knappene og menyene kan se annerledes ut eller hete noe annet.',
  confirmation: 'Slik vet du at det er registrert',
  help: 'Trenger du hjelp med helsenorge.no?',
  call: 'Ring {name} på ',
  notListed: 'Finner du ikke {shortName}?',
  notListedIntro: 'Da kan du reservere deg på en av de andre måtene:',
  moreInfo: 'Du kan også lese mer på ',
  registryPages: 'nettsidene til {shortName}',
  footer: 'Reservasjon mot {shortName} · Sist gjennomgått {date}',
  keywords: ['reservasjon', 'brukerveiledning'],
  illustrationCaption:
    'Tegningen viser de fire første stegene: du logger inn, klikker på navnet ditt øverst på siden, velger «Profil og innstillinger» og så «Personverninnstillinger». Den er forenklet og er ikke et bilde av helsenorge.no.',
} satisfies GuideWords;
