// Collects CSP violations so the test can read them (no inline script: the page's CSP forbids it).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
