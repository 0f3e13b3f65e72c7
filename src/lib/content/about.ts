/**
 * What SmerteReg is, what is registered, your rights, and what happens when you opt out
 * (content/words/<lang>/about.yaml): the statements that both the patient pages and the patient
 * leaflet show, written once. A page shows a part with `<About part="registered" />`
 * (src/components/About.astro); the leaflet (src/lib/leaflet/) takes the same filled text.
 *
 * Kept free of `astro:content` and of Vite-only imports, like ./schemas.ts.
 */
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/languages';
import { fill } from './fill';
import type { Registry } from './schemas';
import { termsAsWords, type Term } from './terms';

const text = z.string().trim().min(1);
const items = z.array(text).min(1);

export const aboutSchema = z.strictObject({
  /** What SmerteReg is: a list (/om-smertereg/, «Hva er SmerteReg?»). */
  what: items,
  /** What is registered about you: a list (/om-smertereg/). */
  registered: items,
  /** Your rights, saying no without a reason and care not affected among them: a list (/om-smertereg/). */
  rights: items,
  /** What opting out means, in one sentence (/reservasjon/). */
  meaning: text,
  /** How long it takes: the deadline only for the form and eDialog; paragraphs (/reservasjon/). */
  after: items,
  /** What opting out leads to: the data are deleted, care is not affected (/reservasjon/etterpa/, its lead). */
  outcome: text,
});

export type About = z.output<typeof aboutSchema>;
export type AboutPart = keyof About;

/** The parts shown as a bulleted list; the other array parts are paragraphs, the strings one text. */
export const ABOUT_LISTS: readonly AboutPart[] = ['what', 'registered', 'rights'];

/** Every text with its {placeholders} filled from the registry. */
export function fillAbout(doc: About, registry: Registry, lang: Lang): About {
  const f = (s: string) => fill(s, registry, lang);
  return {
    what: doc.what.map(f),
    registered: doc.registered.map(f),
    rights: doc.rights.map(f),
    meaning: f(doc.meaning),
    after: doc.after.map(f),
    outcome: f(doc.outcome),
  };
}

/** Every text with each <Term> as its word (./terms.ts), for paper: the leaflet. */
export function aboutOnPaper(doc: About, glossary: ReadonlyMap<string, Term>): About {
  const w = (s: string) => termsAsWords(s, glossary);
  return {
    what: doc.what.map(w),
    registered: doc.registered.map(w),
    rights: doc.rights.map(w),
    meaning: w(doc.meaning),
    after: doc.after.map(w),
    outcome: w(doc.outcome),
  };
}

/** Unknown {placeholders}, as `field "…": problem` lines. */
export function aboutProblems(doc: About, registry: Registry, lang: Lang): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    const texts = Array.isArray(value) ? value : [value];
    texts.forEach((s, i) => {
      try {
        fill(s, registry, lang);
      } catch (e) {
        problems.push(`field "${Array.isArray(value) ? `${key}.${i}` : key}": ${(e as Error).message}`);
      }
    });
  }
  return problems;
}
