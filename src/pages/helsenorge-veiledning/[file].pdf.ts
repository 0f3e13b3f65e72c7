/**
 * /helsenorge-veiledning/veiledning-helsenorge-<hash>.pdf: the helsenorge user guide as a PDF,
 * made at build time from the same data as the page (src/lib/guide/guide.ts, src/lib/guide/pdf.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { GUIDE_PAGE_ID, pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes(`/${GUIDE_PAGE_ID}/`);
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
