/** Every interface word in English, by feature (what each feature's words are: src/i18n/schema/). */
import type { PatientWords } from '../schema/index.ts';
import downloads from './downloads.ts';
import form from './form.ts';
import guide from './guide.ts';
import print from './print.ts';
import search from './search.ts';
import shell from './shell.ts';

export default { shell, search, form, guide, downloads, print } satisfies PatientWords;
