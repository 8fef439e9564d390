#!/usr/bin/env node
/**
 * Measures all JavaScript that /routine/ (or the page given with --path) loads from the built site (dist/), gzipped: inline
 * scripts, <script src>, modulepreload links and the island's component-url / renderer-url,
 * following the static imports of each chunk. Dynamic imports the page does not trigger (such
 * as Preact signals, loaded only for islands that pass signals) are listed but not counted.
 * The budget is the site checker's (BUDGETS.routineJs for /routine/), which also holds the page to it in npm test.
 * Usage: node scripts/measure-routine-js.mjs [--path /routine/play/] [--max-kb 12] [--dist dist]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from './check-site/lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = option('--dist', 'dist');
const maxKb = Number(option('--max-kb', String(BUDGETS.routineJs / 1024)));
const path = option('--path', '/routine/');
const page = join(dist, ...path.split('/').filter(Boolean), 'index.html');
if (!existsSync(page)) {
  console.error(`${page} not found: run npm run build first`);
  process.exit(2);
}
const html = readFileSync(page, 'utf8');
const gz = (text) => gzipSync(text, { level: 9 }).length;

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((code) => code.trim() && !/^\s*[{[]/.test(code)); // JSON-LD and data blocks are not code
const entries = new Set([
  ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)].map((m) => m[1]),
  ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
].filter(Boolean));

const files = new Map();
const dynamic = new Set();
const visit = (url) => {
  if (files.has(url) || /^https?:/.test(url)) return;
  const code = readFileSync(join(dist, url), 'utf8');
  files.set(url, code);
  const dir = posix.dirname(url);
  // Static imports: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"` (minified).
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) visit(posix.resolve(dir, m[1]));
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) dynamic.add(posix.resolve(dir, m[1]));
};
for (const url of entries) visit(url);

const rows = [
  ...inline.map((code, i) => [`inline script ${i + 1}`, code.length, gz(code)]),
  ...[...files].map(([url, code]) => [url, code.length, gz(code)]),
];
const total = rows.reduce((sum, [, , size]) => sum + size, 0);
for (const [name, raw, size] of rows) console.log(`${(size / 1024).toFixed(2).padStart(7)} KB gz  ${(raw / 1024).toFixed(1).padStart(6)} KB raw  ${name}`);
for (const url of dynamic) if (!files.has(url)) console.log(`   (not loaded: dynamic import ${url})`);
console.log(`Total JavaScript for ${path}: ${(total / 1024).toFixed(2)} KB gzip (budget ${maxKb} KB)`);
if (total > maxKb * 1024) {
  console.error(`Over budget by ${((total - maxKb * 1024) / 1024).toFixed(2)} KB`);
  process.exit(1);
}
