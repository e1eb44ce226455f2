import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
const name = process.argv[2] ?? 'product';
const rate = Number(process.argv[3] ?? 1);
const dir = join(import.meta.dirname, 'dist', name);
const server = http.createServer((req, res) => { try { const p = join(dir, new URL(req.url, 'http://x').pathname); res.writeHead(200, { 'content-type': extname(p) === '.js' ? 'text/javascript' : extname(p) === '.css' ? 'text/css' : 'text/html' }); res.end(readFileSync(p)); } catch { res.writeHead(404).end(); } });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 915 } });
const page = await ctx.newPage();
await page.addInitScript({ content: readFileSync(join(import.meta.dirname, 'protocol', 'driver.js'), 'utf8') });
if (process.env.NOFOCUS) await page.addInitScript({ content: 'HTMLElement.prototype.focus = function () {};' });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
await page.evaluate(() => window.__benchDriver.painted);
await page.waitForTimeout(300);
const works = [];
let tracing = false;
for (let n = 0; n < 40; n++) {
  const item = await page.evaluate(() => window.__benchDriver.phqItem());
  if (item === 1 && !tracing) { await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' }); tracing = true; }
  const r = await page.evaluate(() => window.__benchDriver.answerAndNext());
  if (item) works.push(r.work);
  if (item === 9) break;
  await page.waitForTimeout(100);
}
await cdp.send('Tracing.end'); await done;
const main = events.filter((e) => e.ph === 'X' && e.dur);
const pid = events.find((e) => e.name === 'TracingStartedInBrowser')?.pid;
const sum = new Map();
for (const e of main) { if (e.cat.includes('devtools.timeline') || e.name === 'FunctionCall' || e.name==='V8.Execute') sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000); }
console.log('work ms:', works.map((w) => w.toFixed(1)).join(' '));
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${k}: ${(v / 9).toFixed(2)} ms/transition`).join('\n'));
await browser.close(); server.close();
