#!/usr/bin/env node
/**
 * A review sheet (not a test): every view of every move's figure, named, start and end at card
 * size and at page size with the caption, written to figures-sheet.html and figures-sheet.png
 * (Chromium screenshot) for a check by eye. Reads the content files directly.
 * Usage: npm run figures:sheet [-- --only <slug,slug>] [--out <dir>]
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { load } from 'js-yaml';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const out = arg('--out') ?? '.cache/figures';
const only = arg('--only')?.split(',');

const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { figureSchema: figure3Schema } = await server.ssrLoadModule('/src/schemas/figure.ts');
  const { views3 } = await server.ssrLoadModule('/src/lib/figure/scene3d.ts');
  const { renderStill3 } = await server.ssrLoadModule('/src/lib/figure/render3d.ts');
  const { keyMotionText, poseLabel3 } = await server.ssrLoadModule('/src/lib/figure/describe3.ts');
  const { svgText } = await server.ssrLoadModule('/src/lib/figure/svg-tree.ts');
  const entries = [];
  for (const folder of ['warmups', 'exercises', 'stretches']) {
    for (const name of readdirSync(join('content', folder)).filter((f) => f.endsWith('.mdx')).sort()) {
      const slug = name.replace('.mdx', '');
      if (only && !only.includes(slug)) continue;
      const data = load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content', folder, name), 'utf8'))[1]);
      entries.push({ slug, title: data.title, figure: data.figure });
    }
  }
  const cells = entries.map(({ slug, title, figure }) => {
    const parsed = figure3Schema.safeParse(figure);
    if (!parsed.success) return `<section><h2>${title}</h2><p class="bad">${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('<br>')}</p></section>`;
    const fig = parsed.data;
    const rows = views3(fig).map((view) => {
      const still = (pose, width) => svgText(renderStill3(view, pose, { label: poseLabel3(fig, pose, title), width }));
      const name = `${view.spec.camera}${view.spec.close ? ` close-up (${view.spec.close})` : ''}`;
      return `<div class="view"><p class="vn">${name}</p><div class="row">${['start', 'end'].map((p) => `<div>${still(p, 96)}<p>${p}</p></div>`).join('')}${['start', 'end'].map((p) => `<div>${still(p, 200)}<p>${p}</p></div>`).join('')}</div></div>`;
    });
    return `<section><h2>${title} <small>${slug}</small></h2>${rows.join('')}<p class="cap">${keyMotionText(fig)}</p></section>`;
  });
  const html = `<!doctype html><meta charset="utf-8"><title>Upright figures</title><style>
body{font:13px system-ui;margin:12px;background:#fbfaf7;color:#1b1f24}main{display:grid;grid-template-columns:repeat(2,1fr);gap:8px}
section{border:1px solid #d5d9df;border-radius:8px;padding:6px}h2{font-size:14px;margin:0 0 4px}small{color:#4a5360;font-weight:400}
.row{display:flex;gap:6px;align-items:flex-end}.row p,.vn{margin:0;text-align:center;color:#4a5360}.vn{text-align:left;font-weight:600}.bad{color:#b3261e}.cap{margin:2px 0 0}
.text-accent{color:#0b5d6b}.text-muted{color:#8a8f98}.text-secondary{color:#b07a00}.text-canvas{color:#fbfaf7}svg{height:auto;max-width:100%;border:1px solid #eee}</style>
<h1>Upright move figures (${entries.length})</h1><main>${cells.join('')}</main>`;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'figures-sheet.html'), html);
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent(html);
  await page.screenshot({ path: join(out, 'figures-sheet.png'), fullPage: true });
  // The same sheet in screen-sized parts, to look at one part at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += 1000, i++) {
    await page.screenshot({ path: join(out, `figures-sheet-${i}.png`), fullPage: true, clip: { x: 0, y, width: 1400, height: Math.min(1000, height - y) } });
  }
  await browser.close();
  console.log(`Wrote ${join(out, 'figures-sheet.html')} and figures-sheet.png (${entries.length} moves).`);
} finally {
  await server.close();
}
