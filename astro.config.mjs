// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
 * Code used on interaction loads with a plain import(). Vite wraps every import() in its preload
 * helper (about 0.9 KB gzip, which `build.modulePreload: false` does not remove: vitejs/vite#18551)
 * to fetch a chunk's imports and CSS alongside it; the chunk's own imports load anyway, and the
 * on-use chunks here bring no CSS. This gives the wrapper a one-line body.
 * @returns {import('vite').Plugin}
 */
function plainDynamicImports() {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'upright:plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : null;
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
    // Every built page but the 404, found from the routes: nothing to keep in step by hand.
    // The offline page is noindex: shown by the worker, never a page to find.
    sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false }, filter: (page) => !page.endsWith('/offline/') }),
    sitemapAtConventionalName(),
  ],
  vite: {
    plugins: [tailwindcss(), plainDynamicImports()],
    define: { __UPRIGHT_BUILD_ID__: JSON.stringify(BUILD_ID) },
    build: {
      // Code loaded on use comes with plain import(): no preload helper in the pages' first scripts
      // (a chunk's own imports are fetched as it loads; the builder and the player share the engine's).
      modulePreload: { resolveDependencies: () => [] },
      // Terser packs the pages' scripts about 3% smaller than the default minifier.
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
