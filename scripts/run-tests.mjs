// Runs the node checks of the package (scripts/checks) and the browser test suite, then prints
// their joint totals as the last line of the output. Arguments go to the browser runner; with
// arguments (e.g. `--files …`) only the browser tests run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const NODE_TOTALS = 'test-output/node-totals.json';
const BROWSER_TOTALS = 'test-output/totals.json';
const browserOnly = process.argv.length > 2;

function readTotals(file, runner) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`The ${runner} ended without reporting totals.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

function runNodeChecks() {
  const files = readdirSync('scripts/checks').filter((f) => f.endsWith('.test.mjs')).map((f) => `scripts/checks/${f}`);
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
  reporters.push('--test-reporter=./scripts/node-totals-reporter.mjs', `--test-reporter-destination=${NODE_TOTALS}`);
  const run = spawnSync(process.execPath, ['--test', ...reporters, ...files], { stdio: 'inherit' });
  return { status: run.status ?? 1, totals: readTotals(NODE_TOTALS, 'node checks') };
}

rmSync(NODE_TOTALS, { force: true });
rmSync(BROWSER_TOTALS, { force: true });
mkdirSync('test-output', { recursive: true });

const node = browserOnly ? { status: 0, totals: { passed: 0, failed: 0, skipped: 0 } } : runNodeChecks();
const browser = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit' });
const browserTotals = readTotals(BROWSER_TOTALS, 'test runner');

const totals = Object.fromEntries(['passed', 'failed', 'skipped'].map((k) => [k, node.totals[k] + browserTotals[k]]));
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(node.status || (browser.status ?? 1) || (totals.failed ? 1 : 0));
