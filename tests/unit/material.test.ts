/** The printed material as the site lists it (src/lib/downloads/material.ts) and its print table. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/i18n/dictionary';
import { LANGS } from '../../src/i18n/languages';
import { DOCUMENT_PRINT, type DocumentKind, type DownloadId } from '../../src/lib/downloads/downloads';
import { materialFor, printFacts } from '../../src/lib/downloads/material';

const KINDS = Object.keys(DOCUMENT_PRINT) as DocumentKind[];
/** Files as they will be once the ward's material exists in some languages. */
const ids: DownloadId[] = ['form-nb', 'form-nn', 'form-en', 'checklist-nb', 'leaflet-en', 'leaflet-nn', 'poster-nb'];

describe('materialFor', () => {
  it('lists the documents that have a file, in the print table order, the page language first', () => {
    expect(materialFor('nn', { ids })).toEqual([
      { doc: 'leaflet', print: DOCUMENT_PRINT.leaflet, ids: ['leaflet-nn', 'leaflet-en'] },
      { doc: 'poster', print: DOCUMENT_PRINT.poster, ids: ['poster-nb'] },
      { doc: 'form', print: DOCUMENT_PRINT.form, ids: ['form-nn', 'form-nb', 'form-en'] },
      { doc: 'checklist', print: DOCUMENT_PRINT.checklist, ids: ['checklist-nb'] },
    ]);
  });

  it('keeps the other languages in site order after the page language', () => {
    expect(materialFor('en', { ids }).find((i) => i.doc === 'form')?.ids).toEqual(['form-en', 'form-nb', 'form-nn']);
  });

  it('can limit to some documents in the page language only, and then leaves out what is missing', () => {
    const docs: DocumentKind[] = ['easyRead', 'leaflet'];
    expect(materialFor('en', { ids, docs, ownLanguageOnly: true }).map((i) => i.ids)).toEqual([['leaflet-en']]);
    expect(materialFor('nb', { ids, docs, ownLanguageOnly: true })).toEqual([]);
  });

  it('lists every file there is, once', () => {
    expect(
      materialFor('nb')
        .flatMap((i) => i.ids)
        .sort(),
    ).toEqual(
      materialFor('nn')
        .flatMap((i) => i.ids)
        .sort(),
    );
  });
});

describe('the print table', () => {
  it('prints the leaflet on both sides, enlarges the poster to A3, and the rest on one side of A4', () => {
    expect(DOCUMENT_PRINT.leaflet).toMatchObject({ paper: 'A4', sides: 2 });
    expect(DOCUMENT_PRINT.poster).toMatchObject({ paper: 'A4', enlargeTo: 'A3' });
    for (const doc of ['easyRead', 'form', 'guide', 'checklist'] as const) {
      expect(DOCUMENT_PRINT[doc]).toMatchObject({ paper: 'A4', sides: 1 });
      expect(DOCUMENT_PRINT[doc].enlargeTo).toBeUndefined();
    }
  });

  it('names pages that exist', () => {
    for (const doc of KINDS) {
      const page = DOCUMENT_PRINT[doc].page;
      if (page) expect(existsSync(new URL(`../../content/pages/nb/${page}.mdx`, import.meta.url)), page).toBe(true);
    }
  });

  it('is said in every language, with words for every document', () => {
    for (const lang of LANGS) {
      const say = words(lang).downloads;
      expect(Object.keys(say.documents).sort()).toEqual([...KINDS].sort());
      expect(printFacts(DOCUMENT_PRINT.leaflet, say.printing)).toEqual({ paper: 'A4', sides: say.printing.twoSided });
      expect(printFacts(DOCUMENT_PRINT.form, say.printing).sides).toBe(say.printing.oneSided);
    }
    expect(printFacts(DOCUMENT_PRINT.poster, words('nb').downloads.printing).paper).toBe(
      'A4, eller A3 til å henge på veggen',
    );
  });
});
