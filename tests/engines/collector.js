// Put at the top of every page's <head> by the engine smoke's server (tests/engines/server.mjs),
// before the page's own scripts: it records page errors, unhandled rejections, console.error calls
// and CSP violations in sessionStorage, so the smoke reads them in every engine, whatever its
// driver can or cannot see of the console. Never part of the site.
(() => {
  const KEY = 'upright-engines-smoke-errors';
  const record = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(`${location.pathname}: ${text}`);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // Storage refused: nothing to record into (the smoke then finds no list and says so).
    }
  };
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) record(`error: ${event.message} (${event.filename}:${event.lineno})`);
  });
  addEventListener('unhandledrejection', (event) => record(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => record(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'an inline block'}`));
  const consoleError = console.error;
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  sessionStorage.setItem(`${KEY}-armed`, '1');
})();
