#!/usr/bin/env node
// @ts-check
// What the index pages load on arrival, gzip, at a phone's width (390 px) and a laptop's
// (1280 px): the page, its CSS and JavaScript and the lazy thumbnails in view, after the load and
// a quiet network. Budget 20 KB each; also prints the layout shift (CLS) while loading.
// Run after a build:  npm run size:arrival   (exit 1 over budget or with any layout shift)
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './check-site/serve.mjs';
import { gzipSize, kb, candidateFiles } from './check-site/lib.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ARRIVAL_BUDGET = 20 * 1024;
const PAGES = ['/', '/warm-ups/', '/exercises/', '/stretches/', '/muscles/', '/guides/'];
const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];

const distDir = resolve(process.env.UPRIGHT_OUT_DIR ?? 'dist');
/** @param {string} pathname */
async function gzipOf(pathname) {
  const file = candidateFiles(decodeURIComponent(pathname)).map((c) => join(distDir, c)).find((c) => existsSync(c));
  return file ? gzipSize(await readFile(file)) : 0;
}

const server = await serveDist(distDir, Number(process.env.PORT ?? 0));
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
let failed = false;
try {
  console.log(`arrival weight, gzip (budget ${kb(ARRIVAL_BUDGET)}):`);
  for (const path of PAGES) {
    const row = [];
    for (const viewport of WIDTHS) {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        Object.assign(window, { layoutShift: 0 });
        new PerformanceObserver((list) => {
          for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) /** @type {any} */ (window).layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      /** @type {Set<string>} */
      const requested = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.origin) requested.add(url.pathname);
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      const shift = await page.evaluate(() => /** @type {any} */ (window).layoutShift);
      let total = 0;
      let images = 0;
      for (const pathname of requested) {
        const size = await gzipOf(pathname);
        total += size;
        if (pathname.startsWith('/figures/')) images += 1;
      }
      const over = total > ARRIVAL_BUDGET || shift > 0;
      failed ||= over;
      row.push(`${viewport.width} px: ${kb(total).padStart(8)} (${images} figure files, CLS ${shift.toFixed(3)})${over ? ' OVER' : ''}`);
      await context.close();
    }
    console.log(`  ${path.padEnd(12)} ${row.join('   ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
