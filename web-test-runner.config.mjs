import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { totalsReporter } from './scripts/totals-reporter.mjs';

// The readability test's syllable counter depends on two CommonJS packages (one of which
// requires a JSON file): convert only those, so that the rest of the suite is served as is.
const commonjsDeps = ['**/node_modules/pluralize/**', '**/node_modules/normalize-strings/**'];
const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  mimeTypes: { '**/node_modules/normalize-strings/*.json': 'js' },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    commonjs({ include: commonjsDeps, strictRequires: false }),
    json({ include: commonjsDeps }),
  ],
  // Lit's one-line dev-mode notice would otherwise repeat for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), totalsReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-quic'],
      },
    }),
  ],
};
