#!/usr/bin/env node
// @ts-check
// The engine smoke (npm test runs it alongside the browser tests): the same few visitor journeys in
// Chromium, Firefox ESR (WebDriver BiDi) and WebKit (WebKitWebDriver + MiniBrowser under Xvfb),
// on the built site, with page errors and CSP violations failing the run in every engine.
// The steps are tests/engines/smoke.mjs. Each engine gets a fresh browser and server; the last
// step closes the server to load pages from the service worker alone.
//
//   node scripts/test-engines.mjs [--engine chromium|firefox|webkit ...] [--dist dist]
//   PORT=4405 serves the site on a fixed port (default: any free port)
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareSite, serveSite } from '../tests/engines/server.mjs';
import { SMOKE_STEPS, collectedErrors, failOn } from '../tests/engines/smoke.mjs';
import { launchPuppeteer } from '../tests/engines/drivers/puppeteer.mjs';
import { launchWebKit } from '../tests/engines/drivers/webkit.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */
/** @type {Record<Engine, () => Promise<import('../tests/engines/smoke.mjs').EngineDriver>>} */
const LAUNCH = {
  chromium: () => launchPuppeteer('chromium'),
  firefox: () => launchPuppeteer('firefox'),
  webkit: () => launchWebKit(),
};
/** A step that hangs (a driver that stopped answering) fails rather than stalls npm test. */
const STEP_TIMEOUT_MS = 90_000;

const { values } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true, default: ['chromium', 'firefox', 'webkit'] },
    dist: { type: 'string', default: process.env.UPRIGHT_OUT_DIR ?? 'dist' },
  },
});
const distDir = resolve(values.dist ?? 'dist');
const engines = /** @type {Engine[]} */ (values.engine ?? []);
for (const engine of engines) if (!(engine in LAUNCH)) throw new Error(`unknown engine ${engine}: chromium, firefox or webkit`);
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`test-engines: no built site in ${distDir}; run npm run build first`);
  process.exit(2);
}

/** Two moves from the site's own open data (never a hand-written list). */
async function movesToVisit() {
  const { items } = JSON.parse(await readFile(join(distDir, 'data/moves.json'), 'utf8'));
  const page = (/** @type {{ url: string, title: string }} */ m) => ({ url: new URL(m.url).pathname, title: m.title });
  return { move: page(items.find((/** @type {any} */ m) => m.kind === 'exercise')), otherMove: page(items.find((/** @type {any} */ m) => m.kind === 'stretch')) };
}

/**
 * @template T @param {Promise<T>} promise @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS)));
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

const seconds = (/** @type {number} */ since) => ((performance.now() - since) / 1000).toFixed(1);
const site = await prepareSite(distDir);
const moves = await movesToVisit();
let passed = 0;
let failed = 0;
/** @type {string[]} */
const summary = [];
try {
  for (const engine of engines) {
    const started = performance.now();
    const server = await serveSite(site.dir, Number(process.env.PORT ?? 0));
    let serverOpen = true;
    const closeServer = async () => {
      if (serverOpen) await server.close();
      serverOpen = false;
      // Gone for the browser too: a kept-alive connection must not still answer.
      if (await fetch(server.origin).then(() => true, () => false)) throw new Error('the server still answers after closing');
    };
    /** @type {import('../tests/engines/smoke.mjs').EngineDriver | undefined} */
    let driver;
    let engineFailed = 0;
    try {
      driver = await withTimeout(LAUNCH[engine](), `starting ${engine}`);
      console.log(`\n${engine}: ${driver.version}`);
      for (const step of SMOKE_STEPS) {
        const stepStarted = performance.now();
        if (step.needs === 'print' && !driver.print) {
          console.log(`  – ${step.name}: not in ${engine} (${driver.cannotPrint})`);
          continue;
        }
        try {
          const active = driver;
          await withTimeout(step.run(active, { origin: server.origin, ...moves, closeServer }), step.name);
          failOn(await collectedErrors(active));
          passed += 1;
          console.log(`  ✓ ${step.name} (${seconds(stepStarted)} s)`);
        } catch (error) {
          failed += 1;
          engineFailed += 1;
          console.log(`  ✗ ${step.name} (${seconds(stepStarted)} s)\n    ${/** @type {Error} */ (error).message}`);
        }
      }
    } catch (error) {
      failed += SMOKE_STEPS.length;
      engineFailed += SMOKE_STEPS.length;
      console.log(`\n${engine}: could not start: ${/** @type {Error} */ (error).message}`);
    } finally {
      await driver?.close().catch(() => undefined);
      await closeServer();
    }
    summary.push(`  ${engine.padEnd(9)} ${`${seconds(started)} s`.padStart(8)}  ${engineFailed ? `${engineFailed} failed` : 'passed'}`);
  }
} finally {
  await site.remove();
}
console.log(`\nengine smoke:\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
