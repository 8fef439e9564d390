#!/usr/bin/env node
// @ts-check
// npm run bench:lighthouse: Lighthouse (mobile, its default simulated throttling) with the system
// Chromium on the home page, a muscle page, an exercise page, /routine/, /progress/ and /search/ of the
// built site. Prints the four category scores, LCP, CLS, TBT and transfer size, and writes the
// table to docs/benchmarks.md. Goal: 100 in every category on every page. A benchmark, not a
// test: it exits 0 whatever the scores (it exits 1 only if it cannot measure).
//
//   npm run build && npm run bench:lighthouse [-- --dist dist] [-- --no-write]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './find-chromium.mjs';
import { serveDist } from './check-site/serve.mjs';
import { replaceSection } from './bench-report.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'no-write': { type: 'boolean', default: false },
  },
});
const distDir = resolve(values.dist ?? 'dist');
if (!existsSync(join(distDir, 'sitemap.xml'))) {
  console.error(`bench:lighthouse: no built site in ${distDir}; run npm run build first`);
  process.exit(1);
}

// The pages: picked from the sitemap so they follow the content.
const sitemap = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const firstIn = (/** @type {string} */ section) => paths.find((p) => p.startsWith(`/${section}/`) && p !== `/${section}/`);
const pages = [
  ['home', '/'],
  ['muscle page', firstIn('muscles')],
  ['exercise page', firstIn('exercises')],
  ['routine builder', '/routine/'],
  ['player', '/routine/play/'],
  ['progress', '/progress/'],
  ['search', '/search/'],
].filter((entry) => entry[1]);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = process.env.CHROME_PATH ?? (await findChromium());
if (!chromePath) {
  console.error('bench:lighthouse: no system Chromium found; set CHROME_PATH');
  process.exit(1);
}

const server = await serveDist(distDir, Number(process.env.PORT ?? 0));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
/** @type {{ name: string, path: string, scores: Record<string, number>, lcp: number, cls: number, tbt: number, bytes: number }[]} */
const rows = [];
try {
  // One discarded run first: Chromium's first page load (caches, JIT) is not what a visitor sees.
  await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  for (const [name, path] of /** @type {[string, string][]} */ (pages)) {
    // A loaded machine sometimes loses the trace (NO_NAVSTART): measure again, up to three times.
    let lhr;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      lhr = result?.lhr;
      if (lhr && !lhr.runtimeError) break;
      console.error(`${path}: attempt ${attempt}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    }
    if (!lhr || lhr.runtimeError) throw new Error(`${path}: Lighthouse could not measure the page`);
    const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    const row = {
      name,
      path,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      bytes: audit('total-byte-weight'),
    };
    rows.push(row);
    const below = CATEGORIES.filter((id) => row.scores[id] < 100);
    console.log(
      `${name.padEnd(16)} ${path.padEnd(34)} perf ${row.scores.performance} a11y ${row.scores.accessibility} bp ${row.scores['best-practices']} seo ${row.scores.seo}` +
        `  LCP ${(row.lcp / 1000).toFixed(2)} s  CLS ${row.cls.toFixed(3)}  TBT ${Math.round(row.tbt)} ms  ${(row.bytes / 1024).toFixed(1)} KB`,
    );
    // Say why a category is below 100, so the figure is actionable.
    for (const id of below) {
      const failing = (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      console.log(`  ${id} < 100: ${failing.join(', ') || '(no weighted audit failed; score rounding)'}`);
      for (const auditId of failing) {
        const items = /** @type {any} */ (lhr.audits[auditId]?.details)?.items ?? [];
        for (const item of items.slice(0, 3)) console.log(`    ${auditId}: ${JSON.stringify(item).slice(0, 300)}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${chromePath}`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Mobile form factor, Lighthouse's default simulated throttling; transfer sizes with gzip as served by the checker's static server.`,
  '',
  '| Page | Path | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT | Transfer |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | \`${r.path}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ${(r.bytes / 1024).toFixed(1)} KB |`,
  ),
].join('\n');
const perfect = rows.every((r) => CATEGORIES.every((id) => r.scores[id] === 100));
console.log(perfect ? 'bench:lighthouse: 100 in every category on every page' : 'bench:lighthouse: below 100 somewhere (see above)');
if (!values['no-write']) {
  await replaceSection('docs/benchmarks.md', 'lighthouse', table);
  console.log('written to docs/benchmarks.md');
}
