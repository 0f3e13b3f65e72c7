/**
 * The printed material's own few words (the patient leaflet, the ward poster, the easy-read
 * leaflet), per language in src/i18n/<lang>/print.ts. Everything else they say comes from
 * content/: what SmerteReg is, what is registered and your rights (content/words/<lang>/about.yaml),
 * the four ways (methods.yaml), where to ask (routes.yaml), the easy-read text (easy-read.yaml),
 * the facts (registry.yaml). Placeholders: {shortName} and the other registry facts, filled by
 * `fill()`; {address} is the printed address of the page a QR code opens; {date} a review date.
 */
export interface PrintWords {
  /** The text alternative of a QR code: "QR-kode til {address}". */
  qrAlt: string;
  /** Small print at the foot of the leaflet and the poster: "Reservasjon mot {shortName} · Sist gjennomgått {date}". */
  footer: string;
  leaflet: {
    /** The title (H1, the PDF's title). */
    title: string;
    /** The PDF's subject. */
    subject: string;
    /** Section headings. */
    what: string;
    registered: string;
    rights: string;
    methods: string;
    after: string;
    more: string;
    /** The line before the QR code: where the reader finds all of this, and the four ways, on the web. */
    site: string;
  };
  poster: {
    /** One headline: "Du kan si nei til {shortName}". */
    headline: string;
    /** Two or three short lines under it. */
    lines: string[];
    /** Above the code, one sentence a line: "Skann koden og les hvordan.", "Eller spør smerteteamet." */
    scan: string[];
  };
  easyRead: {
    /** Sentences before the QR code, one per line, in easy-read language (they count in its budgets). */
    scan: string[];
  };
  /** The PDFs' keywords besides the registry's name. */
  keywords: string[];
}
