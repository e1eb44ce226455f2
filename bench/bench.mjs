#!/usr/bin/env node
// Peer benchmark: renders the same questionnaire with several "contenders" in headless Chromium,
// on one machine in one run, and prints markdown tables. See README.md for the protocol.
//
//   node bench.mjs                                   # build + run product, surveyjs and floor
//   node bench.mjs --bundle product=../dist/trd-screener.js   # size the product's real embed
//   node bench.mjs --help
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFileSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { join, extname, normalize, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import os from 'node:os';
import { buildAll, sizes as distSizes, BUILT, LOAD_ONLY } from './build.mjs';
import { q, med } from './stats.mjs';

const here = import.meta.dirname;
const HELP = `usage: node bench.mjs [options]
  --contender NAME=URL   add a contender page (repeatable); NAME=product|surveyjs|floor replaces a built one
  --bundle NAME=FILE[,FILE]  measure these JS/CSS files as NAME's bundle (default: what the page loads)
  --lazy NAME=FILE[,FILE]    also list these files as NAME's lazily loaded chunks (not in the bundle figure)
  --only NAME[,NAME]     run only these contenders
  --reps N               cold loads per contender per CPU setting (default 15)
  --flows N              answer->next runs (9 PHQ-9 transitions each) per contender per CPU setting (default 5)
  --cycles N             mount/complete/unmount cycles in the heap test (default 20)
  --tail-cycles N        further cycles after those, to tell warm-up from a leak (default = --cycles)
  --heap-reps N          heap test repetitions (default 3)
  --throttle R           CPU slowdown for the phone proxy (default 4)
  --dom                  ignore page hooks (__bench.answerAndNext / cycle): drive every page by the DOM
  --skip LIST            any of: build,size,load,next,heap
  --viewport WxH         default 412x915
  --chromium PATH        default $CHROMIUM or /usr/bin/chromium
  --json FILE            also write all raw samples as JSON`;

// ---------- arguments ----------
const argv = process.argv.slice(2);
const opt = { reps: 15, flows: 5, cycles: 20, tailCycles: null, heapReps: 3, throttle: 4, dom: false, skip: new Set(),
  viewport: '412x915', chromium: process.env.CHROMIUM || '/usr/bin/chromium', json: null, only: null };
const extra = []; const bundles = {}; const lazy = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]; const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
  const kv = (s) => { const j = s.indexOf('='); if (j < 1) throw new Error(`expected NAME=VALUE, got ${s}`); return [s.slice(0, j), s.slice(j + 1)]; };
  switch (a) {
    case '--help': case '-h': console.log(HELP); process.exit(0);
    case '--contender': { const [name, url] = kv(val()); extra.push({ name, url }); break; }
    case '--bundle': { const [name, files] = kv(val()); bundles[name] = files.split(',').map((f) => resolve(f)); break; }
    case '--lazy': { const [name, files] = kv(val()); lazy[name] = files.split(',').filter(Boolean).map((f) => resolve(f)); break; }
    case '--only': opt.only = new Set(val().split(',')); break;
    case '--reps': opt.reps = +val(); break;
    case '--flows': opt.flows = +val(); break;
    case '--cycles': opt.cycles = +val(); break;
    case '--tail-cycles': opt.tailCycles = +val(); break;
    case '--heap-reps': opt.heapReps = +val(); break;
    case '--throttle': opt.throttle = +val(); break;
    case '--dom': opt.dom = true; break;
    case '--skip': val().split(',').forEach((s) => opt.skip.add(s)); break;
    case '--viewport': opt.viewport = val(); break;
    case '--chromium': opt.chromium = val(); break;
    case '--json': opt.json = val(); break;
    default: console.error(`unknown option ${a}\n${HELP}`); process.exit(2);
  }
}
opt.tailCycles ??= opt.cycles;
const [vw, vh] = opt.viewport.split('x').map(Number);
const RATES = [...new Set([1, opt.throttle])];

// ---------- stats ----------
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : 'n/a');
const kb = (b) => (Number.isFinite(b) ? (b / 1024).toFixed(1) : 'n/a');
const mb = (b) => (Number.isFinite(b) ? (b / 1048576).toFixed(2) : 'n/a');
const pp = (xs) => (xs.length ? `${ms(med(xs))} / ${ms(q(xs, 0.95))}` : 'n/a');

