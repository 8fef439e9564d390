// @ts-check
// The site as the engine smoke serves it: a copy of dist whose pages load the error collector
// (collector.js) first, served like a static host by the site checker's server. Closing the
// server is how the smoke takes the network away ("the server is gone").
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../scripts/lib/files.mjs';
import { serveDist } from '../../scripts/check-site/serve.mjs';

export const COLLECTOR_PATH = '/__engines-smoke/collector.js';
export const ERRORS_KEY = 'upright-engines-smoke-errors';

/**
 * Copies dist once and adds the collector to every page.
 * @param {string} distDir
 * @returns {Promise<{ dir: string, remove: () => Promise<void> }>}
 */
export async function prepareSite(distDir) {
  const dir = await mkdtemp(join(tmpdir(), 'upright-engines-'));
  await cp(distDir, dir, { recursive: true });
  for (const file of await filesUnder(dir)) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(dir, file), 'utf8');
    await writeFile(join(dir, file), html.replace(/<head>/i, `<head><script src="${COLLECTOR_PATH}"></script>`));
  }
  // Kept fresh in the HTTP cache, so pages the service worker serves offline still load it.
  await writeFile(join(dir, '_headers'), `${await readFile(join(dir, '_headers'), 'utf8')}\n${COLLECTOR_PATH}\n  Cache-Control: public, max-age=3600\n`);
  await mkdir(dirname(join(dir, COLLECTOR_PATH)), { recursive: true });
  await copyFile(fileURLToPath(new URL('./collector.js', import.meta.url)), join(dir, COLLECTOR_PATH));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Serves the prepared copy on 127.0.0.1 (a secure context, so the service worker runs).
 * @param {string} dir @param {number} port 0 for any free port
 */
export async function serveSite(dir, port) {
  const server = await serveDist(dir, port);
  return { origin: server.origin.replace('localhost', '127.0.0.1'), close: server.close };
}
