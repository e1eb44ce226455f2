// Loaded first by the CSP page (a same-origin file, as the policy demands): records every
// Content-Security-Policy and Trusted Types violation on the page, its shadow roots included
// (the event bubbles out of them), and every uncaught error.
window.cspViolations = [];
window.pageErrors = [];
window.recordViolation = (event) =>
  window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample || ''}`.trim());
document.addEventListener('securitypolicyviolation', window.recordViolation);
addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