// ---------- static server for dist/ ----------
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
function serve(dir) {
  const server = http.createServer((req, res) => {
    let p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let f = join(dir, p);
    if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
    if (!f.startsWith(dir) || !existsSync(f)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': MIME[extname(f)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(f));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------- sizes of what a page loads (for contenders given by URL) ----------
async function fetchBuf(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}
function sizeOfBuffers(list) {
  const out = {};
  for (const kind of ['js', 'css']) {
    const bufs = list.filter((x) => x.kind === kind).map((x) => x.buf);
    out[kind] = { files: bufs.length, raw: bufs.reduce((n, b) => n + b.length, 0),
      gzip: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      brotli: bufs.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length, 0) };
  }
  return out;
}
const kindOf = (url, initiator) => {
  const e = extname(new URL(url).pathname);
  if (['.js', '.mjs'].includes(e)) return 'js';
  if (e === '.css') return 'css';
  if (initiator === 'script') return 'js';
  if (initiator === 'link' || initiator === 'css') return 'css';
  return null;
};

// ---------- browser helpers ----------
const DRIVER = readFileSync(join(here, 'protocol', 'driver.js'), 'utf8');
let browser;
async function openPage(c, rate) {
  const ctx = await browser.newContext({ viewport: { width: vw, height: vh }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript({ content: DRIVER });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(c.url, { waitUntil: 'load', timeout: 60_000 });
  const painted = await Promise.race([
    page.evaluate(() => window.__benchDriver.painted),
    new Promise((_, no) => setTimeout(() => no(new Error(`${c.name}: first question never painted (60 s)`)), 60_000)),
  ]);
  return { ctx, page, cdp, errors, painted };
}
const settle = (page, t = 150) => page.waitForTimeout(t);

async function coldLoad(c, rate) {
  const { ctx, page, errors } = await openPage(c, rate);
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      paintedAt: window.__benchDriver.paintedAt,
      t0: typeof window.__bench?.t0 === 'number' ? window.__bench.t0 : null,
      responseEnd: nav?.responseEnd ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, initiator: e.initiatorType, bytes: e.decodedBodySize })),
    };
  });
  await ctx.close();
  if (errors.length) console.error(`  ! ${c.name}: page errors: ${errors.join(' | ')}`);
  return { navToPaint: r.paintedAt, moduleToPaint: r.t0 == null ? null : r.paintedAt - r.t0, fcp: r.fcp, resources: r.resources };
}

async function answerFlow(c, rate) {
  const { ctx, page, errors } = await openPage(c, rate);
  await settle(page, 300);
  const samples = []; const seen = [];
  for (let step = 0; step < 40 && seen.length < 9; step++) {
    const item = await page.evaluate(() => window.__benchDriver.phqItem());
    const t = await page.evaluate(async (dom) => {
      const b = !dom && typeof window.__bench?.answerAndNext === 'function' ? window.__bench : window.__benchDriver;
      return b.answerAndNext();
    }, opt.dom);
    const after = await page.evaluate(() => window.__benchDriver.phqItem());
    const r = typeof t === 'number' ? { paint: t, work: null, frames: null } : t;
    if (item && after !== item) { samples.push(r); seen.push(item); }
    await settle(page);
  }
  await ctx.close();
  if (errors.length) console.error(`  ! ${c.name}: page errors: ${errors.join(' | ')}`);
  if (seen.join() !== '1,2,3,4,5,6,7,8,9') console.error(`  ! ${c.name}: PHQ-9 transitions seen: [${seen}] (expected 1..9)`);
  return samples;
}

async function heapRun(c) {
  const { ctx, page, cdp, errors } = await openPage(c, 1);
  await settle(page, 300);
  const snap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  const loaded = await snap();
  let after1, afterN; const cycleMs = []; const steps = [];
  for (let i = 1; i <= opt.cycles + opt.tailCycles; i++) {
    const r = await page.evaluate(async (dom) => {
      const b = !dom && typeof window.__bench?.cycle === 'function' ? window.__bench : window.__benchDriver;
      const t = performance.now();
      const n = await b.cycle();
      return { ms: performance.now() - t, steps: n };
    }, opt.dom);
    cycleMs.push(r.ms); steps.push(r.steps);
    if (i === 1) after1 = await snap();
    if (i === opt.cycles) afterN = await snap();
  }
  const afterTail = opt.tailCycles ? await snap() : null;
  await ctx.close();
  if (errors.length) console.error(`  ! ${c.name}: page errors: ${errors.join(' | ')}`);
  return { loaded, after1, afterN, afterTail, cycleMs, steps };
}

