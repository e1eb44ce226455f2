// Runs the node checks of the package (scripts/checks) and the browser test suite, then prints
// their joint totals as the last line of the output. Arguments go to the browser runner; with
// arguments (e.g. `--files …`) only the browser tests run.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const NODE_TOTALS = 'test-output/node-totals.json';
const BROWSER_TOTALS = 'test-output/totals.json';
const NODE_LOG = 'test-output/node-checks.txt';
const NODE_OUTPUT = 'test-output/node-checks-output.txt';
const browserOnly = process.argv.length > 2;

function readTotals(file, runner) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`The ${runner} ended without reporting totals.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

/** Runs a command to its end; resolves with its exit status. `niceness` lowers its CPU priority. */
function run(command, args, stdio, niceness = 0) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio });
    try {
      if (niceness && child.pid) setPriority(child.pid, niceness);
    } catch {
      // A child that has already ended, or a system that refuses: it runs at normal priority.
    }
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

/**
 * The node checks (lint, layers, package, types) run beside the browser tests, at a lower CPU
 * priority: the browsers are the run's longest path, and the checks fit in the time they leave
 * idle. Their report goes to a file and is printed once the browsers are done.
 */
async function runNodeChecks() {
  const files = readdirSync('scripts/checks').filter((f) => f.endsWith('.test.mjs')).map((f) => `scripts/checks/${f}`);
  const reporters = ['--test-reporter=spec', `--test-reporter-destination=${NODE_LOG}`];
  reporters.push('--test-reporter=./scripts/node-totals-reporter.mjs', `--test-reporter-destination=${NODE_TOTALS}`);
  const out = openSync(NODE_OUTPUT, 'w');
  const status = await run(process.execPath, ['--test', ...reporters, ...files], ['ignore', out, out], 10);
  closeSync(out);
  return { status, totals: readTotals(NODE_TOTALS, 'node checks') };
}

rmSync(NODE_TOTALS, { force: true });
rmSync(BROWSER_TOTALS, { force: true });
mkdirSync('test-output', { recursive: true });

const nodeRun = browserOnly ? Promise.resolve({ status: 0, totals: { passed: 0, failed: 0, skipped: 0 } }) : runNodeChecks();
const browserStatus = await run('npx', ['wtr', ...process.argv.slice(2)], 'inherit');
const node = await nodeRun;
if (!browserOnly) for (const file of [NODE_LOG, NODE_OUTPUT]) process.stdout.write(readFileSync(file, 'utf8'));
const browserTotals = readTotals(BROWSER_TOTALS, 'test runner');

const totals = Object.fromEntries(['passed', 'failed', 'skipped'].map((k) => [k, node.totals[k] + browserTotals[k]]));
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(node.status || browserStatus || (totals.failed ? 1 : 0));
