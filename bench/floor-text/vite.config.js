import { defineConfig } from 'vite';

// Same build settings for every contender: one ES module, production, minified, es2022.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../dist/floor-text',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssMinify: true,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
});
