import { defineConfig, type Plugin } from 'vite';
import { compileHint } from './scripts/compile-hint.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/**
 * One output per build, chosen by mode (`npm run build` runs all three, the embed first):
 * - `vite build`: the embed; later parts and other locales are lazy chunks in `chunks/`.
 * - `vite build --mode all`: the same embed in one file, every lazy chunk inlined.
 * - `vite build --mode tools`: the non-UI helpers (bank validation, FHIR), in one file.
 * Each is its own build so that no module is shared between them: the embed never imports a
 * chunk statically, and the one-file builds import nothing.
 */
const BUILDS = {
  embed: { input: 'src/trd-screener.ts', file: 'trd-screener.js', oneFile: false, compileHint: true },
  all: { input: 'src/trd-screener.ts', file: 'trd-screener.all.js', oneFile: true, compileHint: false },
  tools: { input: 'src/tools.ts', file: 'tools.js', oneFile: true, compileHint: false },
};

/** `npm start` opens the demo; the server's own root URL (the one vite prints) leads there too. */
const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.writeHead(302, { Location: '/demo/' }).end();
    });
  },
};

// Library mode: chunks are loaded by plain dynamic imports (an app build wraps each in a preload
// helper that adds <link> tags to the page's <head>). Library mode leaves ES output unminified
// unless asked, so the output asks.
export default defineConfig(({ mode }) => {
  const build = mode === 'all' || mode === 'tools' ? BUILDS[mode] : BUILDS.embed;
  return {
    // The compile hint only on the embed: the one-file build holds code most visits never run.
    plugins: [demoAtRoot, minifyCssLiterals(), ...(build.compileHint ? [compileHint()] : [])],
    build: {
      target: 'es2022',
      minify: true,
      // One size measure: `npm run size` (the bundle test's), not a second figure from the build.
      reportCompressedSize: false,
      emptyOutDir: build === BUILDS.embed,
      lib: { entry: build.input, formats: ['es'], fileName: () => build.file },
      rollupOptions: {
        // The entry may export more than its own API, so the chunks can import from it and it
        // never has to import a shared chunk itself.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: !build.oneFile,
          minify: true,
        },
      },
    },
    server: { host: '127.0.0.1' },
    // The dev server pre-bundles what the demo pages import, not the benchmark's own pages.
    optimizeDeps: { entries: ['demo/**/*.html'] },
  };
});
