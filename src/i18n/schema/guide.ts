/**
 * The helsenorge guide's own words (headings and the few sentences around the method's steps),
 * per language in src/i18n/<lang>/guide.ts, for the page and the PDF. The steps, what you need,
 * the caveat and how you know it worked are the `helsenorge` method's words in
 * content/words/<lang>/methods.yaml, not here.
 */
export interface GuideWords {
  /** After the method's summary: "Her er stegene." */
  stepsFollow: string;
  needs: string;
  steps: string;
  /** Used only when the method has no caveat of its own. */
  screensMayChange: string;
  confirmation: string;
  help: string;
  /** "Ring {name} på ", then the number and ", {hours}." */
  call: string;
  /** "Finner du ikke {shortName}?" */
  notListed: string;
  notListedIntro: string;
  moreInfo: string;
  /** The link text of the registry's own pages: "nettsidene til {shortName}". */
  registryPages: string;
  /** The PDF's footer: "Reservasjon mot {shortName} · Sist gjennomgått {date}". */
  footer: string;
  /** The PDF's keywords besides the registry's name and helsenorge.no. */
  keywords: string[];
  /** The caption of the drawing of helsenorge.no (<GuideIllustration>). */
  illustrationCaption: string;
}
