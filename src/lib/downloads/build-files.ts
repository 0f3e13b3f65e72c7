/**
 * The files the build generates for download, made once per build and shared: the endpoints
 * (src/pages/<folder>/[file].pdf.ts, for /skjema/, /helsenorge-veiledning/ and /helsepersonell/) write them
 * under their content-hashed names, and <Download> links to the same name and states the size
 * of the same bytes. Everything comes from content/ through src/lib/content/read.ts.
 */
import { getEntry } from 'astro:content';
import { buildChecklist } from '../checklist/checklist';
import { buildChecklistPdf } from '../checklist/pdf';
import { getMethods, getRegistry, getRoutes } from '../content/read';
import { formatDate } from '../content/fill';
import type { Registry } from '../content/schemas';
import { hashedStem, type DownloadLang } from './downloads';
import { buildReservationPdf } from '../form/pdf';
import { buildGuide } from '../guide/guide';
import { buildGuidePdf } from '../guide/pdf';

export const DOWNLOAD_IDS = ['skjema-nb', 'skjema-nn', 'veiledning-helsenorge', 'huskeliste'] as const;
export type DownloadId = (typeof DOWNLOAD_IDS)[number];

export interface BuiltFile {
  id: DownloadId;
  /** The folder on the site, e.g. "/skjema/". */
  dir: string;
  /** File name without ".pdf", with the content hash: "reservasjonsskjema-bokmal-1a2b3c4d". */
  stem: string;
  /** "/skjema/reservasjonsskjema-bokmal-1a2b3c4d.pdf" */
  href: string;
  lang: DownloadLang;
  type: 'application/pdf';
  bytes: Uint8Array;
}

/** The page the guide PDF is made from (its title, description and review date). */
export const GUIDE_PAGE_ID = 'helsenorge-veiledning';
/** The page the checklist PDF is made from (its review date). */
export const CHECKLIST_PAGE_ID = 'helsepersonell/huskeliste';

/** The page a PDF is made from (its title, description and review date). */
async function sourcePage(id: string, what: string) {
  const page = await getEntry('pages', `nb/${id}`);
  if (!page) throw new Error(`content/pages/nb/${id}.mdx is missing: ${what} is made from it`);
  return page;
}

/** How each file is made: its folder, its name before the hash, its language and its bytes. */
interface Recipe {
  dir: string;
  stem: string;
  lang: DownloadLang;
  build(registry: Registry, lang: DownloadLang): Promise<Uint8Array>;
}

const RECIPES: Record<DownloadId, Recipe> = {
  'skjema-nb': {
    dir: '/skjema/',
    stem: 'reservasjonsskjema-bokmal',
    lang: 'nb',
    build: (registry, lang) => buildReservationPdf(registry, lang),
  },
  'skjema-nn': {
    dir: '/skjema/',
    stem: 'reservasjonsskjema-nynorsk',
    lang: 'nn',
    build: (registry, lang) => buildReservationPdf(registry, lang),
  },
  'veiledning-helsenorge': {
    dir: `/${GUIDE_PAGE_ID}/`,
    stem: 'veiledning-helsenorge',
    lang: 'nb',
    build: async (registry, lang) => {
      const page = await sourcePage(GUIDE_PAGE_ID, 'the guide PDF');
      return buildGuidePdf(buildGuide(registry, await getMethods()), {
        title: page.data.title,
        subject: page.data.description,
        author: `${registry.shortName}, ${registry.owner}`,
        keywords: [registry.shortName, 'helsenorge.no', 'reservasjon', 'brukerveiledning'],
        date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
        footer: `Reservasjon mot ${registry.shortName} · Sist gjennomgått ${formatDate(page.data.lastReviewed)}`,
        lang,
      });
    },
  },
  huskeliste: {
    dir: '/helsepersonell/',
    stem: 'huskeliste-smerteteam',
    lang: 'nb',
    build: async (registry, lang) => {
      const page = await sourcePage(CHECKLIST_PAGE_ID, 'the checklist PDF');
      return buildChecklistPdf(buildChecklist(registry, await getRoutes(), await getMethods()), {
        date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
        footer: `Sist gjennomgått ${formatDate(page.data.lastReviewed)}.`,
        lang,
      });
    },
  },
};

async function make(id: DownloadId): Promise<BuiltFile> {
  const { dir, stem, lang, build } = RECIPES[id];
  const bytes = await build(await getRegistry(), lang);
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
export async function getDownloadsIn(dir: string): Promise<BuiltFile[]> {
  const files = await Promise.all(DOWNLOAD_IDS.map(getDownload));
  return files.filter((f) => f.dir === dir);
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
