// @ts-check
// The budgets, one table looked up by path, and what a page's measured weights break of them.
// Pure, like lib.mjs: unit-tested in Node (tests/unit/scripts/check-site.test.ts).
import { kb } from './lib.mjs';

/** The page budgets, in bytes after gzip. 14 KB of HTML fits in the first round trip. */
export const BUDGETS = Object.freeze({
  html: 14 * 1024,
  css: 10 * 1024,
  contentPageTotal: 50 * 1024,
  /** A move page's figures (start, end, motion; one or two views) with their keyframes, together. */
  moveFigures: 3 * 1024,
});

/**
 * JavaScript budgets, gzip bytes, looked up by path: what a page runs on arrival (before the
 * first interaction, inline scripts included) and each chunk it loads on use (issue 21: 15 KB).
 * `atOnce` is the chunk a page's element loads without waiting for a tap when the link or the
 * device holds something to show (a plan, a program): that chunk runs before the first
 * interaction too, so it counts with the arrival. `target` is where issue 21 wants a figure that
 * does not get there yet: the budget holds today's figure, and the reports print both.
 */
/** @typedef {{ when: string, chunk: string, arrival: number, target?: number }} AtOnce */
/** @typedef {{ name: string, arrival: number, target?: number, atOnce?: AtOnce }} PageJsBudget */
export const JS_BUDGETS = Object.freeze({
  contentPage: /** @type {PageJsBudget} */ ({ name: 'a content page (theme toggle, search shortcut, offline support)', arrival: 2 * 1024 }),
  pages: /** @type {Record<string, PageJsBudget>} */ ({
    '/routine/': {
      name: 'the routine builder', arrival: 9 * 1024,
      atOnce: { when: 'the link carries a plan', chunk: 'builder-core', arrival: 11.5 * 1024, target: 9 * 1024 },
    },
    '/routine/play/': { name: 'the player', arrival: 12.5 * 1024, target: 10 * 1024 },
    '/progress/': {
      name: 'the progress log', arrival: 10 * 1024, target: 8 * 1024,
      atOnce: { when: 'a program is saved on the device', chunk: 'program-line', arrival: 21 * 1024, target: 8 * 1024 },
    },
    '/program/': {
      name: 'the program', arrival: 10 * 1024,
      atOnce: { when: 'the link or the device holds a program', chunk: 'planner', arrival: 17 * 1024 },
    },
    '/search/': { name: 'search', arrival: 4 * 1024 },
  }),
  onUseChunk: 15 * 1024,
});

/** Routes allowed more JavaScript than a content page: the builder, the player, the progress log, the program and search. */
export const APP_ROUTES = Object.freeze(Object.keys(JS_BUDGETS.pages));

/** @param {string} pathname */
export function isContentPage(pathname) {
  return !APP_ROUTES.includes(pathname);
}

/** @param {string} path @returns {PageJsBudget} */
export function jsBudget(path) {
  return JS_BUDGETS.pages[path] ?? JS_BUDGETS.contentPage;
}

/**
 * What a page's JavaScript (measurePageJs in page-js.mjs) breaks of its budgets.
 * @param {{ path: string, arrival: number, onUse: { name: string, bytes: number }[] }} js
 * @returns {{ rule: string, detail: string }[]}
 */
export function jsBudgetProblems({ path, arrival, onUse }) {
  const budget = jsBudget(path);
  const problems = [];
  if (arrival > budget.arrival) problems.push({ rule: 'budget/js', detail: `${kb(arrival)} gzip of JavaScript on arrival on ${budget.name}, budget ${kb(budget.arrival)}` });
  for (const chunk of onUse) {
    if (chunk.bytes > JS_BUDGETS.onUseChunk) problems.push({ rule: 'budget/js-on-use', detail: `${chunk.name}: ${kb(chunk.bytes)} gzip loaded on use, budget ${kb(JS_BUDGETS.onUseChunk)} a chunk` });
  }
  const atOnce = atOnceArrival({ path, arrival, onUse });
  if (atOnce && budget.atOnce && atOnce.bytes > budget.atOnce.arrival) {
    problems.push({ rule: 'budget/js', detail: `${kb(atOnce.bytes)} gzip of JavaScript on arrival on ${budget.name} when ${budget.atOnce.when}, budget ${kb(budget.atOnce.arrival)}` });
  }
  if (budget.atOnce && !atOnce) problems.push({ rule: 'budget/js', detail: `no on-use chunk named ${budget.atOnce.chunk} on ${budget.name}: update JS_BUDGETS' atOnce` });
  return problems;
}

/**
 * A page's arrival when its element loads a chunk at once (JS_BUDGETS' atOnce): the arrival with
 * what that chunk adds; undefined for a page without one.
 * @param {{ path: string, arrival: number, onUse: { name: string, bytes: number }[] }} js
 * @returns {{ when: string, bytes: number } | undefined}
 */
export function atOnceArrival({ path, arrival, onUse }) {
  const atOnce = jsBudget(path).atOnce;
  const chunk = atOnce && onUse.find((c) => c.name.split('/').pop()?.startsWith(`${atOnce.chunk}.`));
  return atOnce && chunk ? { when: atOnce.when, bytes: arrival + chunk.bytes } : undefined;
}

/**
 * What a page's weights in the browser break of the budgets: CSS, and everything a content page
 * loads. (JavaScript is measured from the build: jsBudgetProblems.)
 * @param {{ path: string, css: number, total: number }} weight gzip bytes the page loaded
 * @returns {{ rule: string, detail: string }[]}
 */
export function budgetProblems({ path, css, total }) {
  const problems = [];
  if (css > BUDGETS.css) problems.push({ rule: 'budget/css', detail: `${kb(css)} gzip, budget ${kb(BUDGETS.css)}` });
  if (isContentPage(path) && total > BUDGETS.contentPageTotal) problems.push({ rule: 'budget/total', detail: `${kb(total)} gzip loaded, budget ${kb(BUDGETS.contentPageTotal)}` });
  return problems;
}
