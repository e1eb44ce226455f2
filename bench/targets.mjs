// Checks the product's numbers from one bench run against the targets of the performance issue,
// each compared with the peers measured in the same run. Prints a markdown table.
import { med, medianRatioInterval, q } from './stats.mjs';

const BUDGET_GZIP = 40 * 1024;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a'); // ratios next to a threshold
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;

/** One row per target: what it asks, what this run measured, and whether it holds. */
export function targetRows(results) {
  const { product, surveyjs, floor } = results.contenders;
  if (!product) return [];
  const rates = [...new Set([1, results.opt.throttle])];
  const rows = [];
  const row = (target, measured, ok) => rows.push({ target, measured, ok });

  if (product.size) {
    const gzip = product.size.js.gzip + product.size.css.gzip;
    const later = (product.lazy ?? []).reduce((n, { size }) => n + size.js.gzip + size.css.gzip, 0);
    const lazyNote = product.lazy?.length ? ` (lazy chunks, fetched later: ${kib(later)} in ${product.lazy.length} files)` : '';
    row('bundle loaded before the first question ≤ 40 KiB gzip (JS + CSS)', `${kib(gzip)}${lazyNote}`, gzip <= BUDGET_GZIP);
  }
  for (const rate of Object.keys(product.load).length ? rates : []) {
    const start = (c) => med(c?.load[rate]?.moduleToPaint ?? []);
    const mine = start(product);
    if (surveyjs) row(`module start → painted ≥ 4× faster than SurveyJS, CPU ${rate}× (medians)`, `${f1(start(surveyjs) / mine)}× (${f1(mine)} vs ${f1(start(surveyjs))} ms)`, start(surveyjs) / mine >= 4);
    if (floor) {
      const [low, high] = medianRatioInterval(product.load[rate].moduleToPaint, floor.load[rate]?.moduleToPaint ?? []);
      const measured = `${f2(mine / start(floor))}× (${f1(mine)} vs ${f1(start(floor))} ms; 95 % interval ${f2(low)}–${f2(high)})`;
      row(`module start → painted within 1.5× of the floor, CPU ${rate}× (medians)`, measured, mine / start(floor) <= 1.5);
    }
  }
  const hasNext = (product.next[1]?.work ?? []).length > 0; // absent with --skip next
  const work1 = q(product.next[1]?.work ?? [], 0.95);
  if (hasNext) row('answer → next work p95 ≤ 5 ms, CPU 1×', `${f1(work1)} ms`, work1 <= 5);
  for (const rate of hasNext ? rates : []) {
    const work = (c) => med(c?.next[rate]?.work ?? []);
    if (surveyjs) row(`answer → next work ≥ 5× faster than SurveyJS, CPU ${rate}× (medians)`, `${f1(work(surveyjs) / work(product))}× (${f1(work(product))} vs ${f1(work(surveyjs))} ms)`, work(surveyjs) / work(product) >= 5);
  }
  for (const rate of hasNext ? rates : []) {
    const frames = product.next[rate]?.frames ?? [];
    const next = frames.filter((n) => n === 1).length;
    row(`answer → next painted in the next frame, CPU ${rate}×`, `${next} of ${frames.length} transitions`, frames.length > 0 && next === frames.length);
  }
  const heap = product.heap ?? [];
  if (heap.length && results.opt.tailCycles) {
    const { cycles, tailCycles } = results.opt;
    const growth = med(heap.map((h) => (h.afterTail.heap - h.afterN.heap) / tailCycles));
    row(`heap growth ≤ 5 KiB per cycle after warm-up (cycles ${cycles} → ${cycles + tailCycles})`, `${f1(growth / 1024)} KiB`, growth <= 5 * 1024);
    const flat = (key) => heap.every((h) => h.afterTail[key] <= h.afterN[key]);
    const span = (key) => heap.map((h) => `${h.afterN[key]} → ${h.afterTail[key]}`).join(', ');
    row(`DOM nodes flat (cycles ${cycles} → ${cycles + tailCycles})`, span('nodes'), flat('nodes'));
    row(`event listeners flat (cycles ${cycles} → ${cycles + tailCycles})`, span('listeners'), flat('listeners'));
  }
  return rows;
}

export function targetTable(results) {
  const rows = targetRows(results);
  if (!rows.length) return '';
  return [
    '**Targets** (product against the peers of the same run)',
    '',
    '| target | this run | |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.ok ? 'met' : '**missed**'} |`),
    '',
  ].join('\n');
}
