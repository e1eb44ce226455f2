// What `npm pack` would publish: the embed, its types and manifest, and nothing else.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = packed.files.map((file) => file.path);

/** Every path package.json points a consumer at, however deeply nested in `exports`. */
function targets(value) {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  return Object.values(value ?? {}).flatMap(targets);
}

test('the package holds the builds (embed and chunks, one file, tools), their types, the manifest, the README and package.json', () => {
  const builds = ['dist/trd-screener.js', 'dist/trd-screener.all.js', 'dist/tools.js'];
  for (const file of ['package.json', 'README.md', ...builds, 'dist/custom-elements.json', pkg.types]) {
    assert.ok(files.includes(file), `${file} is missing`);
  }
  assert.ok(files.some((file) => file.startsWith('dist/types/') && file.endsWith('.d.ts')));
  assert.ok(files.some((file) => /^dist\/chunks\/[^/]+\.js$/.test(file)), 'the lazy chunks are missing');
});

test('the package holds no tests, demo, sources, scripts, benchmarks or source maps', () => {
  const unwanted = files.filter((file) => /^(test|demo|src|questions|scripts|bench|node_modules)\//.test(file) || /\.map$|tsconfig/.test(file));
  assert.deepEqual(unwanted, []);
});

test('every entry point package.json names is in the package', () => {
  const named = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...targets(pkg.exports)];
  assert.deepEqual(named.filter((file) => !files.includes(file)), []);
  assert.equal(pkg.exports['.'].types, `./${pkg.types}`, 'exports and types agree');
  assert.deepEqual(pkg.exports['./tools'], { types: './dist/types/src/tools.d.ts', default: './dist/tools.js' });
  for (const entry of ['.', './tools']) {
    assert.ok(Object.keys(pkg.exports[entry])[0] === 'types', `"types" comes first in the conditions of "${entry}"`);
  }
});
