import { basename } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The build settings every contender shares: one ES module, production, minified, es2022, built
 * from its folder into `dist/<folder name>/`.
 */
export function contenderConfig(folder) {
  return defineConfig({
    root: folder,
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
