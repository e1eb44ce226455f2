// The published types, as a clinic's TypeScript and a React 19 app use them (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function typeCheck(project) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
}

test("a clinic developer's TypeScript compiles against the package's types, event detail typing included", () => {
  typeCheck('scripts/checks/consumer');
});

test('typed JSX for <trd-screener> in React 19 compiles (demo/integrations/react)', () => {
  typeCheck('demo/integrations');
});
