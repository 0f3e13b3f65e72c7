/**
 * The reservation form's words in one language, with the registry's facts filled in: the labels
 * and fixed texts are the language's form words (src/i18n/<lang>/form.ts); this module only puts
 * the facts in and decides between the configured postal address and where to find it.
 */
import { words } from '../../i18n/dictionary';
import { format } from '../../i18n/format';
import type { FormWords } from '../../i18n/schema/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import { fill } from '../content/fill';
import type { Registry } from '../content/schemas';
import type { FormField, FormSection } from './fields';

/** How to send the form by post: the configured address, or where to find it. */
type PostInstruction =
  | { kind: 'address'; text: string; addressLines: string[] }
  | { kind: 'link'; text: string; findAddress: string; url: string };

export interface FormTexts {
  /** Document title, also the PDF metadata title. */
  title: string;
  /** PDF metadata subject. */
  subject: string;
  keywords: string[];
  intro: string;
  /** The opt-out statement the patient signs. */
  statement: string;
  sections: Record<FormSection, { heading: string; intro?: string }>;
  send: {
    heading: string;
    post: PostInstruction;
    edialog: { text: string; url: string };
    emailWarning: string;
  };
  next: { heading: string; paragraphs: string[] };
  footer: string;
  /** What the printable page says on screen around the form. */
  screen: FormWords['screen'];
}

/** Splits the configured postal address ("\n"-separated lines) into trimmed, non-empty lines. */
function postalAddressLines(registry: Registry): string[] {
  return (registry.secretariat.postalAddress ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The fixed texts of the form in one language, with the registry's facts filled in. */
export function formTexts(registry: Registry, lang: Lang): FormTexts {
  const w = words(lang).form;
  const f = (text: string) => fill(text, registry, lang);
  const address = postalAddressLines(registry);
  const post: PostInstruction =
    address.length > 0
      ? { kind: 'address', text: `${f(w.send.post)}:`, addressLines: address }
      : { kind: 'link', text: `${f(w.send.post)}.`, findAddress: f(w.send.findAddress), url: registry.urls.smertereg };
  return {
    title: f(w.title),
    subject: f(w.subject),
    keywords: w.keywords,
    intro: f(w.intro),
    statement: f(w.statement),
    sections: Object.fromEntries(
      Object.entries(w.sections).map(([id, s]) => [
        id,
        { heading: f(s.heading), ...(s.intro ? { intro: f(s.intro) } : {}) },
      ]),
    ) as FormTexts['sections'],
    send: {
      heading: f(w.send.heading),
      post,
      edialog: { text: f(w.send.edialog), url: registry.urls.edialog },
      emailWarning: f(w.send.emailWarning),
    },
    next: { heading: f(w.next.heading), paragraphs: w.next.paragraphs.map(f) },
    footer: `${registry.name} (${registry.shortName}) · ${registry.owner}`,
    screen: w.screen,
  };
}

/** The field's label alone, without «(valgfritt)»: for lists of fields in running text. */
export function plainLabel(field: FormField, lang: Lang): string {
  return words(lang).form.fields[field.name].label;
}

/**
 * The label as printed. An optional field that can be filled in gets «(valgfritt)»; the signature
 * line does not: the form asks the reader to sign on paper (the page says so too).
 */
export function fieldLabel(field: FormField, lang: Lang): string {
  const label = plainLabel(field, lang);
  return field.required || field.type === 'signature' ? label : `${label} (${words(lang).form.optional})`;
}

/** The hint beside the label ("11 siffer"), if the field has one. */
export function fieldHint(field: FormField, lang: Lang): string | undefined {
  return words(lang).form.fields[field.name].hint;
}

/** Label and hint in one string, e.g. for a PDF field's tooltip or an accessible description. */
export function fieldDescription(field: FormField, lang: Lang): string {
  const label = fieldLabel(field, lang);
  const hint = fieldHint(field, lang);
  return hint ? `${label} – ${hint}` : label;
}

/** "Fullt navn og fødselsnummer": labels joined with commas and the language's "og" before the last. */
export function joinLabels(labels: readonly string[], lang: Lang): string {
  const and = words(lang).form.screen.and;
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} ${and} ${labels.at(-1)}` : (labels[0] ?? '');
}

/** "{labels} må være med …" and the like, with the labels filled in. */
export const withLabels = (template: string, labels: string): string => format(template, { labels });
