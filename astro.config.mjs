// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * @astrojs/sitemap writes sitemap-index.xml pointing at sitemap-0.xml. Our site fits in one
 * file, so it is served under the conventional name robots.txt and <link rel="sitemap"> give.
 * @returns {import('astro').AstroIntegration}
 */
function sitemapAtConventionalName() {
  return {
    name: 'upright:sitemap-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = (/** @type {string} */ name) => new URL(name, dir);
        if (existsSync(file('sitemap-1.xml'))) throw new Error('the sitemap has outgrown one file: point robots.txt at sitemap-index.xml instead');
        await rename(file('sitemap-0.xml'), file('sitemap.xml'));
        await rm(file('sitemap-index.xml'));
      },
    },
  };
}

/**
 * The builder (/routine/) and the player (/routine/play/) each bundle their own copy of the code
 * they import. Shared, that code (the routine engine, the vocabulary) goes into chunks of its own,
 * and each split costs a page about 0.3-0.5 KB of its 12 KB JavaScript budget. Relative imports
 * reached from one of these pages' scripts get a `?own=<page>` suffix, so the bundler sees separate
 * modules, shares nothing and tree-shakes each copy for its page.
 * @returns {import('vite').Plugin}
 */
function pageOwnCopies() {
  const PAGES = { play: /pages\/routine\/play\.astro\?astro&type=script/, routine: /pages\/routine\/index\.astro\?astro&type=script/ };
  /** The page an importer belongs to, if it is one of PAGES' scripts or a module tagged for one. */
  const pageOf = (/** @type {string | undefined} */ importer) =>
    importer?.match(/\?own=(\w+)$/)?.[1] ?? Object.entries(PAGES).find(([, pattern]) => importer && pattern.test(importer))?.[0];
  return {
    name: 'upright:page-own-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const page = pageOf(importer);
      if (!page || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer?.replace(/\?own=\w+$/, ''), { ...options, skipSelf: true });
      return resolved && !resolved.external && /\.tsx?$/.test(resolved.id) ? `${resolved.id}?own=${page}` : resolved;
    },
  };
}

// UPRIGHT_OUT_DIR lets the build-failure tests and the scale benchmark build into a scratch
// folder without touching dist/.
// One id per build: Pagefind's metaCacheTag, so the search index's entry file has a stable URL
// within a build (the offline worker serves it from its cache) and a new one after each build.
const BUILD_ID = process.env.UPRIGHT_BUILD_ID ?? Date.now().toString(36);

export default defineConfig({
  site: 'https://upright.example',
  trailingSlash: 'ignore',
  outDir: process.env.UPRIGHT_OUT_DIR ?? './dist',
  cacheDir: process.env.UPRIGHT_CACHE_DIR ?? './.cache/astro',
  integrations: [
    mdx(),
    preact(),
    // Every built page but the 404, found from the routes: nothing to keep in step by hand.
    // The offline page is noindex: shown by the worker, never a page to find.
    sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false }, filter: (page) => !page.endsWith('/offline/') }),
    sitemapAtConventionalName(),
  ],
  vite: {
    plugins: [tailwindcss(), pageOwnCopies()],
    define: { __UPRIGHT_BUILD_ID__: JSON.stringify(BUILD_ID) },
    build: {
      // Terser packs the islands' scripts about 3% smaller than the default minifier: that is what
      // keeps /routine/ and /routine/play/ under their 12 KB budgets.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's warning
        // about it is noise that would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  build: { format: 'directory' },
  // No code on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The offline service worker (/sw.js) and nothing else.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
