// Generates custom-elements.json (attributes, properties, events, parts, slots, CSS properties)
// from the element's JSDoc: `npx cem analyze` (part of `npm run build`).
export default {
  globs: ['src/trd-screener.attributes.ts', 'src/trd-screener.component.ts', 'src/trd-screener.ts', 'src/events.ts'],
  outdir: 'dist',
  litelement: true,
};
