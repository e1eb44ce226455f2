import { defineConfig } from 'vite';
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
  embed: { input: 'src/trd-screener.ts', file: 'trd-screener.js', oneFile: false },
  all: { input: 'src/trd-screener.ts', file: 'trd-screener.all.js', oneFile: true },
  tools: { input: 'src/tools.ts', file: 'tools.js', oneFile: true },
};

// Lib mode keeps whitespace in ES output, so entries are built as app inputs with their exports
// preserved instead.
export default defineConfig(({ mode }) => {
  const build = mode === 'all' || mode === 'tools' ? BUILDS[mode] : BUILDS.embed;
  return {
    plugins: [minifyCssLiterals()],
    // Chunks (and their preload hints) are found from the embed's own URL, wherever a clinic
    // hosts it, not from the site's root.
    base: './',
    build: {
      target: 'es2022',
      minify: true,
      emptyOutDir: build === BUILDS.embed,
      // Chunks load by plain dynamic import: nothing is added to the clinic's <head>.
      modulePreload: false,
      rollupOptions: {
        input: build.input,
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: build.file,
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: !build.oneFile,
        },
      },
    },
    server: { host: '127.0.0.1' },
  };
});
