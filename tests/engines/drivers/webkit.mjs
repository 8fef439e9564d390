// @ts-check
// WebKit: Debian's WebKitWebDriver driving its MiniBrowser (the WebKitGTK engine behind Safari's),
// under an Xvfb display the smoke starts and stops itself, since MiniBrowser has no headless mode.
// The client is the few W3C WebDriver commands the smoke uses, over fetch: the npm WebDriver
// clients bring in a hundred packages and driver downloaders for browsers this one does not need.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** @typedef {import('../smoke.mjs').EngineDriver} EngineDriver */

const MINIBROWSER_PATHS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser'];
const INSTALL = 'install Debian\'s webkit2gtk-driver and xvfb (sudo apt-get install webkit2gtk-driver xvfb)';

/** @returns {Promise<number>} a port free right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts Xvfb on the first free display it finds (-displayfd writes the number it took).
 * @returns {Promise<{ display: string, stop: () => void }>}
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let errors = '';
    xvfb.stderr?.on('data', (chunk) => (errors += chunk));
    xvfb.once('error', () => reject(new Error(`Xvfb could not start: ${INSTALL}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.slice(-300)}`)));
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).once('data', (chunk) => {
      resolve({ display: `:${String(chunk).trim()}`, stop: () => xvfb.kill() });
    });
  });
}

/**
 * @param {string} base the driver's address
 * @param {'GET' | 'POST' | 'DELETE'} method @param {string} path @param {unknown} [body]
 */
async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const { value } = /** @type {{ value: any }} */ (await response.json());
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

/** @returns {Promise<EngineDriver>} */
export async function launchWebKit() {
  const binary = process.env.WEBKIT_MINIBROWSER ?? MINIBROWSER_PATHS.find((path) => existsSync(path));
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  const stop = () => {
    driver.kill();
    xvfb.stop();
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await new Promise((resolve, reject) => {
      driver.once('error', () => reject(new Error(`WebKitWebDriver could not start: ${INSTALL}`)));
      const poll = () => fetch(`${base}/status`).then(resolve, () => setTimeout(poll, 100));
      poll();
    });
    const options = binary ? { binary, args: ['--automation'] } : { args: ['--automation'] };
    const session = await command(base, 'POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': options } } });
    const at = `/session/${session.sessionId}`;
    await command(base, 'POST', `${at}/window/rect`, { width: 1280, height: 900 });
    return {
      version: `MiniBrowser (WebKitGTK ${session.capabilities.browserVersion})`,
      async goto(url) {
        await command(base, 'POST', `${at}/url`, { url });
      },
      async evaluate(fn, ...args) {
        // The async form, so a function that returns a promise is awaited in every engine.
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
            .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
        const result = await command(base, 'POST', `${at}/execute/async`, { script, args });
        if (result?.error) throw new Error(result.error);
        return result?.value;
      },
      async click(selector) {
        const element = await command(base, 'POST', `${at}/element`, { using: 'css selector', value: selector });
        await command(base, 'POST', `${at}/element/${Object.values(element)[0]}/click`, {});
      },
      // Its WebDriver answers "unknown command" to Print Page (tried with WebKitGTK 2.50), and
      // WebDriver cannot switch a page to print media: printing is checked in the other two.
      cannotPrint: 'WebKitWebDriver has no Print Page command',
      async close() {
        await command(base, 'DELETE', at).catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
