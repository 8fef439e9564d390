// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';

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
export default defineConfig({
  site: 'https://upright.example',
  trailingSlash: 'ignore',
  outDir: process.env.UPRIGHT_OUT_DIR ?? './dist',
  cacheDir: process.env.UPRIGHT_CACHE_DIR ?? './.cache/astro',
  integrations: [mdx(), preact()],
  vite: {
    plugins: [tailwindcss(), playerOwnCopy()],
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
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
