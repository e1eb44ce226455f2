// Counts the run's tests and leaves the totals in test-output/totals.json; run-tests.mjs prints
// them last, as the plain line "N passed, N failed", after the runner's own report.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && session.errors?.length) totals.failed += 1;
      }
      mkdirSync('test-output', { recursive: true });
      writeFileSync('test-output/totals.json', JSON.stringify(totals));
    },
  };
}