// ---------- main ----------
const results = { when: new Date().toISOString(), opt: { ...opt, skip: [...opt.skip], only: opt.only && [...opt.only] }, env: {}, contenders: {} };
const builtNames = BUILT.filter((n) => !extra.some((e) => e.name === n));
if (!opt.skip.has('build') && builtNames.some((n) => !opt.only || opt.only.has(n))) {
  console.error('building', builtNames.join(', '), '…');
  await buildAll(builtNames);
}
const server = await serve(join(here, 'dist'));
const base = `http://127.0.0.1:${server.address().port}`;
let contenders = [...builtNames.map((name) => ({ name, url: `${base}/${name}/index.html`, built: true })), ...extra];
if (opt.only) contenders = contenders.filter((c) => opt.only.has(c.name));
for (const c of contenders) results.contenders[c.name] = { url: c.url, load: {}, next: {} };
// Contenders whose steps are measured (answer → next, heap); references are measured on cold loads only.
const stepping = contenders.filter((c) => !LOAD_ONLY.has(c.name));

try {
  browser = await chromium.launch({ executablePath: opt.chromium, args: ['--no-sandbox', '--disable-gpu'] });
  const cpu = os.cpus();
  Object.assign(results.env, { chromium: browser.version(), node: process.version, cpu: cpu[0]?.model, cores: cpu.length,
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), platform: `${os.type()} ${os.release()}`, viewport: opt.viewport });
  console.error(`Chromium ${browser.version()} · ${cpu.length} cores · ${cpu[0]?.model}`);

  // warm-up: one load each (fills the OS file cache, checks the page works) — discarded
  for (const c of contenders) {
    const r = await coldLoad(c, 1);
    results.contenders[c.name].resources = r.resources;
  }

  if (!opt.skip.has('size')) {
    for (const c of contenders) {
      const R = results.contenders[c.name];
      if (bundles[c.name]) {
        R.size = sizeOfBuffers(bundles[c.name].map((f) => ({ kind: extname(f) === '.css' ? 'css' : 'js', buf: readFileSync(f) })));
        R.sizeFrom = bundles[c.name].map((f) => relative(process.cwd(), f)).join(', ');
        R.lazy = (lazy[c.name] ?? []).map((f) => ({ file: relative(process.cwd(), f), size: sizeOfBuffers([{ kind: extname(f) === '.css' ? 'css' : 'js', buf: readFileSync(f) }]) }));
      } else if (c.built) {
        R.size = distSizes(c.name); R.sizeFrom = `dist/${c.name}`;
      } else {
        const list = [];
        for (const r of R.resources) { const k = kindOf(r.url, r.initiator); if (k) list.push({ kind: k, buf: await fetchBuf(r.url) }); }
        R.size = sizeOfBuffers(list); R.sizeFrom = 'JS/CSS the page loaded';
      }
    }
  }

  if (!opt.skip.has('load')) {
    console.error(`cold loads: ${opt.reps} × ${RATES.map((r) => `${r}x`).join('+')} × ${contenders.length}`);
    for (let rep = 0; rep < opt.reps; rep++) {
      for (const rate of RATES) for (const c of contenders) {
        const r = await coldLoad(c, rate);
        const L = (results.contenders[c.name].load[rate] ??= { navToPaint: [], moduleToPaint: [], fcp: [] });
        L.navToPaint.push(r.navToPaint); if (r.moduleToPaint != null) L.moduleToPaint.push(r.moduleToPaint); if (r.fcp != null) L.fcp.push(r.fcp);
      }
    }
  }

  if (!opt.skip.has('next')) {
    console.error(`answer→next: ${opt.flows} flows × ${RATES.map((r) => `${r}x`).join('+')} × ${stepping.length}`);
    for (let rep = 0; rep < opt.flows; rep++) {
      for (const rate of RATES) for (const c of stepping) {
        const s = await answerFlow(c, rate);
        const N = (results.contenders[c.name].next[rate] ??= { paint: [], work: [], frames: [] });
        for (const x of s) { N.paint.push(x.paint); if (x.work != null) N.work.push(x.work); if (x.frames != null) N.frames.push(x.frames); }
      }
    }
  }

  if (!opt.skip.has('heap')) {
    console.error(`heap: ${opt.heapReps} × (${opt.cycles} + ${opt.tailCycles}) cycles × ${stepping.length}`);
    for (let rep = 0; rep < opt.heapReps; rep++) {
      for (const c of stepping) {
        try { (results.contenders[c.name].heap ??= []).push(await heapRun(c)); }
        catch (e) { console.error(`  ! ${c.name}: heap test failed: ${e.message}`); }
      }
    }
  }
} finally {
  await browser?.close();
  server.close();
}

