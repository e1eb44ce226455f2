// The strict Content-Security-Policy a locked-down clinic page may send, served by the test
// runner for the CSP test pages only. `lit-html` is the one Trusted Types policy the widget
// creates (Lit's template policy).
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Test runner middleware: adds the header to the HTML pages in test/csp/ and nothing else. */
export function strictCspMiddleware(context, next) {
  return next().then(() => {
    if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
      context.set('Content-Security-Policy', STRICT_CSP);
    }
  });
}
