/** The helsenorge guide's own words in nynorsk (the keys: src/i18n/schema/guide.ts). */
import type { GuideWords } from '../schema/index.ts';

export default {
  stepsFollow: 'Her er stega.',
  needs: 'Dette treng du først',
  steps: 'Slik gjer du det',
  screensMayChange:
    'Skjermbileta på helsenorge.no kan endre seg. Knappane og menyane kan sjå annleis ut eller heite noko anna.',
  confirmation: 'Slik veit du at det er registrert',
  help: 'Treng du hjelp med helsenorge.no?',
  call: 'Ring {name} på ',
  notListed: 'Finn du ikkje {shortName}?',
  notListedIntro: 'Då kan du reservere deg på ein av dei andre måtane:',
  moreInfo: 'Du kan òg lese meir på ',
  registryPages: 'nettsidene til {shortName}',
  footer: 'Reservasjon mot {shortName} · Sist gjennomgått {date}',
  keywords: ['reservasjon', 'brukarrettleiing'],
  illustrationCaption:
    'Teikninga viser dei fire første stega: du loggar inn, klikkar på namnet ditt øvst på sida, vel «Profil og innstillinger» og så «Personverninnstillinger». Ho er forenkla og er ikkje eit bilete av helsenorge.no.',
} satisfies GuideWords;
