// Builds the bundled contenders (vite, production, minified ES module) into dist/<name>/
// and reports their JS/CSS bytes raw, gzip (level 9) and brotli (quality 11) via node zlib.
import { build } from 'vite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const here = import.meta.dirname;
export const BUILT = ['product', 'surveyjs', 'floor', 'floor-text'];
/** References measured on cold loads only (their later steps are another contender's). */
export const LOAD_ONLY = new Set(['floor-text']);

export async function buildAll(names = BUILT) {
  for (const name of names) {
    await build({ configFile: join(here, name, 'vite.config.js'), logLevel: 'error' });
  }
}

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

export function sizes(name) {
  const out = {};
  for (const kind of ['js', 'css']) {
    const files = walk(join(here, 'dist', name)).filter((f) => extname(f) === `.${kind}`);
    const buf = Buffer.concat(files.map((f) => readFileSync(f)));
    out[kind] = {
      files: files.length,
      raw: buf.length,
      gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0),
      brotli: files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: statSync(f).size },
      }).length, 0),
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  for (const n of BUILT) console.log(n, JSON.stringify(sizes(n)));
}
