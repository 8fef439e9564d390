// @ts-check
// The smoke run in every engine: what a visitor does, driven only through the pages' documented
// contracts (README: URL parameters, data attributes, button names), never a component's insides,
// so the builder's and the figures' rewrites keep passing. Each step ends by reading the errors
// and CSP violations the page collected (collector.js); any fails the step.
import { ERRORS_KEY } from './server.mjs';
import { pdfPageCount } from './pdf.mjs';

/**
 * @typedef {object} EngineDriver
 * @property {string} version
 * @property {(url: string) => Promise<void>} goto loads a URL and waits for its load event
 * @property {<A extends unknown[], R>(fn: (...args: A) => R, ...args: A) => Promise<Awaited<R>>} evaluate runs a function in the page
 * @property {(selector: string) => Promise<void>} click a real click on the first element matching
 * @property {(paper: 'A4' | 'Letter') => Promise<Uint8Array>} [print] the page as printed on that paper, as a PDF
 * @property {string} [cannotPrint] why a driver without `print` has none
 * @property {() => Promise<void>} close
 */
/** @typedef {{ origin: string, move: { url: string, title: string }, otherMove: { url: string, title: string }, closeServer: () => Promise<void> }} SmokeContext */
/** @typedef {{ name: string, needs?: 'print', run: (driver: EngineDriver, context: SmokeContext) => Promise<void> }} SmokeStep */

/** @template T @typedef {Exclude<T, null | undefined | false | 0 | ''>} Truthy */

/**
 * Calls a probe until it returns something truthy (an `{ error }` object counts as not yet).
 * @template R
 * @param {string} what said when it never comes @param {() => Promise<R>} probe
 * @returns {Promise<Truthy<R>>}
 */
