// @ts-check
// The checks that need a browser: axe on every page in both themes, the request log (no other
// origin, what a page loads and how much), cookies, CSP violations and console errors.
// One Chromium, a few pages at a time. The light theme runs every axe rule; the dark theme, the
// same markup in other colours, runs the colour rules (see ./axe.mjs). The light visit also checks
// that the page does not scroll sideways at 320 px; a third visit with JavaScript off checks that
// the page reads without it (./no-js.mjs). One crawl for all of them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findTestChromium, CHROMIUM_ARGS } from '../find-chromium.mjs';
import { budgetProblems } from './budgets.mjs';
import { gzipSize } from './lib.mjs';
import { fileFor } from './static-page.mjs';
import { noJsProblems } from './no-js.mjs';
import { DESKTOP, openTab, pageWeight, quiet, visitProblems } from './tab.mjs';

/** @typedef {{ page: string, rule: string, detail: string }} Failure */
/** @typedef {import('./tab.mjs').Weight} Weight */
/** @typedef {import('./tab.mjs').Tab} Tab */

/** A path no page has: the host answers 404 with the 404 page, which is checked like any other. */
export const MISSING_PATH = '/this-page-does-not-exist/';

const THEMES = /** @type {const} */ (['light', 'dark']);
/** @typedef {import('./tab.mjs').Visit} Visit */
/** The narrowest screen the site supports: no page may scroll sideways there. */
const NARROW = { width: 320, height: 640 };

/** The gzip size of each file in dist, read once; a missing path is answered with the 404 page. @param {string} distDir */
function gzipReader(distDir) {
  /** @type {Map<string, number>} */
  const sizes = new Map();
  return async (/** @type {string} */ pathname) => {
    if (!sizes.has(pathname)) sizes.set(pathname, gzipSize(await readFile(join(distDir, fileFor(distDir, pathname) ?? '404.html'))));
    return /** @type {number} */ (sizes.get(pathname));
  };
}

/**
 * One visit: the page in a theme (or without JavaScript), every check, the weight once (light).
 * @param {{ path: string, theme: Visit }} job @param {Tab} tab
 * @param {{ origin: string, known: Set<string>, fail: (page: string, rule: string, detail: string) => void, weights: Weight[], gzipOf: (pathname: string) => Promise<number> }} env
 */
async function visit({ path, theme }, tab, { origin, known, fail, weights, gzipOf }) {
  const { context, page, log } = tab;
  log.requests = [];
  log.consoleErrors = [];
  log.lastActivity = performance.now();
  try {
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const expected = path === MISSING_PATH ? 404 : 200;
    if (response?.status() !== expected) fail(path, 'http-status', `got ${response?.status()}, expected ${expected}`);
    if (theme === 'no-js') {
      for (const problem of await noJsProblems(page, known)) fail(path, 'no-js', problem);
      return;
    }
    await quiet(log);
    for (const { rule, detail } of await visitProblems(tab, theme, origin)) fail(path, rule, detail);
    if (theme === 'light') {
      const weight = await pageWeight(tab, path, origin, gzipOf);
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
  }
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
  const browser = await chromium.launch({ executablePath: await findTestChromium(), args: CHROMIUM_ARGS });
  /** @type {{ path: string, theme: Visit }[]} */
  const jobs = paths.flatMap((path) => [...THEMES, ...(path === MISSING_PATH ? [] : /** @type {const} */ (['no-js']))].map((theme) => ({ path, theme })));
  const visitsOf = (/** @type {string} */ path) => (path === MISSING_PATH ? THEMES.length : THEMES.length + 1);
  const known = new Set([...paths.filter((path) => path !== MISSING_PATH), '/']);
  /** @type {Map<string, number>} visits checked per page */
  const visitsDone = new Map();
  let [next, pagesDone] = [0, 0];
  const env = { origin, known, fail, weights, gzipOf: gzipReader(distDir) };

  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
        /** @type {Partial<Record<Visit, Tab>>} */
        const tabs = {};
        while (next < jobs.length) {
          const job = jobs[next++];
          tabs[job.theme] ??= await openTab(browser, job.theme);
          await visit(job, /** @type {Tab} */ (tabs[job.theme]), env);
          visitsDone.set(job.path, (visitsDone.get(job.path) ?? 0) + 1);
          if (visitsDone.get(job.path) === visitsOf(job.path)) onPageDone(++pagesDone, paths.length);
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
