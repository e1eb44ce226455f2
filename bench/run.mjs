// `npm run bench` (from the project root): installs the bench's own dependencies when they are
// missing, builds the widget, then builds and runs every contender side by side in one run
// (figures from different runs differ by ~25 % on a small machine). Prints the tables and the
// targets; raw samples and the markdown go to test-output/bench/. Options are passed to bench.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetTable } from './targets.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
const out = join(root, 'test-output', 'bench');

function mustRun(command, args, cwd) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (!existsSync(join(here, 'node_modules', 'playwright-core'))) mustRun('npm', ['ci', '--no-audit', '--no-fund'], here);
mustRun('npx', ['vite', 'build', '--logLevel', 'warn'], root);
mkdirSync(out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = join(out, `samples-${stamp}.json`);
// After 1, 20 and 100 mount/complete/unmount cycles unless the caller says otherwise.
// The bundle figure is the entry the page loads before the first question; the chunks it fetches
// later (another language, the result, a clinic's bank check) are listed on their own.
const chunks = join(root, 'dist', 'chunks');
const lazy = existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')).sort().map((f) => join(chunks, f)) : [];
const args = ['--cycles', '20', '--tail-cycles', '80', '--bundle', `product=${join(root, 'dist', 'trd-screener.js')}`,
  ...(lazy.length ? ['--lazy', `product=${lazy.join(',')}`] : []), '--json', json, ...process.argv.slice(2)];

const bench = spawn('node', [join(here, 'bench.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let tables = '';
bench.stdout.on('data', (chunk) => {
  tables += chunk;
  process.stdout.write(chunk);
});
const status = await new Promise((resolve) => bench.on('close', resolve));
if (status !== 0) process.exit(status ?? 1);

const targets = targetTable(JSON.parse(readFileSync(json, 'utf8')));
console.log(targets);
writeFileSync(join(out, `tables-${stamp}.md`), `${tables}\n${targets}`);
console.error(`tables → ${join(out, `tables-${stamp}.md`)}`);
