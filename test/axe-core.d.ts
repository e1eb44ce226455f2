// axe's browser build registers `window.axe` when loaded; it has no module exports to type.
declare module 'axe-core/axe.min.js';
