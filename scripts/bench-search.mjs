// Search latency benchmark: the median time from a keystroke in the search box to its results
// being rendered, over 20 queries taken from the built site's own data (titles and aliases).
// Needs a build first (npm run build). Serves dist/ itself on 127.0.0.1 (a plain static server:
// astro preview allows one server per project, and the tests may hold it), drives Debian's
// Chromium with Playwright, and prints each query's time and the median.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const dist = process.env.UPRIGHT_OUT_DIR ?? 'dist';
const QUERY_COUNT = 20;

function queries() {
  const read = (name) => JSON.parse(readFileSync(`${dist}/data/${name}`, 'utf8')).items;
  const names = [...read('muscles.json'), ...read('moves.json')].flatMap((item) => [item.title, ...item.aliases]);
  // Spread the picks over the list so they mix muscles, moves and nicknames, deterministically.
  const step = Math.max(1, Math.floor(names.length / QUERY_COUNT));
  const picked = [];
  for (let i = 0; picked.length < QUERY_COUNT && i < names.length; i += step) picked.push(names[i].toLowerCase());
  if (picked.length < QUERY_COUNT) throw new Error(`only ${picked.length} names in the data; need ${QUERY_COUNT}`);
  return picked;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

const server = createServer(async (req, res) => {
  try {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, pathname));
    if (!file.startsWith(normalize(dist))) throw new Error('outside dist');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

let browser;
try {
  browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.goto(`${base}/search/`);
  await page.waitForSelector('search-app[data-ready="true"]');
  const input = page.locator('#search-q');
  // Warm up: the first search loads Pagefind's code and index; a visitor pays that once.
  await input.fill('row');
  await page.waitForSelector('search-app[data-query="row"]:not([data-busy])');

  const times = [];
  for (const query of queries()) {
    const head = query.slice(0, -1);
    const last = query.slice(-1);
    await input.fill(head);
    await page.waitForFunction((q) => {
      const app = document.querySelector('search-app');
      return app?.dataset.query === q.trim().replace(/\s+/g, ' ') && !app.dataset.busy;
    }, head);
    // Measured inside the page: from the keydown of the last character to the rendered results.
    const timing = page.evaluate((q) => new Promise((resolve) => {
      let start = 0;
      document.addEventListener('keydown', () => { start = performance.now(); }, { once: true, capture: true });
      document.addEventListener('search:rendered', function done(event) {
        if (event.detail.query !== q) return;
        document.removeEventListener('search:rendered', done);
        requestAnimationFrame(() => resolve({ ms: performance.now() - start, total: event.detail.total }));
      });
    }), query);
    await page.waitForTimeout(20);
    await input.press(last === ' ' ? 'Space' : last);
    const { ms, total } = await timing;
    times.push(ms);
    console.log(`${ms.toFixed(1).padStart(7)} ms  ${String(total).padStart(3)} results  "${query}"`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  console.log(`\nmedian keystroke-to-results: ${median.toFixed(1)} ms over ${times.length} queries (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
} catch (error) {
  console.error(`bench:search failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.close();
}
