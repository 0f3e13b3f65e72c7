/**
 * /helsepersonell/huskeliste-smerteteam-bokmal-<hash>.pdf and -nynorsk-<hash>.pdf: the checklist as one A4
 * page per language, made at build time from content/ (src/lib/downloads/build-files.ts). The hash in the name changes with the content.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfRoutes } from '../../lib/downloads/build-files';

const routes = pdfRoutes('/helsepersonell/');
export const getStaticPaths: GetStaticPaths = routes.getStaticPaths;
export const GET: APIRoute = routes.GET;
