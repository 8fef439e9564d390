// @ts-check
// The checks that need a browser: axe on every page in both themes, the request log (no other
// origin, what a page loads and how much), cookies, CSP violations and console errors.
// One Chromium, a few pages at a time. The light theme runs every axe rule; the dark theme, the
// same markup in other colours, runs the colour rules (see ./axe.mjs). The light visit also checks
// that the page does not scroll sideways at 320 px; a third visit with JavaScript off checks that
// the page reads without it (./no-js.mjs). One crawl for all of them.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findTestChromium, CHROMIUM_ARGS } from '../find-chromium.mjs';
import { axeViolations, describeViolation } from './axe.mjs';
import { budgetProblems } from './budgets.mjs';
import { candidateFiles, gzipSize, safeDecode } from './lib.mjs';
import { noJsProblems } from './no-js.mjs';

/** @typedef {{ page: string, rule: string, detail: string }} Failure */
/** @typedef {{ path: string, html: number, css: number, js: number, total: number, requests: number }} Weight */

/** A path no page has: the host answers 404 with the 404 page, which is checked like any other. */
export const MISSING_PATH = '/this-page-does-not-exist/';

const THEMES = /** @type {const} */ (['light', 'dark']);
/** @typedef {'light' | 'dark' | 'no-js'} Visit */
/** The narrowest screen the site supports: no page may scroll sideways there. */
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

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
 * @param {{ distDir: string, origin: string, paths: string[], concurrency?: number, onPageDone?: (done: number, total: number) => void }} options
 *   onPageDone: called when every visit to a page (both themes, and without JavaScript) is checked, to show progress
 * @returns {Promise<{ failures: Failure[], weights: Weight[], runs: number, noJsPages: number }>}
 */
