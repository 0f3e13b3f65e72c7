/**
 * Last build step, after Pagefind: writes the header files for static hosts (`_headers`,
 * `staticwebapp.config.json`, from src/lib/security/headers.ts) and a brotli (.br) and a gzip
 * (.gz) copy beside every text file, for nginx's brotli_static / gzip_static.
 *
 *   node deploy/postbuild.ts [dist]     (default: $SMERTEREG_OUT_DIR or dist)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFile, staticWebAppConfig } from '../src/lib/security/targets.ts';

/** Types worth compressing. Pagefind's own files (.pagefind, .pf_*) are gzip already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm)$/;

const dist = resolve(process.argv[2] ?? process.env.SMERTEREG_OUT_DIR ?? 'dist');
const list = () =>
  (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => statSync(join(dist, f)).isFile())
    .map((f) => '/' + f.split('\\').join('/'));

const start = performance.now();
const files = list().filter((f) => !/\.(br|gz)$/.test(f));
writeFileSync(join(dist, '_headers'), headersFile(files));
writeFileSync(join(dist, 'staticwebapp.config.json'), JSON.stringify(staticWebAppConfig(files), null, 2) + '\n');

let count = 0;
let raw = 0;
let br = 0;
let gz = 0;
for (const file of files) {
  if (!COMPRESSIBLE.test(file)) continue;
  const path = join(dist, file);
  const bytes = readFileSync(path);
  const b = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const g = gzipSync(bytes, { level: 9 });
  writeFileSync(`${path}.br`, b);
  writeFileSync(`${path}.gz`, g);
  count++;
  raw += bytes.length;
  br += b.length;
  gz += g.length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `postbuild: _headers, staticwebapp.config.json; ${count} text files precompressed ` +
    `(${kb(raw)} -> br ${kb(br)}, gzip ${kb(gz)}) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
