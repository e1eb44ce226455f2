// The house rules as code: the types (tsc), the import boundaries of .dependency-cruiser.cjs
// (layers, no circles) and the lint of eslint.config.js, over the source, the content and the tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function run(command, args) {
  const result = spawnSync('npx', ['--no-install', command, ...args], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

test('the source, the content and the tests type-check', () => {
  const { ok, output } = run('tsc', ['--noEmit']);
  assert.ok(ok, output);
});

test('every import keeps to the layers, and no import circle exists', () => {
  const { ok, output } = run('depcruise', ['src', 'questions', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']);
  assert.ok(ok, output);
});

test('the lint finds nothing', () => {
  const { ok, output } = run('eslint', ['--max-warnings', '0', '.']);
  assert.ok(ok, output);
});
