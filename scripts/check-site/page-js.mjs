// @ts-check
// The one JavaScript measurer: what a built page runs on arrival, and each chunk it loads on use,
// gzip bytes. Used by the site checker (every page, against JS_BUDGETS in lib.mjs) and by
// `npm run size` (scripts/measure-js.mjs), so the two never disagree.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSize } from './lib.mjs';

/** @typedef {{ name: string, bytes: number }} Part */
/** @typedef {{ path: string, arrival: number, parts: Part[], onUse: Part[] }} PageJs */

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * A page's JavaScript from its HTML: on arrival, its inline scripts (code, not JSON data) and every
 * module its <script src> and modulepreload links reach by static imports; on use, each chunk its
 * code reaches only by import(), with the static imports that chunk adds.
 * @param {string} distDir
 * @param {string} html the page's HTML
 * @param {string} path the page's URL path, for the report
 * @param {Map<string, string>} [files] a cache of file contents by URL, shared across pages
 * @returns {PageJs}
 */
export function measurePageJs(distDir, html, path, files = new Map()) {
  const read = (/** @type {string} */ url) => {
    if (!files.has(url)) files.set(url, readFileSync(join(distDir, url), 'utf8'));
    return /** @type {string} */ (files.get(url));
  };
  /** Every module reached from `urls` by static imports, not already in `seen`; dynamic imports go to `later`. */
  const reach = (/** @type {string[]} */ urls, /** @type {Set<string>} */ seen, /** @type {Set<string>} */ later) => {
    /** @type {string[]} */
    const found = [];
    const visit = (/** @type {string} */ url) => {
      if (seen.has(url) || /^https?:/.test(url)) return;
      seen.add(url);
      found.push(url);
      const code = read(url);
      const dir = posix.dirname(url);
      for (const m of code.matchAll(STATIC_IMPORT)) visit(posix.resolve(dir, /** @type {string} */ (m[1])));
      for (const m of code.matchAll(DYNAMIC_IMPORT)) later.add(posix.resolve(dir, /** @type {string} */ (m[1])));
    };
    urls.forEach(visit);
    return found;
  };

  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => /** @type {string} */ (m[1]))
    .filter((code) => code.trim() && !/^\s*[{[]/.test(code));
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)].map((m) => m[1]),
  ].filter((url) => url && url.endsWith('.js'));

  const loaded = new Set();
  const dynamic = new Set();
  const parts = [
    ...inline.map((code, i) => ({ name: `inline script ${i + 1}`, bytes: gzipSize(code) })),
    ...reach(/** @type {string[]} */ (entries), loaded, dynamic).map((url) => ({ name: url, bytes: gzipSize(read(url)) })),
  ];
  // Each on-use chunk with what it adds to what is loaded before it (the arrival's modules, and the
  // chunk that loads it); chunks it loads on use in turn follow.
  /** @type {Part[]} */
  const onUse = [];
  const use = (/** @type {string} */ url, /** @type {Set<string>} */ before) => {
    if (before.has(url) || onUse.some((part) => part.name === url)) return;
    const seen = new Set(before);
    const nested = new Set();
    const extra = reach([url], seen, nested);
    onUse.push({ name: url, bytes: extra.reduce((sum, file) => sum + gzipSize(read(file)), 0) });
    for (const next of nested) use(next, seen);
  };
  for (const url of dynamic) use(url, loaded);
  return { path, arrival: parts.reduce((sum, part) => sum + part.bytes, 0), parts, onUse };
}
