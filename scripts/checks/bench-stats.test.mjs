// The benchmark's statistics decide whether a performance target reads as met: check them here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { med, medianRatioInterval, q } from '../../bench/stats.mjs';

test('median and nearest-rank quantile', () => {
  assert.equal(med([3, 1, 2]), 2);
  assert.equal(med([4, 1, 3, 2]), 2.5);
  assert.equal(q([5, 1, 4, 2, 3], 0.95), 5);
  assert.ok(Number.isNaN(med([])));
});

test('the bootstrap interval of a ratio of medians holds the ratio and is the same every time', () => {
  const product = [140, 152, 147, 160, 138, 171, 149, 155, 143, 166, 150, 158, 145, 162, 139];
  const floor = [95, 101, 98, 110, 92, 120, 97, 104, 94, 115, 99, 106, 96, 112, 93];
  const [low, high] = medianRatioInterval(product, floor);
  const ratio = med(product) / med(floor);
  assert.ok(low < ratio && ratio < high, `${low} < ${ratio} < ${high}`);
  assert.deepEqual(medianRatioInterval(product, floor), [low, high]);
});

test('samples without spread give no interval around their ratio; no samples give none at all', () => {
  assert.deepEqual(medianRatioInterval([150, 150, 150], [100, 100]), [1.5, 1.5]);
  assert.ok(medianRatioInterval([], [100]).every(Number.isNaN));
});
