#!/usr/bin/env node
// Where a contender's time goes: builds it unminified, then records CPU profiles (CDP) of its
// cold start and of its answer → next transitions over the PHQ-9, and prints self time per source
// module (from the source map of an unminified build) and per function.
//
//   node profile.mjs [--contender product] [--throttle 4] [--flows 3] [--top 25]
import { chromium } from 'playwright-core';
import { build } from 'vite';
import http from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';

const here = import.meta.dirname;
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const contender = arg('contender', 'product');
const throttle = Number(arg('throttle', 1));
const flows = Number(arg('flows', 3));
const top = Number(arg('top', 25));
const outDir = join(here, 'dist', `${contender}-profile`);

await build({
  configFile: join(here, contender, 'vite.config.js'),
  logLevel: 'error',
  build: { outDir, minify: false, cssMinify: false, sourcemap: true },
});
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one base64-VLQ segment of a source map. */
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

/** The source file index of each generated line: that of its first mapped segment (source map v3). */
function sourceOfLines(mappings) {
  let source = 0; // relative across the whole map
  return mappings.split(';').map((line) => {
    let first;
    for (const segment of line.split(',').filter(Boolean)) {
      const values = decode(segment);
      if (values.length > 1) source += values[1];
      first ??= source;
    }
    return first ?? source;
  });
}

/** For each built JS file (the entry and lazy chunks), the source module of each of its lines. */
const modulesOfLines = new Map();
for (const file of readdirSync(join(outDir, 'assets')).filter((f) => extname(f) === '.js')) {
  const map = JSON.parse(readFileSync(join(outDir, 'assets', `${file}.map`), 'utf8'));
  const names = map.sources.map((path) => path.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, ''));
  modulesOfLines.set(file, sourceOfLines(map.mappings).map((index) => names[index] ?? '(bundle)'));
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const path = join(outDir, new URL(req.url, 'http://x').pathname);
  try {
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'text/plain', 'cache-control': 'no-store' });
    res.end(readFileSync(path));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/index.html`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** Self time (ms) per module and per function of one CPU profile, within the bundle only. */
function selfTimes(profile) {
  const byModule = new Map();
  const byFunction = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  let total = 0;
  for (const node of profile.nodes) {
    const ms = dt.get(node.id) ?? 0;
    total += ms;
    const { url: file, functionName, lineNumber } = node.callFrame;
    const lines = modulesOfLines.get(file.split('/').pop());
    const inBundle = lines !== undefined;
    const module = inBundle ? lines[lineNumber] ?? '(bundle)' : `(${functionName || 'browser'})`;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} · ${module}${inBundle ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  return { total, byModule, byFunction };
}

function print(title, profiles) {
  const merged = { total: 0, byModule: new Map(), byFunction: new Map() };
  for (const p of profiles) {
    const s = selfTimes(p);
    merged.total += s.total;
    for (const key of ['byModule', 'byFunction']) for (const [k, v] of s[key]) merged[key].set(k, (merged[key].get(k) ?? 0) + v);
  }
  const rows = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `| ${k} | ${v.toFixed(1)} | ${((100 * v) / merged.total).toFixed(0)} % |`);
  console.log(`\n### ${title}: ${merged.total.toFixed(0)} ms sampled (CPU ${throttle}×)\n`);
  console.log('| module | self ms | share |\n|---|--:|--:|', `\n${rows(merged.byModule).join('\n')}`);
  console.log('\n| function | self ms | share |\n|---|--:|--:|', `\n${rows(merged.byFunction).join('\n')}`);
}

async function session() {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await ctx.newPage();
  await page.addInitScript({ content: readFileSync(join(here, 'protocol', 'driver.js'), 'utf8') });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return { ctx, page, cdp };
}

const starts = [];
const steps = [];
try {
  for (let i = 0; i < flows; i++) {
    const { ctx, page, cdp } = await session();
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.evaluate(() => window.__benchDriver.painted);
    starts.push((await cdp.send('Profiler.stop')).profile);
    await page.waitForTimeout(300);
    // Profile only the PHQ-9 transitions, as the bench measures them.
    for (let n = 0; n < 40; n++) {
      const item = await page.evaluate(() => window.__benchDriver.phqItem());
      if (item) await cdp.send('Profiler.start');
      await page.evaluate(() => window.__benchDriver.answerAndNext());
      if (item) steps.push((await cdp.send('Profiler.stop')).profile);
      if (item === 9) break;
      await page.waitForTimeout(100);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.close();
}
print(`${contender}: navigation → first question painted, ${flows} loads`, starts);
print(`${contender}: answer → next over the PHQ-9, ${steps.length} transitions`, steps);
