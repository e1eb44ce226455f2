// Runs the browser test suite, then prints its totals as the last line of the output.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

rmSync('test-output/totals.json', { force: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit' });
let totals = { passed: 0, failed: 1, skipped: 0 };
try {
  totals = JSON.parse(readFileSync('test-output/totals.json', 'utf8'));
} catch {
  console.error('The test runner ended without reporting totals.');
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(run.status ?? 1);