// ---------- report ----------
const E = results.env;
const lines = [];
lines.push(`Chromium ${E.chromium}, ${E.cores} × ${E.cpu}, ${E.memGiB} GiB, Node ${E.node}, viewport ${E.viewport}, ${results.when.slice(0, 10)}${opt.dom ? ', DOM-driven (hooks ignored)' : ''}`);
lines.push('');
if (!opt.skip.has('size')) {
  lines.push('**Bundle** (bytes; gzip -9, brotli -11, node zlib): what the page loads before the first question. Lazily loaded chunks are listed under their contender and not counted in its bundle', '');
  lines.push('| contender | JS raw | JS gzip | JS brotli | CSS raw | CSS gzip | CSS brotli | measured from |', '|---|--:|--:|--:|--:|--:|--:|---|');
  for (const c of contenders) {
    const S = results.contenders[c.name].size; if (!S) continue;
    const b = (n) => n.toLocaleString('en-US');
    lines.push(`| ${c.name} | ${b(S.js.raw)} | ${b(S.js.gzip)} | ${b(S.js.brotli)} | ${b(S.css.raw)} | ${b(S.css.gzip)} | ${b(S.css.brotli)} | ${results.contenders[c.name].sizeFrom} |`);
    for (const { file, size: L } of results.contenders[c.name].lazy ?? []) {
      lines.push(`| ${c.name}, lazy chunk | ${b(L.js.raw)} | ${b(L.js.gzip)} | ${b(L.js.brotli)} | ${b(L.css.raw)} | ${b(L.css.gzip)} | ${b(L.css.brotli)} | ${file} |`);
    }
  }
  lines.push('');
}
if (!opt.skip.has('load') || !opt.skip.has('next')) {
  lines.push(`**Time** in ms, median / p95 (cold loads: ${opt.reps} per cell; answer→next: ${opt.flows} flows × 9 PHQ-9 transitions per cell)`, '');
  const head = ['contender'];
  for (const r of RATES) {
    if (!opt.skip.has('load')) head.push(`nav→1st question painted, CPU ${r}×`, `module start→painted, CPU ${r}×`);
  }
  for (const r of RATES) if (!opt.skip.has('next')) head.push(`answer→next painted, CPU ${r}×`, `answer→next work, CPU ${r}×`);
  lines.push(`| ${head.join(' | ')} |`, `|---${'|--:'.repeat(head.length - 1)}|`);
  for (const c of contenders) {
    const R = results.contenders[c.name]; const row = [c.name];
    for (const r of RATES) if (!opt.skip.has('load')) row.push(pp(R.load[r]?.navToPaint ?? []), pp(R.load[r]?.moduleToPaint ?? []));
    for (const r of RATES) if (!opt.skip.has('next')) row.push(pp(R.next[r]?.paint ?? []), pp(R.next[r]?.work ?? []));
    lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push('');
}
if (!opt.skip.has('heap')) {
  const T = opt.cycles + opt.tailCycles;
  lines.push(`**Heap** (V8 used heap after 2× forced GC, MiB; median of ${opt.heapReps} runs) over mount → complete → unmount cycles, CPU 1×`, '');
  lines.push(`| contender | loaded | after 1 cycle | after ${opt.cycles} | after ${T} | KiB/cycle 1→${opt.cycles} | KiB/cycle ${opt.cycles}→${T} | DOM nodes after 1 → ${T} | listeners after 1 → ${T} | steps/cycle | cycle ms |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const c of stepping) {
    const H = results.contenders[c.name].heap; if (!H?.length) { lines.push(`| ${c.name} | n/a |${' |'.repeat(10)}`); continue; }
    const m = (f) => med(H.map(f));
    const last = (h) => h.afterTail ?? h.afterN;
    lines.push(`| ${c.name} | ${mb(m((h) => h.loaded.heap))} | ${mb(m((h) => h.after1.heap))} | ${mb(m((h) => h.afterN.heap))} | ${opt.tailCycles ? mb(m((h) => h.afterTail.heap)) : 'n/a'} | ${kb(m((h) => (h.afterN.heap - h.after1.heap) / Math.max(1, opt.cycles - 1)))} | ${opt.tailCycles ? kb(m((h) => (h.afterTail.heap - h.afterN.heap) / opt.tailCycles)) : 'n/a'} | ${m((h) => h.after1.nodes)} → ${m((h) => last(h).nodes)} | ${m((h) => h.after1.listeners)} → ${m((h) => last(h).listeners)} | ${m((h) => h.steps[0])} | ${ms(med(H.flatMap((h) => h.cycleMs)))} |`);
  }
  lines.push('');
}
console.log(lines.join('\n'));
if (opt.json) { writeFileSync(opt.json, JSON.stringify(results, null, 2)); console.error(`raw samples → ${opt.json}`); }
