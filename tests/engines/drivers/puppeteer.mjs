// @ts-check
// Chromium (over the DevTools protocol) and Firefox ESR (over WebDriver BiDi), both through
// puppeteer-core and the system's browsers: nothing is downloaded.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';

/** @typedef {import('../smoke.mjs').EngineDriver} EngineDriver */

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** @returns {string} */
function firefoxPath() {
  const path = process.env.FIREFOX_PATH ?? FIREFOX_PATHS.find((candidate) => existsSync(candidate));
  if (!path) throw new Error('no Firefox found for the engine smoke: install Debian\'s firefox-esr (sudo apt-get install firefox-esr) or set FIREFOX_PATH');
  return path;
}

/** @returns {Promise<string>} */
async function chromiumPath() {
  const path = await findChromium();
  if (path) return path;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/**
 * @param {'chromium' | 'firefox'} engine
 * @returns {Promise<EngineDriver>}
 */
export async function launchPuppeteer(engine) {
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: firefoxPath(), headless: true }
      : { browser: 'chrome', executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS },
  );
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    version: await browser.version(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate(fn, ...args) {
      // Puppeteer's own typing wants its EvaluateFunc; the driver's contract is the same shape.
      return page.evaluate(/** @type {any} */ (fn), ...args);
    },
    async click(selector) {
      await page.click(selector);
    },
    async print(paper) {
      return page.pdf({ format: paper });
    },
    async close() {
      await browser.close();
    },
  };
}
