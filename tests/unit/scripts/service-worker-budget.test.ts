import { describe, expect, it } from 'vitest';
import { checkPrecacheBudget, PRECACHE_BUDGET_BYTES, precacheKind } from '../../../scripts/service-worker/budget.mjs';

const MB = 1024 * 1024;

describe('the offline precache budget', () => {
  it('is 3 MB of raw bytes, counted as 3 × 1024 × 1024', () => {
    expect(PRECACHE_BUDGET_BYTES).toBe(3 * MB);
  });

  it('passes a precache at the budget and fails one a byte over, saying by how much', () => {
    const at = checkPrecacheBudget([{ url: 'index.html', size: 2 * MB }, { url: 'pagefind/pagefind.js', size: MB }]);
    expect(at.ok).toBe(true);
    expect(at.total).toBe(3 * MB);
    expect(at.report).toMatch(/2 files, 3\.00 MB raw .*within the 3\.00 MB budget/);
    const over = checkPrecacheBudget([{ url: 'index.html', size: 3 * MB }, { url: 'favicon.svg', size: 2048 }]);
    expect(over.ok).toBe(false);
    expect(over.report).toMatch(/OVER the 3\.00 MB budget by 2 KB/);
  });

  it('breaks the total down by kind, largest first', () => {
    const { byKind } = checkPrecacheBudget([
      { url: 'exercises/band-row/index.html', size: 500 },
      { url: 'index.html', size: 300 },
      { url: '_astro/page.abc.js', size: 200 },
      { url: '_astro/global.abc.css', size: 50 },
      { url: 'pagefind/fragment/en_1.pf_fragment', size: 400 },
      { url: 'figures/stills/exercises.svg', size: 100 },
      { url: 'manifest.webmanifest', size: 10 },
    ], 10_000);
    expect(byKind).toEqual([['pages', 800], ['search index', 400], ['scripts', 200], ['figures', 100], ['styles', 50], ['other', 10]]);
  });

  it('refuses an entry without a size rather than counting it as nothing', () => {
    expect(() => checkPrecacheBudget([{ url: 'index.html', size: Number.NaN }])).toThrow(/index\.html has no size/);
  });

  it('sorts URLs with or without a leading slash the same way', () => {
    expect(precacheKind('/search/index.html')).toBe('pages');
    expect(precacheKind('body-map/back.svg')).toBe('figures');
  });
});
