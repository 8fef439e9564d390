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
 * The player page (/routine/play/) bundles its own copy of the routine engine. Shared with the
 * builder, the engine would go into a chunk of its own, and that split alone costs /routine/
 * about 0.3 KB of its 12 KB JavaScript budget. Relative imports reached from the player's page
 * script get a `?player` suffix, so the bundler sees separate modules and shares nothing.
 * @returns {import('vite').Plugin}
 */
function playerOwnCopy() {
  const fromPlayer = (/** @type {string | undefined} */ importer) =>
    !!importer && (importer.endsWith('?player') || /routine\/play\.astro\?astro&type=script/.test(importer));
  return {
    name: 'upright:player-own-copy',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!fromPlayer(importer) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer?.replace(/\?player$/, ''), { ...options, skipSelf: true });
      return resolved && !resolved.external && /\.tsx?$/.test(resolved.id) ? `${resolved.id}?player` : resolved;
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
    sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false } }),
    sitemapAtConventionalName(),
  ],
  vite: {
    plugins: [tailwindcss(), playerOwnCopy()],
    define: { __UPRIGHT_BUILD_ID__: JSON.stringify(BUILD_ID) },
    build: {
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
