// Prints the offline figures (run after `npm run build`): the precache's total size (goal ≤ 3 MB),
// the worker's own size (≤ 8 KB gzip), and how long a second visit takes with no network, for a
// few pages. Exits 1 when a size goal is missed. Usage: npm run bench:offline [-- --dist dir]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './check-site/serve.mjs';

const distArg = process.argv.indexOf('--dist');
const dist = resolve(distArg > 0 ? process.argv[distArg + 1] : (process.env.UPRIGHT_OUT_DIR ?? 'dist'));
const PRECACHE_GOAL = 3 * 1024 * 1024;
const WORKER_GOAL = 8 * 1024;
const PAGES = ['/', '/exercises/', '/routine/', '/search/?q=row', '/guides/safety/'];

const worker = await readFile(join(dist, 'sw.js'), 'utf8');
// The precache manifest is the list of {url, revision} the build wrote into the worker.
const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
let precacheBytes = 0;
for (const url of urls) precacheBytes += (await readFile(join(dist, url))).length;
const workerGzip = gzipSync(worker).length;

const server = await serveDist(dist, 0);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const timings = [];
try {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
  await context.setOffline(true);
  for (const path of PAGES) {
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const ms = await page.evaluate(() => {
      const [nav] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
      return nav.loadEventEnd - nav.startTime;
    });
    timings.push({ path, ms });
  }
} finally {
  await browser.close();
  await server.close();
}

const mark = (ok) => (ok ? 'ok' : 'OVER');
console.log(`precache: ${urls.length} files, ${(precacheBytes / 1024 / 1024).toFixed(2)} MB (goal ≤ 3 MB: ${mark(precacheBytes <= PRECACHE_GOAL)})`);
console.log(`worker: sw.js ${(workerGzip / 1024).toFixed(1)} KB gzip (goal ≤ 8 KB: ${mark(workerGzip <= WORKER_GOAL)})`);
console.log('second visit, offline (navigation start to load end):');
for (const { path, ms } of timings) console.log(`  ${path.padEnd(18)} ${ms.toFixed(0)} ms`);
const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
console.log(`  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms`);
if (precacheBytes > PRECACHE_GOAL || workerGzip > WORKER_GOAL) process.exitCode = 1;
