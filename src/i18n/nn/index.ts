/** Every interface word in nynorsk, by feature (what each feature's words are: src/i18n/schema/). */
import type { FullWords } from '../schema/index.ts';
import composer from './composer.ts';
import downloads from './downloads.ts';
import form from './form.ts';
import guide from './guide.ts';
import print from './print.ts';
import refusals from './refusals.ts';
import search from './search.ts';
import shell from './shell.ts';

export default { shell, search, form, guide, downloads, print, composer, refusals } satisfies FullWords;
