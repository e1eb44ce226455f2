import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { strictCspMiddleware } from './test/csp/strict-csp.mjs';
import { summaryPdfPlugin } from './test/summary/pdf-command.mjs';
import { a11yCommandsPlugin } from './test/a11y/a11y-commands.mjs';
import { validateFhirPlugin } from './test/fhir/validate-command.mjs';

// The readability test's syllable counter depends on two CommonJS packages (one of which
// requires a JSON file), and the React integration example on React, which ships only CommonJS:
// convert only those, so that the rest of the suite is served as is.
const reactDeps = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const syllableDeps = ['**/node_modules/pluralize/**', '**/node_modules/normalize-strings/**'];
const REACT_FILE = /\/node_modules\/(react|react-dom|scheduler)\//;
const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

/** React reads `process.env.NODE_ENV`, which a bundler would replace; do the same for its files. */
const reactNodeEnv = {
  name: 'react-node-env',
  transform(context) {
    if (REACT_FILE.test(context.path)) {
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
    }
  },
};

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Stops at once, saying which browser is missing and what to do, instead of failing every file. */
function requireBrowser(path, name, advice) {
  if (existsSync(path)) return;
  console.error(`\n${name} was not found at ${path}. ${advice}\n`);
  process.exit(1);
}

/**
 * Each test page opens in a window of its own. As tabs of one window, every page but the last
 * opened is hidden, and a hidden page runs no animation frames and no idle callbacks: the lazy
 * chunks and the first-paint work then waited for their timeouts (the element fuzz took 190 s
 * beside another file, 25 s alone).
 * Without site isolation, the next test file reuses the renderer process instead of starting a new
 * one after each `about:blank` (every test page is on the one test-server origin): the Chromium
 * run took about 30 % less time and CPU.
 */
const chromium = chromeLauncher({
  createPage: ({ context }) => context.newPage({ type: 'window' }),
  launchOptions: {
    executablePath: CHROME_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-quic', '--disable-site-isolation-trials'],
  },
});
// Firefox's print dialog is modal, even headless: print silently to a PDF file instead.
const FIREFOX_PRINT_PREFS = {
  'print.always_print_silent': true,
  'print.show_print_progress': false,
  print_printer: 'Mozilla Save to PDF',
  'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
  'print.printer_Mozilla_Save_to_PDF.print_to_filename': resolve('test-output/firefox-print.pdf'),
};
/**
 * @web/test-runner sets an 800×600 viewport before each test file (page.setViewport), and over
 * WebDriver BiDi puppeteer-core 24.x sends `emulation.setScreenOrientationOverride` with it,
 * a command Firefox ESR 140 does not know ("unknown command"): every file then failed. Tolerate
 * only that one error, as puppeteer itself does for `emulation.setTouchOverride`; the viewport
 * command is still sent and awaited.
 */
async function createFirefoxPage({ context }) {
  const page = await context.newPage();
  const browsingContext = page.mainFrame().browsingContext;
  if (typeof browsingContext?.setScreenOrientationOverride === 'function') {
    const setOrientation = browsingContext.setScreenOrientationOverride.bind(browsingContext);
    browsingContext.setScreenOrientationOverride = async (orientation) => {
      try {
        return await setOrientation(orientation);
      } catch (error) {
        if (String(error?.message).includes('unknown command')) return;
        throw error;
      }
    };
  }
  return page;
}
const firefox = puppeteerLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: FIREFOX_PRINT_PREFS,
  },
  createPage: createFirefoxPage,
  concurrency: 1,
});

/** `npm run test:deep` (and CI): the randomized runs take their full counts (test/helpers/depth.ts). */
const deep = process.env.TRD_DEEP === '1';
/**
 * A whole run (`npm test`) also runs a patient's path in Firefox ESR: a whole screen, the crisis
 * panels, the strict-CSP page and the printed summary; a deep run (CI) every element test there.
 * A run of chosen files (`--files`) stays in one browser: Chromium, or Firefox with
 * TRD_BROWSER=firefox. TRD_BROWSER=chromium runs the whole suite in Chromium only.
 */
const PATIENT_PATH = ['journey', 'crisis', 'crisis-emphasis'].map((name) => `test/element/${name}.test.ts`);
const FIREFOX_FILES = [...(deep ? ['test/element/**/*.test.ts'] : PATIENT_PATH), 'test/csp/**/*.test.ts', 'test/summary/actions.test.ts'];
const onlyFirefox = process.env.TRD_BROWSER === 'firefox';
const wholeRun = !process.argv.includes('--files') && !process.env.TRD_BROWSER;
if (!onlyFirefox) requireBrowser(CHROME_PATH, 'Chromium', 'Install it (Debian: apt install chromium) or set CHROME_PATH.');
if (onlyFirefox || wholeRun) {
  const skip = onlyFirefox ? '' : ' To run in Chromium only, set TRD_BROWSER=chromium.';
  requireBrowser(FIREFOX_PATH, 'Firefox', `Install it (Debian: apt install firefox-esr) or set FIREFOX_PATH.${skip}`);
}
export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>globalThis.TRD_DEEP = ${deep};</script><script type="module" src="${testFramework}"></script></body></html>`,
  // The deep element fuzz (2,000 sequences) takes about three minutes on two busy cores.
  testsFinishTimeout: 600000,
  mimeTypes: { '**/node_modules/normalize-strings/*.json': 'js' },
  // Serves the CSP test pages with a strict Content-Security-Policy header.
  middleware: [strictCspMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    reactNodeEnv,
    commonjs({
      include: [...syllableDeps, ...reactDeps],
      strictRequires: false,
      // Served file by file, a `require('react')` cannot tell that React is CommonJS too: take its default.
      requireReturnsDefault: (id) => REACT_FILE.test(id),
    }),
    json({ include: syllableDeps }),
    // Prints the doctor's summary to PDF in the test's Chromium (test/summary/pdf.test.ts).
    summaryPdfPlugin(),
    // Emulates forced-colors, dark and reduced-motion media, and page focus, in Chromium (test/a11y).
    a11yCommandsPlugin(),
    // Validates FHIR resources with Medplum's R4 validator, in Node (test/fhir/validate.test.ts).
    validateFhirPlugin(),
  ],
  // A green run prints nothing but its progress: tests report through assertions, not `console.log`
  // (Lit's dev-mode notice included); warnings and errors a test did not capture still show.
  filterBrowserLogs: ({ type, args }) => !['log', 'debug', 'info'].includes(type) && !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), totalsReporter()],
  browsers: [onlyFirefox ? firefox : chromium],
  groups: wholeRun ? [{ name: 'firefox', files: FIREFOX_FILES, browsers: [firefox] }] : [],
};
