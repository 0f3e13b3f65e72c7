/**
 * The English interface strings: the same keys and shapes as `nb` in ./ui.ts.
 * Facts (names, URLs, the deadline) are not here: they come from content/registry.yaml.
 */
import type { UiStrings } from './ui';

export const en: UiStrings = {
  siteName: (shortName) => `Opting out of ${shortName}`,
  htmlLang: 'en',
  ogLocale: 'en_GB',
  skipLink: 'Skip to main content',
  searchLabel: 'Search this website',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  mainNavLabel: 'Main menu',
  breadcrumbsLabel: 'Breadcrumb',
  footerContactHeading: 'Contact the registry secretariat',
  footerAboutHeading: 'About this website',
  footerLinks: {
    accessibility: 'Accessibility statement',
    privacy: 'Privacy: no cookies',
    siteMap: 'All pages on this website',
    changes: 'Changes to this website',
  },
  footerOwner: (shortName, owner) => `${shortName} is run by ${owner}.`,
  lastChanged: 'Last changed',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  openingHours: (opens, closes) => `weekdays, ${opens}–${closes}`,
  languageNavLabel: 'Language',
  fallbackNotice: {
    title: 'This page is not available in English yet',
    text: 'Here it is in Norwegian (bokmål).',
  },
  inBokmal: 'in Norwegian',
  warningPrefix: 'Important: ',
  contact: {
    phone: 'Phone',
    email: 'Email',
    postalAddress: 'Postal address',
    fallback: (shortName, ownerShort, some) =>
      `You can find ${some ? 'other contact details' : 'contact details'} for ${shortName} at ${ownerShort}:`,
    fallbackLink: (shortName, host) => `${shortName} on ${host}`,
  },
};