export async function browserChecks({ distDir, origin, paths, concurrency = 3, onPageDone = () => {} }) {
  /** @type {Failure[]} */
  const failures = [];
  /** @type {Weight[]} */
  const weights = [];
  const fail = (/** @type {string} */ page, /** @type {string} */ rule, /** @type {string} */ detail) => failures.push({ page, rule, detail });

  /** @type {Map<string, number>} gzip size of each file in dist, computed once */
  const sizes = new Map();
  const gzipOf = async (/** @type {string} */ pathname) => {
    if (!sizes.has(pathname)) {
      const file = candidateFiles(pathname).map((c) => join(distDir, c)).find((f) => existsSync(f));
      // A missing path is answered with the 404 page.
      sizes.set(pathname, gzipSize(await readFile(file ?? join(distDir, '404.html'))));
    }
    return /** @type {number} */ (sizes.get(pathname));
  };

  const executablePath = await findTestChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  /** @type {{ path: string, theme: Visit }[]} */
  const jobs = paths.flatMap((path) => [...THEMES, ...(path === MISSING_PATH ? [] : /** @type {const} */ (['no-js']))].map((theme) => ({ path, theme })));
  const visitsOf = (/** @type {string} */ path) => (path === MISSING_PATH ? THEMES.length : THEMES.length + 1);
  const known = new Set([...paths.filter((path) => path !== MISSING_PATH), '/']);
  let next = 0;
  /** @type {Map<string, number>} themes checked per page */
  const themesDone = new Map();
  let pagesDone = 0;

  /** One context per worker and theme, reused across pages: a fresh context per page costs more than axe. */
  async function openTab(/** @type {Visit} */ theme) {
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

  /** Resolves once nothing has been requested for 150 ms (islands and lazy loaders included). */
  async function quiet(/** @type {{ inFlight: number, lastActivity: number }} */ log) {
    const deadline = performance.now() + 5_000;
    while (performance.now() < deadline && (log.inFlight > 0 || performance.now() - log.lastActivity < 150)) {
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function run(/** @type {{ path: string, theme: Visit }} */ { path, theme }, /** @type {Awaited<ReturnType<typeof openTab>>} */ tab) {
    const { context, page, log } = tab;
    log.requests = [];
    log.consoleErrors = [];
    log.lastActivity = performance.now();
    const requests = log.requests;
    const consoleErrors = log.consoleErrors;
    try {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const expected = path === MISSING_PATH ? 404 : 200;
      if (response?.status() !== expected) fail(path, 'http-status', `got ${response?.status()}, expected ${expected}`);
      if (theme === 'no-js') {
        for (const problem of await noJsProblems(page, known)) fail(path, 'no-js', problem);
        return;
      }
      await quiet(log);

      const applied = await page.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? '', scheme: getComputedStyle(document.documentElement).colorScheme }));
      if (applied.theme !== theme || applied.scheme !== theme) fail(path, `theme/${theme}`, `the ${theme} theme did not apply (data-theme="${applied.theme}", color-scheme: ${applied.scheme})`);

      for (const violation of await axeViolations(page, { coloursOnly: theme === 'dark' })) {
        fail(path, `axe/${violation.id}`, `[${theme}] ${describeViolation(violation)}`);
      }

      const violations = await page.evaluate(() => /** @type {any} */ (window).__cspViolations);
      for (const violation of new Set(violations)) fail(path, 'csp/violation', `[${theme}] ${violation}`);
      for (const error of new Set(consoleErrors)) fail(path, 'console-error', `[${theme}] ${error}`);
      const cookies = await context.cookies();
      if (cookies.length) fail(path, 'privacy/cookies', `[${theme}] sets ${cookies.map((c) => c.name).join(', ')}`);

      for (const request of requests) {
        const url = new URL(request.url);
        if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
        if (url.origin !== origin) fail(path, 'privacy/third-party-request', `[${theme}] ${request.type} ${request.url}`);
      }

      // Weights once per page (the same in both themes): gzip of everything the page requested,
      // plus the inline scripts and styles in its HTML.
      if (theme === 'light') {
        const inline = await page.evaluate(() => ({
          js: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
          css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
        }));
        const weight = { path, html: 0, css: 0, js: 0, total: 0, requests: 0 };
        const seen = new Set();
        for (const request of requests) {
          const url = new URL(request.url);
          if (url.origin !== origin || seen.has(url.pathname)) continue;
          seen.add(url.pathname);
          const pathname = safeDecode(url.pathname);
          const size = await gzipOf(pathname);
          weight.requests += 1;
          weight.total += size;
          if (request.type === 'document') weight.html += size;
          if (request.type === 'stylesheet') weight.css += size;
          if (request.type === 'script') weight.js += size;
        }
        const inlineJs = inline.js.length ? gzipSize(inline.js.join('\n')) : 0;
        const inlineCss = inline.css.length ? gzipSize(inline.css.join('\n')) : 0;
        weight.js += inlineJs;
        weight.css += inlineCss;
        weights.push(weight);
        for (const problem of budgetProblems(weight)) fail(path, problem.rule, problem.detail);
        await page.setViewportSize(NARROW);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) fail(path, 'narrow/scrolls-sideways', `scrolls sideways by ${overflow} px at ${NARROW.width} px`);
      }
    } catch (error) {
      fail(path, 'browser', `[${theme}] ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    } finally {
      await context.clearCookies();
      if (theme === 'light') await page.setViewportSize(DESKTOP).catch(() => {});
      themesDone.set(path, (themesDone.get(path) ?? 0) + 1);
      if (themesDone.get(path) === visitsOf(path)) onPageDone(++pagesDone, paths.length);
    }
  }

  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
        /** @type {Partial<Record<Visit, Awaited<ReturnType<typeof openTab>>>>} */
        const tabs = {};
        while (next < jobs.length) {
          const job = jobs[next++];
          tabs[job.theme] ??= await openTab(job.theme);
          await run(job, /** @type {Awaited<ReturnType<typeof openTab>>} */ (tabs[job.theme]));
        }
      }),
    );
  } finally {
    await browser.close();
  }
  weights.sort((a, b) => a.path.localeCompare(b.path));
  const noJsPages = jobs.filter((job) => job.theme === 'no-js').length;
  return { failures, weights, runs: jobs.length - noJsPages, noJsPages };
}
