/**
 * /helsepersonell/materiell/plakat-smertereg-bokmal-<hash>.pdf, -nynorsk-<hash>.pdf and
 * poster-smertereg-english-<hash>.pdf: the ward poster, made at build time (src/lib/poster/pdf.ts),
 * in the folder of the clinicians' page that lists the printed material.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfRoutes } from '../../../lib/downloads/build-files';

const routes = pdfRoutes('/helsepersonell/materiell/');
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
