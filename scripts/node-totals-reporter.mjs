// A node:test reporter that counts the node checks (scripts/checks) as totals.json does for the
// browser suite, so that run-tests.mjs can add them into the one "N passed, N failed" line.
export default async function* nodeTotals(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) totals.skipped += 1;
    else if (type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  yield JSON.stringify(totals);
}
