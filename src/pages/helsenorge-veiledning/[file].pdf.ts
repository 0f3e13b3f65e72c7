/**
 * /helsenorge-veiledning/veiledning-helsenorge-bokmal-<hash>.pdf and rettleiing-helsenorge-nynorsk-<hash>.pdf:
 * the helsenorge user guide as a PDF per language (the table in src/lib/downloads/downloads.ts),
 * made at build time from the same data as the page (src/lib/guide/guide.ts, src/lib/guide/pdf.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { GUIDE_PAGE_ID, pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes(`/${GUIDE_PAGE_ID}/`);
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
