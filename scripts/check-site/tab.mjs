// @ts-check
// One browser tab of the site checker (browser.mjs): opened once per worker and theme, with its
// request and console log, and the checks of one visit: theme, axe, CSP, console, cookies, other
// origins, and what the page weighs.
import { axeViolations, describeViolation } from './axe.mjs';
import { gzipSize, safeDecode } from './lib.mjs';

/** @typedef {'light' | 'dark' | 'no-js'} Visit */
/** @typedef {{ path: string, html: number, css: number, js: number, total: number, requests: number }} Weight */
/** @typedef {{ requests: { url: string, type: string }[], consoleErrors: string[], inFlight: number, lastActivity: number }} TabLog */
/** @typedef {{ context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page, log: TabLog }} Tab */
/** @typedef {{ rule: string, detail: string }} Problem */

export const DESKTOP = { width: 1280, height: 720 };

/**
 * Holds every CSS animation at its first frame in this tab, for all the pages it visits. A moving
 * figure redrawn 60 times a second costs about a third of a core for as long as its page is open,
 * and nothing checked here depends on the figure moving. Unlike emulating reduced motion, the
 * page's media and styles stay as a visitor gets them.
 * @param {import('@playwright/test').Page} page
 */
export async function pauseAnimations(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Animation.enable');
  await session.send('Animation.setPlaybackRate', { playbackRate: 0 });
}

/**
 * One context per worker and theme, reused across pages: a fresh context per page costs more than axe.
 * @param {import('@playwright/test').Browser} browser @param {Visit} theme
 * @returns {Promise<Tab>}
 */
export async function openTab(browser, theme) {
  const noJs = theme === 'no-js';
  const context = await browser.newContext({ colorScheme: noJs ? 'light' : theme, serviceWorkers: 'block', viewport: DESKTOP, javaScriptEnabled: !noJs });
  // The remembered choice the theme script reads, so data-theme is set as for a real visitor,
  // and CSP violations recorded from the first byte.
  await context.addInitScript((chosen) => {
    try {
      localStorage.setItem('upright-theme', chosen);
    } catch {}
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      /** @type {any} */ (window).__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}${event.sourceFile ? ` (from ${event.sourceFile}:${event.lineNumber})` : ''}`);
    });
  }, theme);
  const page = await context.newPage();
  await pauseAnimations(page);
  const log = {
    /** @type {{ url: string, type: string }[]} */ requests: [],
    /** @type {string[]} */ consoleErrors: [],
    inFlight: 0,
    lastActivity: 0,
  };
  const settle = () => {
    log.inFlight = Math.max(0, log.inFlight - 1);
    log.lastActivity = performance.now();
  };
  page.on('request', (request) => {
    log.requests.push({ url: request.url(), type: request.resourceType() });
    log.inFlight += 1;
    log.lastActivity = performance.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('console', (message) => {
    // The missing-path page is meant to answer 404; Chromium logs that as an error.
    if (message.type() === 'error' && !(message.location().url === page.url() && /status of 404/.test(message.text()))) log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(error.message));
  return { context, page, log };
}

/** Resolves once nothing has been requested for 150 ms (islands and lazy loaders included). @param {TabLog} log */
export async function quiet(log) {
  const deadline = performance.now() + 5_000;
  while (performance.now() < deadline && (log.inFlight > 0 || performance.now() - log.lastActivity < 150)) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * What one visit in a theme finds: the theme not applied, axe violations, CSP violations, console
 * errors, cookies, and requests to another origin.
 * @param {Tab} tab @param {'light' | 'dark'} theme @param {string} origin
 * @returns {Promise<Problem[]>}
 */
export async function visitProblems({ context, page, log }, theme, origin) {
  /** @type {Problem[]} */
  const problems = [];
  const applied = await page.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? '', scheme: getComputedStyle(document.documentElement).colorScheme }));
  if (applied.theme !== theme || applied.scheme !== theme) problems.push({ rule: `theme/${theme}`, detail: `the ${theme} theme did not apply (data-theme="${applied.theme}", color-scheme: ${applied.scheme})` });
  for (const violation of await axeViolations(page, { coloursOnly: theme === 'dark' })) {
    problems.push({ rule: `axe/${violation.id}`, detail: `[${theme}] ${describeViolation(violation)}` });
  }
  const violations = await page.evaluate(() => /** @type {any} */ (window).__cspViolations);
  for (const violation of new Set(violations)) problems.push({ rule: 'csp/violation', detail: `[${theme}] ${violation}` });
  for (const error of new Set(log.consoleErrors)) problems.push({ rule: 'console-error', detail: `[${theme}] ${error}` });
  const cookies = await context.cookies();
  if (cookies.length) problems.push({ rule: 'privacy/cookies', detail: `[${theme}] sets ${cookies.map((c) => c.name).join(', ')}` });
  for (const request of log.requests) {
    const url = new URL(request.url);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    if (url.origin !== origin) problems.push({ rule: 'privacy/third-party-request', detail: `[${theme}] ${request.type} ${request.url}` });
  }
  return problems;
}

/**
 * What a page weighs (the same in both themes): gzip of everything it requested, plus the inline
 * scripts and styles in its HTML.
 * @param {Tab} tab @param {string} path @param {string} origin @param {(pathname: string) => Promise<number>} gzipOf
 * @returns {Promise<Weight>}
 */
export async function pageWeight({ page, log }, path, origin, gzipOf) {
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const weight = { path, html: 0, css: 0, js: 0, total: 0, requests: 0 };
  const seen = new Set();
  for (const request of log.requests) {
    const url = new URL(request.url);
    if (url.origin !== origin || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const size = await gzipOf(safeDecode(url.pathname));
    weight.requests += 1;
    weight.total += size;
    if (request.type === 'document') weight.html += size;
    if (request.type === 'stylesheet') weight.css += size;
    if (request.type === 'script') weight.js += size;
  }
  weight.js += inline.js.length ? gzipSize(inline.js.join('\n')) : 0;
  weight.css += inline.css.length ? gzipSize(inline.css.join('\n')) : 0;
  return weight;
}