export async function poll(what, probe, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe().catch((error) => /** @type {any} */ ({ error: String(error) }));
    if (last && !(typeof last === 'object' && 'error' in last)) return /** @type {Truthy<R>} */ (last);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last: ${JSON.stringify(last).slice(0, 200)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Polls a function in the page until it returns something truthy.
 * @template {unknown[]} A @template R
 * @param {EngineDriver} driver @param {string} what said when it never comes
 * @param {(...args: A) => R} fn @param {A} args
 * @returns {Promise<Truthy<Awaited<R>>>}
 */
export function waitFor(driver, what, fn, args, timeoutMs = 15_000) {
  return poll(what, () => driver.evaluate(fn, ...args), timeoutMs);
}

/**
 * Marks the first element matching a selector whose text or accessible label is `name`, so a
 * real click can target it by selector in every driver.
 * @param {EngineDriver} driver @param {string} scope CSS selector of the candidates @param {string} name @param {number} [timeoutMs]
 */
async function clickByName(driver, scope, name, timeoutMs = 15_000) {
  await waitFor(driver, `a "${name}" control`, (selector, wanted) => {
    for (const old of document.querySelectorAll('[data-engines-target]')) old.removeAttribute('data-engines-target');
    const match = [...document.querySelectorAll(selector)].find((el) => {
      const visible = /** @type {HTMLElement} */ (el).offsetParent !== null;
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      return visible && label === wanted;
    });
    match?.setAttribute('data-engines-target', '');
    return Boolean(match);
  }, [scope, name], timeoutMs);
  await driver.click('[data-engines-target]');
}

/** @param {EngineDriver} driver */
export async function collectedErrors(driver) {
  return driver.evaluate((key) => {
    const armed = sessionStorage.getItem(`${key}-armed`);
    const list = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    sessionStorage.removeItem(key);
    return armed ? list : ['the error collector did not run on this page'];
  }, ERRORS_KEY);
}

/** The builder's plan as the README's page contract shows it. */
const readPlan = () => {
  const plan = document.querySelector('[data-plan]');
  const moves = [...document.querySelectorAll('[data-phase][data-move]:not([data-move-thumb])')].map((el) => `${el.getAttribute('data-phase')}:${el.getAttribute('data-move')}`);
  return plan && plan.closest('[data-ready]') && moves.length ? { seed: plan.getAttribute('data-seed'), total: plan.getAttribute('data-total-seconds'), moves } : null;
};

const PLAN_QUERY = 'level=beginner&equipment=band&minutes=20&focus=balanced&seed=7';
/** The most a plan holds (every piece of equipment, 45 minutes, both add-ons): the fullest printout. */
const LONGEST_PLAN_QUERY = 'level=advanced&equipment=band,dumbbells,barbell,cable,bench,pullup-bar,stress-ball&minutes=45&focus=balanced&addons=core,grip&seed=3';

/** @type {SmokeStep[]} */
export const SMOKE_STEPS = [
  {
    name: 'a move page renders and its figure animates',
    async run(driver, { origin, move }) {
      await driver.goto(`${origin}${move.url}`);
      const title = await driver.evaluate(() => document.querySelector('h1')?.textContent?.trim());
      if (title !== move.title) throw new Error(`the page's heading is "${title}", not "${move.title}"`);
      // Moving: a running CSS animation in the motion figure, or a transform that changes.
      await waitFor(driver, 'the figure to move', async () => {
        const motion = [...document.querySelectorAll('figure[data-move-figure] svg[data-pose="motion"]')];
        if (!motion.length) return false;
        if (motion.some((svg) => svg.getAnimations({ subtree: true }).some((a) => a.playState === 'running'))) return true;
        const transforms = () => motion.flatMap((svg) => [...svg.querySelectorAll('*')].map((el) => getComputedStyle(el).transform)).join('|');
        const before = transforms();
        await new Promise((resolve) => setTimeout(resolve, 400));
        return transforms() !== before;
      }, []);
    },
  },
  {
    name: '/search/?q=row lists results',
    async run(driver, { origin }) {
      await driver.goto(`${origin}/search/?q=row`);
      const count = await waitFor(driver, 'search results', () => {
        const app = document.querySelector('search-app');
        if (app?.hasAttribute('data-error')) throw new Error(`search failed: ${app.getAttribute('data-error')}`);
        const done = app?.getAttribute('data-ready') === 'true' && !app.hasAttribute('data-busy') && app.getAttribute('data-query') === 'row';
        return done && document.querySelectorAll('[data-search-results] > li').length;
      }, []);
      if (count < 3) throw new Error(`only ${count} results for "row"`);
    },
  },
  {
    name: 'the builder builds, swaps, and its link rebuilds the same plan',
    async run(driver, { origin }) {
      await driver.goto(`${origin}/routine/?${PLAN_QUERY}`);
      const built = await waitFor(driver, 'the plan', readPlan, []);
      // Swap the first strength move with its own button (the README: a Swap button per move).
      await driver.evaluate(() => {
        const slot = document.querySelector('[data-phase="strength"][data-move]:not([data-move-thumb])');
        slot?.querySelector('button')?.setAttribute('data-engines-target', '');
      });
      await driver.click('[data-engines-target]');
      const swapped = await poll('the swap in the plan and the link', async () => {
        const plan = await driver.evaluate(readPlan);
        const link = await driver.evaluate(() => location.href);
        return plan && plan.moves.join() !== built.moves.join() && /[?&]swap=/.test(link) ? { plan, link } : null;
      });
      await driver.goto(swapped.link);
      const rebuilt = await waitFor(driver, 'the plan from the link', readPlan, []);
      if (JSON.stringify(rebuilt) !== JSON.stringify(swapped.plan)) throw new Error(`the link built ${JSON.stringify(rebuilt)}, not ${JSON.stringify(swapped.plan)}`);
    },
  },
  {
    // Issue 19's gym log: one sheet on either paper (Firefox once spilled a blank second page).
    name: 'the longest plan prints on one A4 and one Letter page, its stills loaded',
    needs: 'print',
    async run(driver, { origin }) {
      const print = driver.print;
      if (!print) throw new Error(`no print: ${driver.cannotPrint}`);
      await driver.goto(`${origin}/routine/?${LONGEST_PLAN_QUERY}`);
      await waitFor(driver, 'the plan', readPlan, []);
      await waitFor(driver, 'the printed stills to load', () => {
        const stills = [...document.querySelectorAll('img[data-print-still]')];
        return stills.length > 0 && stills.every((img) => /** @type {HTMLImageElement} */ (img).complete && /** @type {HTMLImageElement} */ (img).naturalWidth > 0);
      }, []);
      for (const paper of /** @type {const} */ (['A4', 'Letter'])) {
        const pages = pdfPageCount(await print(paper));
        if (pages !== 1) throw new Error(`the plan prints on ${pages} ${paper} pages, not 1`);
      }
    },
  },
  {
    // A move page's print styles (README "Printed pages"): two columns across at most two sheets.
    name: 'a move page prints on at most two A4 and two Letter sheets',
    needs: 'print',
    async run(driver, { origin, move }) {
      const print = driver.print;
      if (!print) throw new Error(`no print: ${driver.cannotPrint}`);
      await driver.goto(`${origin}${move.url}`);
      for (const paper of /** @type {const} */ (['A4', 'Letter'])) {
        const pages = pdfPageCount(await print(paper));
        if (pages < 1 || pages > 2) throw new Error(`${move.url} prints on ${pages} ${paper} sheets, not 1 or 2`);
      }
    },
  },
  {
    name: 'the player starts, counts down and pauses',
    async run(driver, { origin }) {
      await driver.goto(`${origin}/routine/play/?${PLAN_QUERY}`);
      await waitFor(driver, 'the player', () => Boolean(document.querySelector('[data-player]')?.closest('[data-ready]')), []);
      await clickByName(driver, '[data-player] button, [data-player-root] button', 'Start');
      const first = await waitFor(driver, 'a countdown', () => document.querySelector('[data-player]')?.getAttribute('data-state') === 'countdown' && Number(document.querySelector('[data-timer]')?.getAttribute('data-remaining')), []);
      await waitFor(driver, 'the countdown to go down', (from) => Number(document.querySelector('[data-timer]')?.getAttribute('data-remaining')) < from, [first]);
      // On a loaded machine the countdown can end as Pause is pressed, and a tap on the button the
      // next step replaces is lost: press again while the player still runs (Pause exists only then).
      // Paused: the timer's seconds as a one-item list (a step at the person's own pace has none).
      const pausedAt = () => (document.querySelector('[data-player]')?.getAttribute('data-state') === 'paused' ? [document.querySelector('[data-timer]')?.getAttribute('data-remaining') ?? ''] : null);
      const [paused] = await poll('the paused state', async () => {
        const now = await driver.evaluate(pausedAt);
        if (!now) await clickByName(driver, '[data-player] button, [data-player-root] button', 'Pause', 2_000).catch(() => undefined);
        return now ?? driver.evaluate(pausedAt);
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = await driver.evaluate(() => document.querySelector('[data-timer]')?.getAttribute('data-remaining') ?? '');
      if (later !== paused) throw new Error(`paused at ${paused} s, but the timer moved on to ${later} s`);
    },
  },
  {
    name: 'a session logged shows on /progress/',
    async run(driver, { origin }) {
      await driver.goto(`${origin}/routine/?${PLAN_QUERY}`);
      await waitFor(driver, 'the plan', readPlan, []);
      await clickByName(driver, 'button', 'Log this session');
      await waitFor(driver, '"Logged." in the status', () => document.querySelector('[data-log-status]')?.textContent?.includes('Logged.'), []);
      await driver.goto(`${origin}/progress/`);
      const shown = await waitFor(driver, 'the log', () => document.querySelector('progress-log[data-ready]') && { count: document.querySelector('[data-log-count]')?.textContent, items: document.querySelectorAll('[data-session-list] > li').length }, []);
      if (shown.count !== '1' || shown.items !== 1) throw new Error(`the log shows ${shown.count} sessions and ${shown.items} list items, not 1`);
    },
  },
  {
    name: 'once the service worker controls the page, pages load with the server gone',
    async run(driver, { origin, otherMove, closeServer }) {
      await driver.goto(`${origin}/`);
      await waitFor(driver, 'the service worker to take control', () => Boolean(navigator.serviceWorker?.controller), [], 45_000);
      await collectedErrors(driver).then(failOn);
      await closeServer();
      await driver.goto(`${origin}${otherMove.url}`);
      const title = await driver.evaluate(() => document.querySelector('h1')?.textContent?.trim());
      if (title !== otherMove.title) throw new Error(`offline, ${otherMove.url} shows "${title}", not "${otherMove.title}"`);
      await driver.goto(`${origin}/routine/?${PLAN_QUERY}`);
      await waitFor(driver, 'the builder offline', readPlan, []);
    },
  },
];

/** @param {string[]} errors */
export function failOn(errors) {
  if (errors.length) throw new Error(`page errors or CSP violations:\n    ${errors.join('\n    ')}`);
}
