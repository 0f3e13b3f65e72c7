/**
 * The files the build generates for download, made once per build and shared: the endpoints
 * (src/pages/<folder>/[file].pdf.ts, for /skjema/, /helsenorge-veiledning/ and /helsepersonell/) write them
 * under their content-hashed names, and <Download> links to the same name and states the size
 * of the same bytes. Which files exist, where and under which name is ./downloads.ts (from each
 * language's words); how each document is made is RECIPES here.
 * Everything comes from content/ through src/lib/content/read.ts.
 */
import { getEntry } from 'astro:content';
import { buildChecklist } from '../checklist/checklist';
import { buildChecklistPdf } from '../checklist/pdf';
import { getChecklistWords, getMethods, getRegistry, getRoutes } from '../content/read';
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
import { buildReservationPdf } from '../form/pdf';
import { buildGuide } from '../guide/guide';
import { buildGuidePdf } from '../guide/pdf';
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
    return buildChecklistPdf(buildChecklist(registry, routes, methods, said), {
      date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
      footer: `${said.reviewed} ${formatDate(page.data.lastReviewed, lang)}.`,
      lang,
    });
  },
  // The ward's printed material (issue 20): no language names their files yet, so none is made.
  leaflet: notYet('leaflet'),
  poster: notYet('poster'),
  easyRead: notYet('easyRead'),
};

function notYet(doc: DocumentKind) {
  return (): Promise<Uint8Array> => Promise.reject(new Error(`The ${doc} PDF is not built yet`));
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
