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
  openingHours: (opens, closes) => `weekdays ${opens} to ${closes}`,
  languageNavLabel: 'Language',
  fallbackNotice: {
    title: 'This page is only in Norwegian',
    text: 'Here is the page in Norwegian (bokmål).',
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
  dateLocale: 'en-GB',
  deadline: {
    soon: 'as soon as possible',
    legal: 'without undue delay',
    days: (days) => `${days} days`,
    full: (soon, days) => `${soon}, and no later than ${days} days after they have received the opt-out form`,
  },
  method: {
    suitsHeading: 'Is this the right way for you?',
    suits: (who) => `This way suits you if you ${who}`,
    needsHeading: 'What you need',
    stepsHeading: 'What to do',
    durationHeading: 'How long does it take?',
    confirmationHeading: 'How to check it has been registered',
    cardSuits: 'Suits you if you',
    cardNeeds: 'You need',
  },
  feedback: {
    intro: 'Tell us so that it can be put right.',
    runBy: (name) => `This website is run by ${name}.`,
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    missing: 'No separate contact for feedback about this website has been set up yet.',
  },
  download: {
    langNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
    pdf: 'PDF',
    decimalSeparator: '.',
    byteUnit: 'bytes',
    details: (type, langName, size) => `${type}, ${langName}, ${size}`,
  },
  changelog: { why: 'Why:', pages: 'Pages:' },
  pageList: { more: (count) => `And ${count} more pages under` },
  guideIllustration: {
    caption:
      'The drawing shows the way: your name at the top of the page, the menu that opens, and the choice where you opt out. It is simplified and is not a picture of helsenorge.no.',
  },
  search: {
    label: 'What are you looking for?',
    help: 'Type one or more words, for example “opt out” or “form”. Results appear as you type.',
    button: 'Search',
    resultsLabel: 'Search results',
    count: 'Results for “{q}”: {n}',
    noResults: 'No results for “{q}”.',
    failed: 'Search is not working right now.',
    tryAgain: 'Try another word, or see',
    siteMapLink: 'the list of all pages',
  },
};
