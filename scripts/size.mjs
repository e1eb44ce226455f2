// `npm run size`: the gzip size of each built file, measured as test/bundle.test.ts measures it
// (zlib's default level, which is what the browser's CompressionStream uses): one measure for the
// budget, the README and this report. Run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 40 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (path) => gzipSync(readFileSync(path)).byteLength;

const embed = gzip('dist/trd-screener.js');
console.log(`dist/trd-screener.js      ${kb(embed)} gzip, ${embed} B (budget ${BUDGET} B; ${Math.abs(BUDGET - embed)} B ${embed <= BUDGET ? "under" : "over"})`);
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).sort()) {
  console.log(`dist/chunks/${chunk.padEnd(28)} ${kb(gzip(`dist/chunks/${chunk}`))} gzip (loaded when needed)`);
}
console.log(`dist/trd-screener.all.js  ${kb(gzip('dist/trd-screener.all.js'))} gzip (everything in one file)`);
console.log(`dist/tools.js             ${kb(gzip('dist/tools.js'))} gzip`);
