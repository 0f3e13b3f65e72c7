/**
 * The words of the page shell and of the shared components (header, footer, breadcrumbs, review
 * dates, contact details, method details, the change log, the site map), per language in
 * src/i18n/<lang>/shell.ts. Plain strings; `{name}` is filled by format() (src/i18n/format.ts).
 * The bokmål wording is given as the example.
 */
export interface ShellWords {
  /** The site's name in the header, the title and Open Graph: "Reservasjon mot {shortName}". */
  siteName: string;
  skipLink: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  mainNavLabel: string;
  breadcrumbsLabel: string;
  footerContactHeading: string;
  footerAboutHeading: string;
  footerLinks: { accessibility: string; privacy: string; siteMap: string; changes: string; glossary: string };
  /** "{shortName} drives av {owner}." */
  footerOwner: string;
  lastChanged: string;
  lastReviewed: string;
  nextReview: string;
  /** aria-label of the language switcher in the header. */
  languageNavLabel: string;
  /** On a page shown in bokmål because it has no translation yet: a heading and one sentence. */
  fallbackNotice: { title: string; text: string };
  /** After a link to a page that exists only in bokmål: "på bokmål", "in Norwegian". */
  inBokmal: string;
  /** Prefix of a warning callout's title: "Viktig: ". */
  warningPrefix: string;
  /** How registry facts are said in running text (src/lib/content/fill.ts). */
  facts: {
    /** Opening hours on weekdays: "hverdager kl. {opens}–{closes}". */
    openingHours: string;
    /** Where in the act the rights start: "fra § {section}". */
    actSections: string;
  };
  contact: {
    phone: string;
    email: string;
    postalAddress: string;
    /** Where contact details that are not configured are found: "Kontaktinformasjon til {shortName} finner du hos {ownerShort}:". */
    fallback: string;
    /** The same when some details are shown: "Annen kontaktinformasjon til …". */
    fallbackOther: string;
    /**
     * Where only the postal address is asked for and it is not configured: that this site does not
     * have it, and where contact details are found, without saying what that page lists (no source
     * does): "Postadressen har vi ikke her. Kontaktinformasjon til {shortName} finner du hos {ownerShort}:".
     */
    postalFallback: string;
    /** The link text: "{shortName} på {host}". */
    fallbackLink: string;
  };
  /** <Deadline>: the deadline in words, the number from the registry. */
  deadline: {
    /** For patients: "så snart som mulig". */
    soon: string;
    /** "{days} dager". */
    days: string;
    /** "{soon}, og senest {days} dager etter at de har mottatt reservasjonsskjemaet". */
    full: string;
  };
  /** <MethodDetail> (one method's page) and <MethodList> (the method cards). */
  method: {
    suitsHeading: string;
    /** "Denne måten passer for deg som {who}", followed by the method's `suits` text. */
    suits: string;
    needsHeading: string;
    stepsHeading: string;
    durationHeading: string;
    confirmationHeading: string;
    /** Labels on a method card: "Passer for deg som", "Du trenger". */
    cardSuits: string;
    cardNeeds: string;
  };
  /** <FeedbackContact>: where feedback on the website goes (the accessibility statement). */
  feedback: {
    intro: string;
    /** "Nettstedet drives av {name}." */
    runBy: string;
    email: string;
    phone: string;
    website: string;
    /** While no feedback channel is configured. */
    missing: string;
  };
  /** <Changelog> (/endringer/): the labels of each entry. */
  changelog: { why: string; pages: string };
  /** <Glossary> (/ord-og-uttrykk/): the words before a term's link, "Les mer:". */
  glossary: { readMore: string };
  /** <PageList> (the site map): "Og {count} sider til under", followed by a link to the section. */
  pageList: { more: string };
}
