// Builds the offline service worker (dist/sw.js) from what the build wrote, with Workbox's
// generateSW: every page, the CSS and JavaScript, the open data, the figures, the icons and the
// Pagefind index are precached with a revision each, so a new build replaces exactly what changed.
// Nothing lists pages by hand. Run after `astro build` and the search index (npm run build does).
// Usage: node scripts/build-service-worker.mjs [siteDir]   (default: $UPRIGHT_OUT_DIR or dist)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { HASHED_FILES, OFFLINE_PAGE, precacheGlobs } from './service-worker/config.mjs';
import { checkPrecacheBudget } from './service-worker/budget.mjs';

const site = resolve(process.argv[2] ?? process.env.UPRIGHT_OUT_DIR ?? 'dist');
const swDest = join(site, 'sw.js');
/** @type {{ url: string, size: number }[]} */
let precached = [];

try {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    ...precacheGlobs,
    swDest,
    mode: 'production',
    sourcemap: false,
    // One file: the worker's size is what the browser fetches.
    inlineWorkboxRuntime: true,
    // A new version waits until a page asks it to take over (the reload notice, or the next
    // navigation: src/components/layout/OfflineSupport.astro), so no page mixes two builds.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /routine/?level=... is /routine/index.html: the query is the builder's state, not a page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Astro's and Pagefind's hashed files never change under the same name: no revision needed.
    dontCacheBustURLsMatching: HASHED_FILES,
    // Eight hex digits of the MD5 tell a file's builds apart as well as 32 and keep the worker small.
    manifestTransforms: [async (entries) => {
      precached = entries.map(({ url, size }) => ({ url, size }));
      return { manifest: entries.map((entry) => ({ ...entry, revision: entry.revision?.slice(0, 8) ?? null })) };
    }],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // A page that is not precached (an unknown URL) goes to the network; offline, the offline page.
    runtimeCaching: [
      // The player's figure files: kept once shown, so a workout played once plays offline.
      { urlPattern: /\/figures\/(start\/|motion\/)?[^/]+\.svg$/, handler: 'CacheFirst', options: { cacheName: 'figures' } },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const worker = await readFile(swDest);
  console.log(
    `service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MB; ` +
      `sw.js ${(gzipSync(worker).length / 1024).toFixed(1)} KB gzip`,
  );
  if (!count) throw new Error('nothing was precached');
  // The offline budget (README "Offline"): the build fails when the precache outgrows it.
  const budget = checkPrecacheBudget(precached);
  console.log(budget.report);
  if (!budget.ok) throw new Error('the offline precache is over its budget: make pages smaller, or leave out what no one needs offline');
} catch (error) {
  console.error(`service worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
