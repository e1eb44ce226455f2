import { basename } from 'node:path';
import { defineConfig } from 'vite';
import { compileHint } from '../scripts/compile-hint.ts';

/**
 * The build settings every contender shares: one ES module, production, minified, es2022, built
 * from its folder into `dist/<folder name>/`. Every entry file starts with the compile hint the
 * product's embed ships with, so that no contender's figures gain from a setting the others lack.
 */
export function contenderConfig(folder) {
  return defineConfig({
    root: folder,
    plugins: [compileHint()],
    base: './',
    logLevel: 'warn',
    build: {
      outDir: `../dist/${basename(folder)}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      cssMinify: true,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
    },
  });
}
