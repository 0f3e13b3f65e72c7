/**
 * The interface strings in nynorsk: the same keys and shapes as `nb` in ./ui.ts.
 * Facts (names, URLs, the deadline) are not here: they come from content/registry.yaml.
 */
import type { UiStrings } from './ui';

export const nn = {
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
    title: 'Denne sida finst ikkje på nynorsk enno',
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
} satisfies UiStrings;
