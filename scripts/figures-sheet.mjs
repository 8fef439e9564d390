#!/usr/bin/env node
/**
 * A review sheet (not a test): every move's figure, named, start and end side by side, written
 * to figures-sheet.html and figures-sheet.png (Chromium screenshot) for a check by eye.
 * Reads the content files directly, so it works while a figure is still being written.
 * Usage: npm run figures:sheet [-- --extra <folder of slug.yaml figure blocks>] [--out <dir>]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { load } from 'js-yaml';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const out = arg('--out') ?? '.cache/figures';
const extra = arg('--extra');

const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { figureSchema } = await server.ssrLoadModule('/src/schemas/figure.ts');
  const { renderStill, figureFrame } = await server.ssrLoadModule('/src/lib/figure/render.ts');
  const { svgText } = await server.ssrLoadModule('/src/lib/figure/svg-tree.ts');
  const entries = [];
  for (const folder of ['warmups', 'exercises', 'stretches']) {
    for (const name of readdirSync(join('content', folder)).filter((f) => f.endsWith('.mdx')).sort()) {
      const text = readFileSync(join('content', folder, name), 'utf8');
      const data = load(/^---\n([\s\S]*?)\n---/.exec(text)[1]);
      entries.push({ slug: name.replace('.mdx', ''), title: data.title, figure: data.figure });
    }
  }
  if (extra) {
    for (const name of readdirSync(extra).filter((f) => f.endsWith('.yaml')).sort()) {
      entries.push({ slug: name.replace('.yaml', ''), title: `${name.replace('.yaml', '')} (pending)`, figure: load(readFileSync(join(extra, name), 'utf8')).figure });
    }
  }
  const cells = entries.map(({ slug, title, figure }) => {
    if (!figure) return `<section><h2>${title}</h2><p class="bad">no figure yet</p></section>`;
    const parsed = figureSchema.safeParse(figure);
    if (!parsed.success) return `<section><h2>${title}</h2><p class="bad">${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('<br>')}</p></section>`;
    const frame = figureFrame(parsed.data);
    const poses = Object.keys(parsed.data.poses);
    const order = ['start', ...poses.filter((p) => p !== 'start' && p !== 'end'), 'end'];
    const stills = order.map((pose) => `<div>${svgText(renderStill(parsed.data, pose, { label: `${title}: ${pose}`, width: 150 }, frame))}<p>${pose}</p></div>`).join('');
    return `<section><h2>${title} <small>${slug}</small></h2><div class="row">${stills}</div></section>`;
  });
  const html = `<!doctype html><meta charset="utf-8"><title>Upright figures</title><style>
body{font:13px system-ui;margin:12px;background:#fbfaf7;color:#1b1f24}main{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
section{border:1px solid #d5d9df;border-radius:8px;padding:6px}h2{font-size:14px;margin:0 0 4px}small{color:#4a5360;font-weight:400}
.row{display:flex;gap:4px;align-items:flex-end}.row p{margin:0;text-align:center;color:#4a5360}.bad{color:#b3261e}
.text-accent{color:#0b5d6b}.text-muted{color:#8a8f98}.text-secondary{color:#b07a00}svg{height:auto;max-width:100%}</style>
<h1>Upright move figures (${entries.length})</h1><main>${cells.join('')}</main>`;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'figures-sheet.html'), html);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.setContent(html);
  await page.screenshot({ path: join(out, 'figures-sheet.png'), fullPage: true });
  await browser.close();
  console.log(`Wrote ${join(out, 'figures-sheet.html')} and figures-sheet.png (${entries.length} moves).`);
} finally {
  await server.close();
}
