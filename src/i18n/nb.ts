/** The interface in bokmål. The keys and what each is for: src/i18n/ui.ts `UiStrings`. */
import type { UiStrings } from './ui';

export const nb: UiStrings = {
  siteName: (shortName) => `Reservasjon mot ${shortName}`,
  htmlLang: 'nb',
  ogLocale: 'nb_NO',
  skipLink: 'Hopp til hovedinnholdet',
  searchLabel: 'Søk på nettstedet',
  searchPlaceholder: 'Søk',
  searchButton: 'Søk',
  mainNavLabel: 'Hovedmeny',
  breadcrumbsLabel: 'Brødsmulesti',
  footerContactHeading: 'Kontakt registersekretariatet',
  footerAboutHeading: 'Om nettstedet',
  footerLinks: {
    accessibility: 'Tilgjengelighetserklæring',
    privacy: 'Personvern: ingen informasjonskapsler',
    siteMap: 'Oversikt over alle sidene',
    changes: 'Endringer på nettstedet',
  },
  footerOwner: (shortName, owner) => `${shortName} drives av ${owner}.`,
  lastChanged: 'Sist endret',
  lastReviewed: 'Sist gjennomgått',
  nextReview: 'Neste gjennomgang',
  openingHours: (opens, closes) => `hverdager kl. ${opens}–${closes}`,
  languageNavLabel: 'Språk',
  fallbackNotice: { title: 'Denne siden finnes bare på bokmål', text: 'Her er siden på bokmål.' },
  inBokmal: 'på bokmål',
  warningPrefix: 'Viktig: ',
  contact: {
    phone: 'Telefon',
    email: 'E-post',
    postalAddress: 'Postadresse',
    fallback: (shortName, ownerShort, some) =>
      `${some ? 'Annen kontaktinformasjon' : 'Kontaktinformasjon'} til ${shortName} finner du hos ${ownerShort}:`,
    fallbackLink: (shortName, host) => `${shortName} på ${host}`,
  },
};
