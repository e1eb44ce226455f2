// `npm run screens`: screenshots of the demo's widget in every kind of step, both crisis panels,
// the result and the printout, at 320 px and 1280 px, light and dark, into test-output/screens/.
// Serves the sources with Vite on a free port (no build needed) and drives Chromium through
// puppeteer-core (/usr/bin/chromium; CHROME_PATH overrides). ONLY=persona,urgent runs some
// journeys. Dark is the platform's way: the page declares `color-scheme: light dark` and the
// device prefers dark. A failed state, a page error or a console error makes the exit non-zero.
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { journeys, NAV } from './screens/journeys.mjs';
import { installPageDriver } from './screens/page-driver.mjs';

const OUT = 'test-output/screens';
const WIDTHS = [320, 1280];
const SCHEMES = ['light', 'dark'];
/** A small phone's screen height (iPhone SE, 1st generation), the unit of the page heights below. */
const PHONE_HEIGHT = 568;
const only = process.env.ONLY?.split(',');

const failures = [];
/** What the run noticed; a journey's own notes (the same at every width) once. */
const notes = new Set();
const heights = {};
let shots = 0;
const printed = new Set();

/** Runs in the page before its scripts: the page follows the device's scheme, as a clinic's may. */
function declareBothSchemes() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':root { color-scheme: light dark; }');
  document.adoptedStyleSheets = [sheet];
}

/** The print frame's document as a page of its own, rendered to a Letter PDF and to PNGs. */
async function savePrintout(browser, name, { lang, title, css, body }) {
  const page = await browser.newPage();
  try {
    const escaped = title.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escaped}</title><style>${css}</style></head><body>${body}</body></html>`;
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = `${OUT}/${name}.pdf`;
    await writeFile(pdf, await page.pdf({ format: 'letter' }));
    try {
      await promisify(execFile)('pdftoppm', ['-png', '-r', '110', pdf, pdf.replace(/\.pdf$/, '')]);
      const pngs = (await readdir(OUT)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      notes.add(`${name}: ${pngs.length} page(s) on Letter: ${pngs.join(', ')}`);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      notes.add(`${name}: PDF only (pdftoppm is not installed): ${pdf}`);
    }
  } finally {
    await page.close();
  }
}

/** Runs one journey on a fresh page; every state it names and does not capture is a failure. */
async function runJourney(browser, url, name, journey, width, scheme) {
  const where = `${name} @${width} ${scheme}`;
  const page = await browser.newPage();
  const captured = new Set();
  page.on('pageerror', (error) => failures.push(`${where}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`${where}: console error: ${message.text()}`);
    // The dev server serves Lit's development build, which says so: not the widget's warning.
    if (message.type() === 'warn' && !/Lit is in dev mode/.test(message.text())) notes.add(`${where}: console warning: ${message.text()}`);
  });
  try {
    await page.setViewport({ width, height: width === 320 ? PHONE_HEIGHT : 900 });
    // Reduced motion: no picture catches the progress bar halfway through its transition.
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.evaluateOnNewDocument(installPageDriver);
    await page.evaluateOnNewDocument(declareBothSchemes);
    await page.goto(url, { waitUntil: 'networkidle0' });
    const nav = NAV[journey.lang ?? 'en'];
    if (journey.lang) await page.$eval('trd-screener', (el, lang) => el.setAttribute('lang', lang), journey.lang);
    await page.waitForFunction(
      (start) => [...(document.querySelector('trd-screener')?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent.trim() === start),
      { timeout: 30_000 },
      nav.start,
    );
    const go = (method, ...args) => page.evaluate((m, a) => window.screens[m](...a), method, args);
    const context = {
      nav,
      go,
      note: (text) => notes.add(`${name}: ${text}`),
      async shot(state, expectedStep) {
        const step = await go('stepId');
        if (expectedStep && step !== expectedStep) throw new Error(`${state}: expected step "${expectedStep}", on "${step}"`);
        await go('settle');
        // The card, not the element: on a desktop the element fills the page's column, the card less.
        const card = await page.evaluateHandle(() => document.querySelector('trd-screener').shadowRoot.querySelector('[part="card"]'));
        await card.screenshot({ path: `${OUT}/${state}-${width}-${scheme}.png` });
        heights[`${state}-${width}-${scheme}`] = (await card.boundingBox()).height;
        if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth))
          failures.push(`${where}: ${state}: the page scrolls sideways`);
        captured.add(state);
        shots++;
      },
      async print(lang) {
        if (printed.has(lang)) return;
        printed.add(lang);
        await savePrintout(browser, `printout-${lang}`, await go('printout'));
      },
    };
    await journey.run(context);
  } catch (error) {
    failures.push(`${where}: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  const missed = journey.states.filter((state) => !captured.has(state));
  if (missed.length) failures.push(`${where}: not captured: ${missed.join(', ')}`);
}

const phoneScreens = (state) => {
  const height = heights[`${state}-320-light`];
  return height ? `${Math.round(height)} px = ${(height / PHONE_HEIGHT).toFixed(1)} phone screens` : 'not captured';
};

// A whole run starts from an empty folder, so no picture there is older than the widget.
if (!only) await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
// No watcher and no hot reload: a source saved during the run must not reload the pages.
const server = await createServer({ logLevel: 'warn', server: { port: 0, hmr: false, watch: null } });
await server.listen();
const url = `http://127.0.0.1:${server.httpServer.address().port}/demo/`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
/** The journeys at one width and scheme, one after the other; the four pairs run side by side. */
async function runAll(width, scheme) {
  for (const [name, journey] of Object.entries(journeys)) {
    if (only && !only.includes(name)) continue;
    if (journey.once && (width !== WIDTHS[0] || scheme !== SCHEMES[0])) continue;
    await runJourney(browser, url, name, journey, width, scheme);
  }
}

try {
  // One visit first: Vite optimizes the dependencies on the first request and may then reload
  // the pages open at that moment.
  const warmUp = await browser.newPage();
  await warmUp.goto(url, { waitUntil: 'networkidle0' });
  await warmUp.close();
  await Promise.all(WIDTHS.flatMap((width) => SCHEMES.map((scheme) => runAll(width, scheme))));
} finally {
  await browser.close();
  await server.close();
}

console.log(`${shots} screenshots in ${OUT}/ (${WIDTHS.join(' and ')} px, ${SCHEMES.join(' and ')})`);
for (const note of notes) console.log(`  ${note}`);
console.log(`Medicine list at 320 px: ${phoneScreens('meds')}; result: ${phoneScreens('result')} (of ${PHONE_HEIGHT} px)`);
if (failures.length) {
  console.error(`${failures.length} failure(s):`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exitCode = 1;
}
