/**
 * /lettlest/lettlest-smertereg-bokmal-<hash>.pdf, -nynorsk-<hash>.pdf and
 * easy-read-smertereg-english-<hash>.pdf: the easy-read leaflet, made at build time from the
 * easy-read text (src/lib/easy-read/pdf.ts). The easy-read pages themselves are made by
 * src/pages/[...slug].astro; this endpoint only the PDFs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes('/lettlest/');
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
