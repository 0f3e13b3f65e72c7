/**
 * /reservasjon/brosjyre-smertereg-bokmal-<hash>.pdf, -nynorsk-<hash>.pdf and
 * leaflet-smertereg-english-<hash>.pdf: the patient leaflet, made at build time from content/
 * (src/lib/leaflet/). It lives beside the opt-out page its QR code opens; the pages of /reservasjon/
 * are made by src/pages/[...slug].astro, this endpoint only the PDFs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes('/reservasjon/');
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
