// Screenshots of the demo's widget in its main states, at phone and desktop widths.
// Usage: start the demo (`npx vite --port 5199`), then
//   node scripts/screenshots.mjs [http://127.0.0.1:5199/demo/] [test-output/screenshots]
// Uses puppeteer-core with a locally installed Chromium (CHROME_PATH overrides).
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5199/demo/';
const outDir = process.argv[3] ?? 'test-output/screenshots';
const widths = [320, 1280];

/** Runs in the page: clicks a label or button of the widget by its visible text, or `question=option`. */
function pageClick(kind, text) {
  const root = document.querySelector('trd-screener').shadowRoot;
  const [question, option] = text.split('=');
  const target = option
    ? root.querySelector(`label[for="${CSS.escape(`in-${question}-${option}`)}"]`)
    : [...root.querySelectorAll(kind)].find((el) => el.textContent.trim() === text);
  if (!target) throw new Error(`No ${kind} "${text}"`);
  target.click();
}

async function step(page, labels, button = 'Next') {
  for (const label of labels) await page.evaluate(pageClick, 'label', label);
  if (button) await page.evaluate(pageClick, 'button', button);
  await page.evaluate(() => document.querySelector('trd-screener').updateComplete);
}

const PHQ = Array(8).fill('Not at all');

/** Each journey ends on a state worth a picture; `shots` names what to capture on the way. */
const journeys = {
  async welcome() {},
  async 'phq9-step'(page) {
    await step(page, ['I understand this is not a diagnosis and not an emergency service.']);
    await step(page, ['Yes, I am 18 or older']);
  },
  async 'required-message'(page) {
    await journeys['phq9-step'](page);
    await step(page, []);
  },
  async 'crisis-support'(page) {
    await journeys['phq9-step'](page);
    for (const answer of PHQ) await step(page, [answer]);
    // A risk answer counts when its step is left: the panel shows after Next.
    await step(page, ['Several days']);
  },
  async 'medicine-list'(page) {
    await journeys['phq9-step'](page);
    for (const answer of [...PHQ, 'Not at all', 'Somewhat difficult', 'No', 'No', 'No', 'No', '6 months to 2 years'])
      await step(page, [answer]);
    await step(page, ['sertraline (Zoloft)', 'bupropion (Wellbutrin SR/XL)'], null);
  },
  async review(page) {
    await journeys['medicine-list'](page);
    await step(page, []);
    for (const med of ['sertraline', 'bupropion']) {
      const answers = { 'med-period': 'this', 'med-weeks': '6-plus', 'med-dose': 'yes', 'med-response': 'none', 'med-side-effects': 'no' };
      await step(page, Object.entries(answers).map(([q, o]) => `${q}:${med}=${o}`));
    }
    await step(page, ['None of these']);
    await step(page, ['None of these']);
    for (const answer of ['At a clinic', 'Nasal spray', 'Very important', 'Yes', 'Yes', 'As soon as possible'])
      await step(page, [answer]);
  },
  async result(page) {
    await journeys.review(page);
    await step(page, [], 'See my results');
    await page.waitForFunction(() => document.querySelector('trd-screener').result !== null);
  },
  // The result's code cannot be fetched (see OFFLINE below): the review says so.
  async 'result-offline'(page) {
    await journeys.review(page);
    await step(page, [], 'See my results');
    await page.waitForFunction(() => document.querySelector('trd-screener').shadowRoot.querySelector('[role="alert"]'));
  },
  async 'crisis-urgent'(page) {
    await journeys['phq9-step'](page);
    for (const answer of [...PHQ, 'Not at all', 'Somewhat difficult']) await step(page, [answer]);
    await step(page, ['Yes']);
    await step(page, [], 'Continue');
    for (const answer of ['No', 'No', 'No']) await step(page, [answer]);
    await step(page, ['Yes']);
  },
};

/** Journeys run with the end-of-screen code blocked, as on a page that hosts the file alone. */
const OFFLINE = new Set(['result-offline']);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
await mkdir(outDir, { recursive: true });
const only = process.env.ONLY?.split(',');
try {
  for (const width of widths) {
    for (const [name, run] of Object.entries(journeys)) {
      if (only && !only.includes(name)) continue;
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      await page.setViewport({ width, height: 900 });
      if (OFFLINE.has(name)) {
        await page.setRequestInterception(true);
        page.on('request', (request) => (/\/finish\.ts|\/chunks\/finish-/.test(request.url()) ? request.abort() : request.continue()));
      }
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('trd-screener')?.shadowRoot?.querySelector('h2'));
      try {
        await run(page);
      } catch (error) {
        console.error(`${name} @${width}: ${error.message}`);
      }
      const widget = await page.$('trd-screener');
      await widget.screenshot({ path: `${outDir}/${name}-${width}.png` });
      // What a phone user sees first: the screen's own top, where focus went.
      await page.evaluate(() => document.querySelector('trd-screener').scrollIntoView());
      await page.screenshot({ path: `${outDir}/${name}-${width}-view.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (overflow) console.warn(`${name} @${width}: horizontal scroll`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${outDir}`);
