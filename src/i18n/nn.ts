/**
 * The interface strings in nynorsk: the same keys and shapes as `nb` in ./ui.ts.
 * Facts (names, URLs, the deadline) are not here: they come from content/registry.yaml.
 */
import type { UiStrings } from './ui';

export const nn: UiStrings = {
  siteName: (shortName) => `Reservasjon mot ${shortName}`,
  htmlLang: 'nn',
  ogLocale: 'nn_NO',
  skipLink: 'Hopp til hovudinnhaldet',
  searchLabel: 'Søk på nettstaden',
  searchPlaceholder: 'Søk',
  searchButton: 'Søk',
  mainNavLabel: 'Hovudmeny',
  breadcrumbsLabel: 'Brødsmulesti',
  footerContactHeading: 'Kontakt registersekretariatet',
  footerAboutHeading: 'Om nettstaden',
  footerLinks: {
    accessibility: 'Tilgjengelegheitserklæring',
    privacy: 'Personvern: ingen informasjonskapslar',
    siteMap: 'Oversikt over alle sidene',
    changes: 'Endringar på nettstaden',
  },
  footerOwner: (shortName, owner) => `${owner} driv ${shortName}.`,
  lastChanged: 'Sist endra',
  lastReviewed: 'Sist gjennomgått',
  nextReview: 'Neste gjennomgang',
  openingHours: (opens, closes) => `kvardagar kl. ${opens}–${closes}`,
  languageNavLabel: 'Språk',
  fallbackNotice: {
    title: 'Denne sida finst berre på bokmål',
    text: 'Her er sida på bokmål.',
  },
  inBokmal: 'på bokmål',
  warningPrefix: 'Viktig: ',
  contact: {
    phone: 'Telefon',
    email: 'E-post',
    postalAddress: 'Postadresse',
    fallback: (shortName, ownerShort, some) =>
      `${some ? 'Annan kontaktinformasjon' : 'Kontaktinformasjon'} til ${shortName} finn du hos ${ownerShort}:`,
    fallbackLink: (shortName, host) => `${shortName} på ${host}`,
  },
  dateLocale: 'nn-NO',
  deadline: {
    soon: 'så snart som mogleg',
    legal: 'utan ugrunna opphald',
    days: (days) => `${days} dagar`,
    full: (soon, days) => `${soon}, og seinast ${days} dagar etter at dei har motteke reservasjonsskjemaet`,
  },
  method: {
    suitsHeading: 'Passar dette for deg?',
    suits: (who) => `Denne måten passar for deg som ${who}`,
    needsHeading: 'Dette treng du',
    stepsHeading: 'Slik gjer du det',
    durationHeading: 'Kor lang tid tek det?',
    confirmationHeading: 'Slik veit du at det er registrert',
    cardSuits: 'Passar for deg som',
    cardNeeds: 'Du treng',
  },
  feedback: {
    intro: 'Sei frå, så kan det bli retta.',
    runBy: (name) => `${name} driv nettstaden.`,
    email: 'E-post',
    phone: 'Telefon',
    website: 'Nettside',
    missing: 'Det er enno ikkje sett opp ein eigen kontakt for tilbakemeldingar om nettstaden.',
  },
  download: {
    langNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    pdf: 'PDF',
    decimalSeparator: ',',
    byteUnit: 'byte',
    details: (type, langName, size) => `${type}, ${langName}, ${size}`,
  },
  changelog: { why: 'Kvifor:', pages: 'Sider:' },
  pageList: { more: (count) => `Og ${count} sider til under` },
  guideIllustration: {
    caption:
      'Teikninga viser vegen: namnet ditt øvst på sida, menyen som opnar seg, og valet der du reserverer deg. Ho er forenkla og er ikkje eit bilete av helsenorge.no.',
  },
  search: {
    label: 'Kva leitar du etter?',
    help: 'Skriv eitt eller fleire ord, til dømes «reservere» eller «skjema». Treffa kjem medan du skriv.',
    button: 'Søk',
    resultsLabel: 'Søkeresultat',
    count: '{n} treff for «{q}»',
    noResults: 'Ingen treff for «{q}».',
    failed: 'Søket verkar ikkje akkurat no.',
    tryAgain: 'Prøv eit anna ord, eller sjå',
    siteMapLink: 'lista over alle sidene',
  },
};
