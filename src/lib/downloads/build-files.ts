/**
 * The files the build generates for download, made once per build and shared: the endpoints
 * (src/pages/<folder>/[file].pdf.ts, one per folder of DOCUMENT_DIRS) write them
 * under their content-hashed names, and <Download> links to the same name and states the size
 * of the same bytes. Which files exist, where and under which name is ./downloads.ts (from each
 * language's words); how each document is made is RECIPES here.
 * Everything comes from content/ through src/lib/content/read.ts.
 */
import { site } from 'astro:config/server';
import { getEntry } from 'astro:content';
import { buildChecklist } from '../checklist/checklist';
import { buildChecklistPdf } from '../checklist/pdf';
import {
  getAbout,
  getChecklistWords,
  getEasyRead,
  getMethods,
  getRegistry,
  getRoutes,
  getTerms,
} from '../content/read';
import { aboutOnPaper } from '../content/about';
import { pathOf } from '../content/site';
import type { Registry } from '../content/schemas';
import {
  DOCUMENT_DIRS,
  DOWNLOAD_IDS,
  hashedStem,
  parseDownloadId,
  stemOf,
  type DocumentKind,
  type DownloadId,
} from './downloads';
import { buildEasyReadPdf } from '../easy-read/pdf';
import { buildReservationPdf } from '../form/pdf';
import { buildGuide } from '../guide/guide';
import { buildGuidePdf } from '../guide/pdf';
import { buildLeaflet } from '../leaflet/leaflet';
import { buildLeafletPdf } from '../leaflet/pdf';
import { buildPosterPdf } from '../poster/pdf';
import { absoluteUrl, printedAddress } from '../shell/site-url';
import { words } from '../../i18n/dictionary';
import { format, formatDate } from '../../i18n/format';
import { isFullLang, type Lang } from '../../i18n/languages';

export type { DownloadId };

export interface BuiltFile {
  id: DownloadId;
  /** The folder on the site, e.g. "/skjema/". */
  dir: string;
  /** File name without ".pdf", with the content hash: "reservasjonsskjema-bokmal-1a2b3c4d". */
  stem: string;
  /** "/skjema/reservasjonsskjema-bokmal-1a2b3c4d.pdf" */
  href: string;
  lang: Lang;
  type: 'application/pdf';
  bytes: Uint8Array;
}

/** The page the guide PDF is made from (its title, description and review date), per language. */
export const GUIDE_PAGE_ID = 'helsenorge-veiledning';
/** The page the checklist PDF is made from (its review date), per language. */
const CHECKLIST_PAGE_ID = 'helsepersonell/huskeliste';
/** The pages whose statements the patient leaflet prints (its review date is the latest of theirs). */
const LEAFLET_PAGE_IDS = ['om-smertereg', 'reservasjon', 'reservasjon/etterpa'] as const;
/** The page the leaflet's and the poster's QR codes open, in their language. */
const OPT_OUT_PAGE_ID = 'reservasjon';
/** The page the easy-read leaflet prints (its title and text) and its QR code opens. */
const EASY_READ_PAGE_ID = 'lettlest';

/**
 * The absolute URL of a page in a language on this deployment: the same site address and path
 * as the page's canonical URL (SITE_URL, through Astro's `site` setting, which is also
 * `Astro.site`), so a printed code opens exactly that page. Not `import.meta.env.SITE`: in server
 * code Astro lets any environment variable named SITE replace it.
 */
function pageUrl(id: string, lang: Lang): string {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the printed QR codes need the site address');
  return absoluteUrl(pathOf(id, lang), site);
}

/** The latest of ISO dates. */
const latest = (dates: readonly string[]) => [...dates].sort().at(-1)!;

/**
 * The page a PDF is made from, in the PDF's language: the translation, or the bokmål page while
 * the language has none (src/lib/content/read.ts `getPage`).
 */
async function sourcePage(id: string, lang: Lang, what: string) {
  const page = (await getEntry('pages', `${lang}/${id}`)) ?? (await getEntry('pages', `nb/${id}`));
  if (!page) throw new Error(`content/pages/nb/${id}.mdx is missing: ${what} is made from it`);
  return page;
}

