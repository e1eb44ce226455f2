// Which sources fill dist/trd-screener.js: minified bytes per source file, from the source map.
// Usage: npx vite build --sourcemap && node scripts/bundle-report.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const code = readFileSync('dist/trd-screener.js', 'utf8');
const map = JSON.parse(readFileSync('dist/trd-screener.js.map', 'utf8'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    let digit = B64.indexOf(ch);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const lines = code.split('\n');
const bytes = new Map();
let source = 0;
map.mappings.split(';').forEach((line, index) => {
  const segments = line.split(',').filter(Boolean).map(decodeVlq);
  let column = 0;
  segments.forEach((segment, i) => {
    column += segment[0];
    if (segment.length > 1) source += segment[1];
    const end = i + 1 < segments.length ? column + segments[i + 1][0] : lines[index].length;
    const name = map.sources[source].replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/');
    bytes.set(name, (bytes.get(name) ?? '') + lines[index].slice(column, end));
  });
});

const rows = [...bytes].map(([name, text]) => [name, text.length, gzipSync(text, { level: 9 }).length]);
rows.sort((a, b) => b[1] - a[1]);
console.log(`total: ${code.length} B raw, ${gzipSync(code, { level: 9 }).length} B gzip -9`);
console.log('minified B\tgzip alone B\tsource');
for (const [name, raw, gz] of rows) console.log(`${raw}\t${gz}\t${name}`);
