/**
 * /helsepersonell/huskeliste.pdf: the checklist as a one-page A4 PDF, built with the site from
 * the same data as /helsepersonell/huskeliste/ (src/lib/checklist.ts reads content/).
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { buildChecklist } from '../../lib/checklist';
import { buildChecklistPdf } from '../../lib/checklist-pdf';
import { getMethods, getRegistry, getRoutes } from '../../lib/content';
import { formatDate } from '../../lib/fill';

export const GET: APIRoute = async () => {
  const page = await getEntry('pages', 'helsepersonell/huskeliste');
  if (!page) throw new Error('content/pages/nb/helsepersonell/huskeliste.mdx is missing');
  const list = buildChecklist(await getRegistry(), await getRoutes(), await getMethods());
  const pdf = await buildChecklistPdf(list, {
    date: new Date(`${page.data.lastReviewed}T00:00:00Z`),
    footer: `Sist gjennomgått ${formatDate(page.data.lastReviewed)}.`,
  });
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
