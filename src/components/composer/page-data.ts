/**
 * What ./PidComposer.astro hands its browser script (./pid-composer.ts) as data-* attributes:
 * the registry's settings and every word, in the page's language. The script has none of its own.
 */
import type { PidEmailWords } from '../../i18n/schema/composer';
import type { RefusalWords } from '../../i18n/schema/refusals';
import type { PidSetting } from '../../lib/privacy';

/** The script's own sentences (data-say-*). */
type Say = 'ErrorPrefix' | 'Ready' | 'Hidden' | 'Copied' | 'CopyFailed' | 'Subject' | 'Body' | 'Unexplained';

export interface PageData {
  /** The secretariat's address, '' when none is configured. */
  secretariatEmail: string;
  shortName: string;
  setting: PidSetting;
  /** The e-mail's fixed text. */
  words: PidEmailWords;
  /** The refusal messages. */
  messages: RefusalWords;
  /** Locales for the call date in the e-mail. */
  dateLocales: string[];
  say: (what: Say) => string;
}

export function readPageData(root: HTMLElement): PageData {
  const data = root.dataset;
  return {
    secretariatEmail: data.secretariatEmail ?? '',
    shortName: data.shortName ?? '',
    setting: {
      pattern: data.pidPattern ?? '^$',
      maxLength: Number(data.pidMaxLength ?? 0),
      description: data.pidDescription ?? '',
    },
    words: JSON.parse(data.emailWords ?? '{"subject":"","body":[]}') as PidEmailWords,
    messages: JSON.parse(data.messages ?? '{}') as RefusalWords,
    dateLocales: JSON.parse(data.dateLocales ?? '[]') as string[],
    say: (what) => data[`say${what}`] ?? '',
  };
}

/** The reader's own date today, yyyy-mm-dd (not UTC: "today" is where the clinician is). */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
