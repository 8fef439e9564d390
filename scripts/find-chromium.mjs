// Finds a Chromium for the browser tests, never downloading one: CHROMIUM_PATH if set, else a
// system Chromium or Chrome, else Playwright's own browser if one is installed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function playwrightBrowser() {
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/**
 * The lookup order, with each source replaceable so tests can stand in for a machine without one.
 * @param {{ env?: NodeJS.ProcessEnv, systemBrowsers?: string[], onPath?: (name: string) => string | undefined, playwrightPath?: () => Promise<string> }} [machine]
 * @returns {Promise<string | undefined>} a path, or undefined to use Playwright's own browser
 */
export async function findChromium({ env = process.env, systemBrowsers = SYSTEM_BROWSERS, onPath: which = onPath, playwrightPath = playwrightBrowser } = {}) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`);
    return env.CHROMIUM_PATH;
  }
  const system = systemBrowsers.find((path) => existsSync(path)) ?? which('chromium') ?? which('google-chrome');
  if (system) return system;
  if (existsSync(await playwrightPath())) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** Where Debian's chromium-headless-shell puts its binary. */
const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

/**
 * The browser for the test stages (browser tests, site checker): CHROMIUM_PATH if set, else
 * Chromium's headless-only build when it is installed (Debian: chromium-headless-shell, the same
 * engine and version as the chromium package; Playwright's own default for headless runs), which
 * needs about half the CPU of the full browser run headless; else whatever findChromium finds.
 * @param {Parameters<typeof findChromium>[0] & { headlessShells?: string[] }} [machine]
 * @returns {Promise<string | undefined>}
 */
export async function findTestChromium({ headlessShells = HEADLESS_SHELLS, ...machine } = {}) {
  const env = machine.env ?? process.env;
  const shell = env.CHROMIUM_PATH ? undefined : (headlessShells.find((path) => existsSync(path)) ?? (machine.onPath ?? onPath)('chromium-headless-shell'));
  return shell ?? findChromium(machine);
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'];

// Run directly (the test script does, before Playwright starts): fail at once with one line.
if (import.meta.url === `file://${process.argv[1]}`) {
  findTestChromium().then(
    (path) => console.log(`browser for the tests: ${path ?? "Playwright's own Chromium"}`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
