/** PLACEHOLDER until the translation lands: a copy of nb. */
import type { UiStrings } from './ui';
import { nb } from './nb';

export const nn: UiStrings = { ...nb, htmlLang: 'nn' };
