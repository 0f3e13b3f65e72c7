/**
 * The text of a PDF as a reader's tools extract it (pdf.js through unpdf), pages merged and white
 * space flattened: for the tests that compare a PDF's words with the page or the content.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { flat } from './text.ts';

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return flat(text);
}
