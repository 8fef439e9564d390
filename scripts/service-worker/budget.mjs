// @ts-check
// The offline precache's size budget (README "Offline"): what the worker's install downloads and
// stores, counted as Workbox counts it, in raw (uncompressed) bytes of the files on disk, with
// 3 MB meaning 3 × 1024 × 1024 bytes. scripts/build-service-worker.mjs prints the breakdown and
// fails the build when the total is over; pure, so the rule is unit-tested.

/** 3 MB: the goal for everything a phone stores to work offline. */
export const PRECACHE_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * The kind of file a precached URL is, for the breakdown: pages, the site's code and styles, the
 * search index, the figures, or other.
 * @param {string} url relative to the site root, as in the precache manifest
 */
export function precacheKind(url) {
  const path = url.replace(/^\//, '');
  if (path.endsWith('.html')) return 'pages';
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('_astro/')) return path.endsWith('.css') ? 'styles' : 'scripts';
  if (path.startsWith('figures/') || path.startsWith('body-map/')) return 'figures';
  return 'other';
}

const MB = 1024 * 1024;
const mb = (/** @type {number} */ bytes) => `${(bytes / MB).toFixed(2)} MB`;

/**
 * Totals by kind (largest first) and whether the whole fits the budget.
 * @param {{ url: string, size: number }[]} entries
 * @param {number} [budget]
 * @returns {{ total: number, count: number, byKind: [string, number][], ok: boolean, report: string }}
 */
export function checkPrecacheBudget(entries, budget = PRECACHE_BUDGET_BYTES) {
  /** @type {Map<string, number>} */
  const byKind = new Map();
  let total = 0;
  for (const { url, size } of entries) {
    if (!Number.isFinite(size) || size < 0) throw new Error(`precache entry ${url} has no size`);
    total += size;
    byKind.set(precacheKind(url), (byKind.get(precacheKind(url)) ?? 0) + size);
  }
  const sorted = [...byKind].sort((a, b) => b[1] - a[1]);
  const ok = total <= budget;
  const parts = sorted.map(([kind, bytes]) => `${kind} ${mb(bytes)}`).join(', ');
  const verdict = ok ? `within the ${mb(budget)} budget` : `OVER the ${mb(budget)} budget by ${((total - budget) / 1024).toFixed(0)} KB`;
  return { total, count: entries.length, byKind: sorted, ok, report: `precache: ${entries.length} files, ${mb(total)} raw (${parts}): ${verdict}` };
}
