// Which sources fill the embed (dist/trd-screener.js): the bytes each module keeps after tree
// shaking, as the bundler reports them (before minification, which shrinks all of them alike),
// and each module's code gzipped on its own. Source maps of the minified file are too sparse to
// attribute bytes (long runs map to one file). Usage: node scripts/bundle-report.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

let modules = {};
await build({
  logLevel: 'silent',
  build: { write: false },
  plugins: [
    {
      name: 'bundle-report',
      generateBundle(_, bundle) {
        modules = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry).modules;
      },
    },
  ],
});

const shortName = (id) => id.replace(process.cwd() + '/', '').replace(/.*node_modules\//, 'node_modules/');
const rows = Object.entries(modules)
  .filter(([, m]) => m.renderedLength > 0)
  .map(([id, m]) => [shortName(id), m.renderedLength, gzipSync(m.code ?? '', { level: 9 }).length]);
rows.sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, raw]) => sum + raw, 0);
console.log(`${rows.length} modules, ${total} B before minification`);
console.log('kept B\tgzip alone B\tmodule');
for (const [name, raw, gz] of rows) console.log(`${raw}\t${gz}\t${name}`);
