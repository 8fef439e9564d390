#!/usr/bin/env node
// @ts-check
// The site checker (npm run check:site; npm test runs it after the build, alongside the browser
// tests). Walks every page of the built site: valid HTML (html-validate and the Nu Html Checker),
// links/fragments/assets, meta and JSON-LD, CSP, size budgets, then axe in Chromium on every page of
// the sitemap in light and dark theme with the request log, no sideways scrolling at 320 px, and
// each page read with JavaScript off.
// Prints progress while the browser works, then one line per failure (page, rule, detail) and a
// summary line; exits 1 on any failure.
//
//   node scripts/check-site.mjs [--dist dist] [--static-only] [--concurrency 3] [--weights]
//   --weights prints each page's gzip weights at the end
//   PORT=4333 to serve dist on a fixed port (default: any free port)
import { resolve, join } from 'node:path';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { filesUnder } from './lib/files.mjs';
import { parseArgs } from 'node:util';
import { staticChecks } from './check-site/static.mjs';
import { browserChecks, MISSING_PATH } from './check-site/browser.mjs';
import { serveDist } from './check-site/serve.mjs';
import { APP_ROUTES, atOnceArrival, isContentPage, jsBudget, jsBudgetProblems } from './check-site/budgets.mjs';
import { formatFailure, htmlSinks, kb, unreachablePages } from './check-site/lib.mjs';
import { measurePageJs } from './check-site/page-js.mjs';
import { nuChecks } from './check-site/nu.mjs';

const SITE_ORIGIN = 'https://upright.example';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.UPRIGHT_OUT_DIR ?? 'dist' },
    'static-only': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '3' },
    weights: { type: 'boolean', default: false },
  },
});
const distDir = resolve(values.dist ?? 'dist');
const started = performance.now();
const secondsSince = (/** @type {number} */ start) => ((performance.now() - start) / 1000).toFixed(1);

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`check-site: no built site in ${distDir}; run npm run build first`);
  process.exit(2);
}

/** Source files that build HTML from strings at runtime (URL or user input could reach them). */
async function sourceChecks() {
  const failures = [];
  for (const file of await filesUnder(resolve('src'))) {
    if (!/\.(astro|ts|tsx|js|mjs|jsx)$/.test(file)) continue;
    for (const sink of htmlSinks(await readFile(join('src', file), 'utf8'))) {
      failures.push({ page: `src/${file}:${sink.line}`, rule: 'no-html-from-strings', detail: `${sink.match} builds HTML from a string; build DOM nodes or let Astro/Preact escape text` });
    }
  }
  return failures;
}

// The Nu Html Checker over every page and SVG in dist, in one Java process (scripts/check-site/nu.mjs),
// started first: it runs alongside the other checks and is awaited at the end.
const nuRun = filesUnder(distDir, { skip: (file) => file.startsWith('pagefind/') }).then((files) => nuChecks({ distDir, files }));
const { failures, pages, sitemapPaths } = await staticChecks({ distDir, siteOrigin: SITE_ORIGIN });
if (existsSync(resolve('src'))) failures.push(...(await sourceChecks()));
// JavaScript on arrival and on use, measured from the build for every page (page-js.mjs, which
// `npm run size` shares) against the budget table (JS_BUDGETS).
const jsFiles = new Map();
const pageJs = pages.map((page) => measurePageJs(distDir, page.html, page.path, jsFiles));
for (const js of pageJs) for (const problem of jsBudgetProblems(js)) failures.push({ page: js.path, ...problem });
// Every page of the sitemap is reachable by following links from the home page.
for (const path of unreachablePages(new Map(pages.map((p) => [p.path, p.html])), sitemapPaths)) {
  failures.push({ page: path, rule: 'unreachable', detail: 'no chain of links from the home page leads here' });
}
console.log(`check-site: static checks of ${pages.length} pages done in ${secondsSince(started)} s (${failures.length} failure${failures.length === 1 ? '' : 's'} so far)`);

/** @type {import('./check-site/browser.mjs').Weight[]} */
let weights = [];
let runs = 0;
let noJsPages = 0;
if (!values['static-only']) {
  const server = await serveDist(distDir, Number(process.env.PORT ?? 0));
  try {
    // Crawl from the sitemap (every page but the 404 is in it; the static checks fail if not), plus the 404.
    const paths = [...new Set([...sitemapPaths, ...(pages.some((p) => p.file === '404.html') ? [MISSING_PATH] : [])])];
    // About ten progress lines, whatever the number of pages.
    const step = Math.max(1, Math.ceil(paths.length / 10));
    const onPageDone = (/** @type {number} */ done, /** @type {number} */ total) => {
      if (done % step === 0 || done === total) console.log(`check-site: browser checks ${done}/${total} pages (${secondsSince(started)} s)`);
    };
    const result = await browserChecks({ distDir, origin: server.origin, paths, concurrency: Number(values.concurrency), onPageDone });
    failures.push(...result.failures);
    runs = result.runs;
    noJsPages = result.noJsPages;
    weights = result.weights;
  } finally {
    await server.close();
  }
}

const nu = await nuRun;
failures.push(...nu.failures);
for (const line of nu.lines) console.log(line);

if (values.weights && weights.length) {
  console.log('page weights, gzip (html / css / js / everything loaded):');
  for (const w of weights) {
    console.log(`  ${w.path.padEnd(44)} ${kb(w.html).padStart(8)} ${kb(w.css).padStart(8)} ${kb(w.js).padStart(8)} ${kb(w.total).padStart(8)}${isContentPage(w.path) ? '' : '  (app route)'}`);
  }
}
console.log('JavaScript on arrival, gzip (on-use chunks: largest):');
for (const js of pageJs.filter((p) => APP_ROUTES.includes(p.path) || p.path === '/')) {
  const budget = jsBudget(js.path);
  const largest = Math.max(0, ...js.onUse.map((c) => c.bytes));
  console.log(`  ${js.path.padEnd(16)} ${kb(js.arrival).padStart(8)}  budget ${kb(budget.arrival)}${budget.target ? `, target ${kb(budget.target)}` : ''}${largest ? `; on use up to ${kb(largest)}` : ''}`);
  const atOnce = atOnceArrival(js);
  if (atOnce && budget.atOnce) console.log(`  ${''.padEnd(16)} ${kb(atOnce.bytes).padStart(8)}  when ${atOnce.when}: budget ${kb(budget.atOnce.arrival)}${budget.atOnce.target ? `, target ${kb(budget.atOnce.target)}` : ''}`);
}
failures.sort((a, b) => a.page.localeCompare(b.page) || a.rule.localeCompare(b.rule));
for (const failure of failures) console.log(formatFailure(failure));
const browserPart = values['static-only'] ? 'browser checks skipped' : `${runs} axe runs (every rule in light, colour rules in dark), ${noJsPages} pages read without JavaScript`;
console.log(`check-site: ${pages.length} pages, ${browserPart}, ${failures.length} failure${failures.length === 1 ? '' : 's'} in ${secondsSince(started)} s`);
process.exit(failures.length ? 1 : 0);
