import { defineConfig } from 'vite';

// The embed is one self-contained, minified ES module. Lib mode keeps whitespace in ES output,
// so the entry is built as an app input with its exports preserved instead.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: true,
    emptyOutDir: true,
    rollupOptions: {
      input: 'src/trd-screener.ts',
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: 'trd-screener.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1' },
});
