/**
 * /skjema/reservasjonsskjema-bokmal-<hash>.pdf, -nynorsk-<hash>.pdf and opt-out-form-english-<hash>.pdf: the fillable reservation
 * form, made at build time from content/ (src/lib/form/pdf.ts). The hash in the name changes
 * whenever the form does, so a cached old form is never served under the new link.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes('/skjema/');
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
