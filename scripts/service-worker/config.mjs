// What the offline worker precaches (scripts/build-service-worker.mjs): kept apart from the build
// steps so the list of what is and is not cached reads on its own.
/** The page shown for a URL that is not cached while offline (src/pages/offline.astro). */
export const OFFLINE_PAGE = '/offline/index.html';

export const precacheGlobs = {
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,xml,txt}', 'pagefind/**/*'],
  globIgnores: [
    // The worker itself, and files a browser never asks for from these pages.
    'sw.js',
    'og-image.png',
    // Link previews are for other sites' crawlers, never for the pages (src/pages/og/).
    'og/**',
    // The pages show each still from the one file of them all (figures/stills/<section>.svg); a move's
    // own file is for reuse (open data), not for the pages.
    'figures/!(stills).svg',
    'sitemap.xml',
    // The open-data files are for other people's tools (README "Open data"); no page reads them.
    'data/**',
    // Offline, an unknown address gets the offline page; online, the host's 404.
    '404.html',
    'robots.txt',
    // Every page is in English: Pagefind never asks for its other-language module.
    'pagefind/wasm.unknown.pagefind',
    // Pagefind's ready-made interfaces: the search page uses its JS API only.
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-modular-ui.*',
    'pagefind/pagefind-highlight.js',
    // The player's stills and moving figures: cached as they are first shown (runtime cache,
    // scripts/build-service-worker.mjs), so the precache stays under 3 MB.
    'figures/start/**',
    'figures/motion/**',
  ],
};

/** Files whose names carry a hash of their content. */
export const HASHED_FILES = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$)/;
