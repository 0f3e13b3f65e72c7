/** Every interface word in bokmål, by feature (what each feature's words are: src/i18n/schema/). */
import type { FullWords } from '../schema/index.ts';
import downloads from './downloads.ts';
import form from './form.ts';
import guide from './guide.ts';
import search from './search.ts';
import shell from './shell.ts';

export default { shell, search, form, guide, downloads } satisfies FullWords;
