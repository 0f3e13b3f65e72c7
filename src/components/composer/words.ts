/**
 * The composer's words in each language that has it (the languages with clinician pages): its
 * interface and e-mail (src/i18n/<lang>/composer.ts) and its refusal messages
 * (src/i18n/<lang>/refusals.ts). No words here, only where they are; src/i18n/dictionary.ts
 * takes this over.
 */
import type { FullLang } from '../../i18n/languages';
import nbComposer from '../../i18n/nb/composer';
import nbRefusals from '../../i18n/nb/refusals';
import nnComposer from '../../i18n/nn/composer';
import nnRefusals from '../../i18n/nn/refusals';
import type { ComposerWords } from '../../i18n/schema/composer';
import type { RefusalWords } from '../../i18n/schema/refusals';

export const COMPOSER_WORDS: Readonly<Record<FullLang, ComposerWords>> = { nb: nbComposer, nn: nnComposer };
export const REFUSAL_WORDS: Readonly<Record<FullLang, RefusalWords>> = { nb: nbRefusals, nn: nnRefusals };
