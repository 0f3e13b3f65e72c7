/**
 * `npm run i18n`: the translation status per language — pages missing (that the language should
 * have) and translations made from an older bokmål text — naming each file, with the hash to set
 * once a translation is brought up to date. The build prints the same lines as warnings
 * (src/lib/content/loaders/pages.ts). `--strict` exits 1 when anything is missing or outdated.
 */
import { LANGUAGES } from '../src/i18n/languages.ts';
import { sourceHash } from '../src/lib/content/changelog.ts';
import { statusLines, translationStatus } from '../src/lib/content/translations.ts';
import { readPages } from '../tests/tools/content.ts';

const [source, ...others] = LANGUAGES;
const sources = readPages(source.code).map((p) => ({
  id: p.id,
  audience: String(p.data.audience),
  hash: sourceHash(p.text),
}));
let problems = 0;
console.log(`Translation status (source: ${source.code}, ${sources.length} pages)\n`);
for (const { code } of others) {
  const pages = readPages(code);
  const status = translationStatus(
    code,
    sources,
    pages.map((p) => ({
      id: p.id,
      file: p.file,
      translationOf: p.data.translationOf as string | undefined,
      sourceHash: p.data.sourceHash as string | undefined,
    })),
  );
  const upToDate = pages.length - status.outdated.length - status.errors.length;
  console.log(
    `${code}: ${pages.length} translated (${upToDate} up to date), ${status.missing.length} missing, ` +
      `${status.outdated.length} outdated` +
      (status.notPlanned.length > 0
        ? `, ${status.notPlanned.length} not planned (${status.notPlanned.join(', ')})`
        : ''),
  );
  for (const line of [...status.errors, ...statusLines(status)]) console.log(`  ${line}`);
  problems += status.missing.length + status.outdated.length + status.errors.length;
}
console.log('\nCurrent hashes of the bokmål pages (sourceHash):');
for (const s of sources) console.log(`  ${s.hash}  ${s.id}`);
if (process.argv.includes('--strict') && problems > 0) process.exit(1);