/** How each document is made in a language. */
const RECIPES: Record<DocumentKind, (registry: Registry, lang: Lang) => Promise<Uint8Array>> = {
  form: (registry, lang) => buildReservationPdf(registry, lang),
  guide: async (registry, lang) => {
    const page = await sourcePage(GUIDE_PAGE_ID, lang, 'the guide PDF');
    const say = words(lang).guide;
    const methods = await getMethods(lang);
    return buildGuidePdf(buildGuide(registry, methods, lang), {
      title: page.data.title,
      subject: page.data.description,
      author: `${registry.shortName}, ${registry.owner}`,
      keywords: [registry.shortName, 'helsenorge.no', ...say.keywords],
      date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
      footer: format(say.footer, { shortName: registry.shortName, date: formatDate(page.data.lastReviewed, lang) }),
      lang,
    });
  },
  checklist: async (registry, lang) => {
    if (!isFullLang(lang)) throw new Error(`The checklist has no words in "${lang}"`);
    const page = await sourcePage(CHECKLIST_PAGE_ID, lang, 'the checklist PDF');
    const said = await getChecklistWords(lang);
    const [routes, methods] = [await getRoutes(lang), await getMethods(lang)];
    return buildChecklistPdf(buildChecklist(registry, routes, methods, said, lang), {
      date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
      footer: `${said.reviewed} ${formatDate(page.data.lastReviewed, lang)}.`,
      lang,
    });
  },
  leaflet: async (registry, lang) => {
    const pages = await Promise.all(LEAFLET_PAGE_IDS.map((id) => sourcePage(id, lang, 'the leaflet')));
    const reviewed = latest(pages.map((page) => page.data.lastReviewed));
    const leaflet = buildLeaflet({
      registry,
      about: aboutOnPaper(await getAbout(lang), await getTerms(lang)),
      methods: await getMethods(lang),
      routes: await getRoutes(lang),
      url: pageUrl(OPT_OUT_PAGE_ID, lang),
      lang,
    });
    return buildLeafletPdf(leaflet, printMeta(registry, lang, reviewed));
  },
  poster: async (registry, lang) => {
    const page = await sourcePage(OPT_OUT_PAGE_ID, lang, 'the poster');
    const url = pageUrl(OPT_OUT_PAGE_ID, lang);
    return buildPosterPdf(registry, lang, { url, ...printMeta(registry, lang, page.data.lastReviewed) });
  },
  easyRead: async (registry, lang) => {
    const page = await sourcePage(EASY_READ_PAGE_ID, lang, 'the easy-read leaflet');
    const url = pageUrl(EASY_READ_PAGE_ID, lang);
    const say = words(lang).print;
    const meta = printMeta(registry, lang, page.data.lastReviewed);
    return buildEasyReadPdf({
      lang,
      title: page.data.title,
      sections: await getEasyRead(lang),
      url,
      scan: say.easyRead.scan,
      qrAlt: format(say.qrAlt, { address: printedAddress(url) }),
      // On easy-read paper, the foot of each page says only where the text is on the web.
      footer: printedAddress(url),
      date: meta.date,
      author: meta.author,
      keywords: meta.keywords,
    });
  },
};

/** What the leaflet and the poster print at their foot, and the metadata of the three printed documents. */
function printMeta(registry: Registry, lang: Lang, reviewed: string) {
  const say = words(lang).print;
  return {
    date: new Date(`${reviewed}T00:00:00Z`),
    footer: format(say.footer, { shortName: registry.shortName, date: formatDate(reviewed, lang) }),
    author: `${registry.shortName}, ${registry.owner}`,
    keywords: [registry.shortName, ...say.keywords],
  };
}

async function make(id: DownloadId): Promise<BuiltFile> {
  const { doc, lang } = parseDownloadId(id);
  const dir = DOCUMENT_DIRS[doc];
  const stem = stemOf(doc, lang);
  if (!stem) throw new Error(`No ${doc} in "${lang}": src/i18n/${lang}/downloads.ts names no file for it`);
  const bytes = await RECIPES[doc](await getRegistry(), lang);
  const hashed = hashedStem(stem, bytes);
  return { id, dir, stem: hashed, href: `${dir}${hashed}.pdf`, lang, type: 'application/pdf', bytes };
}

const made = new Map<DownloadId, Promise<BuiltFile>>();

/** The file, made on first use and then reused for the rest of the build. */
export function getDownload(id: DownloadId): Promise<BuiltFile> {
  let file = made.get(id);
  if (!file) {
    file = make(id);
    made.set(id, file);
    file.catch(() => made.delete(id));
  }
  return file;
}

/** The files that live in `dir` (for an endpoint's getStaticPaths). */
async function getDownloadsIn(dir: string): Promise<BuiltFile[]> {
  const ids = DOWNLOAD_IDS.filter((id) => DOCUMENT_DIRS[parseDownloadId(id).doc] === dir);
  return Promise.all(ids.map(getDownload));
}

/**
 * getStaticPaths and GET for an endpoint `src/pages/<dir>/[file].pdf.ts` that writes the files of
 * one folder under their hashed names.
 */
export function pdfRoutes(dir: string) {
  return {
    getStaticPaths: async () =>
      (await getDownloadsIn(dir)).map((file) => ({ params: { file: file.stem }, props: { id: file.id } })),
    GET: async ({ props }: { props: Record<string, unknown> }) => {
      const file = await getDownload(props.id as DownloadId);
      return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
        headers: { 'Content-Type': file.type, 'Content-Length': String(file.bytes.length) },
      });
    },
  };
}
