import { test, expect } from '@playwright/test';
import { moves, muscles, path } from './search-helpers';

test.describe('search index', () => {
  test('the index holds each page’s main content only: no navigation, footer or cards of other pages', async ({ page }) => {
    await page.goto('/search/');
    const move = moves().find((m) => m.kind === 'exercise')!;
    const content = await page.evaluate(async (title) => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      const search = await pagefind.search(title);
      return Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
    }, move.title);
    const own = content.find((r) => r.url === path(move.url));
    expect(own, move.title).toBeTruthy();
    for (const text of ['Skip to content', 'Routine builder', 'Safety first', 'general education, not medical advice', 'Related moves', 'Easier and harder versions', 'Find a muscle on the body map', 'Muscles it works']) {
      expect(own!.content, text).not.toContain(text);
    }
    // Pages that are not content (the search page itself, the routine builder) are not indexed.
    expect(content.map((r) => r.url)).not.toContain('/search/');
  });

  test('each move page carries its filters, taken from its frontmatter', async ({ page }) => {
    await page.goto('/search/');
    const move = moves().find((m) => m.muscles.secondary.length > 0)!;
    const titles = new Map(muscles().map((m) => [m.slug, m.title]));
    const filters = await page.evaluate(async (title) => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      const search = await pagefind.search(title);
      const all = await Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string; filters: Record<string, string[]> }> }) => r.data()));
      return all;
    }, move.title);
    const own = filters.find((r) => r.url === path(move.url))!;
    expect(own.filters.muscle.sort()).toEqual([...move.muscles.primary, ...move.muscles.secondary].map((id) => titles.get(id)).sort());
    expect(own.filters.level).toHaveLength(1);
    expect(own.filters.type).toHaveLength(1);
    expect(own.filters.equipment.length).toBeGreaterThan(0);
  });

  // The 2 KB JavaScript budget of content pages is measured on every page by the site checker.
  test('content pages load no search code until search is used', async ({ page }) => {
    const samples = ['/', '/muscles/', path(moves()[0].url), path(muscles()[0].url), '/guides/'];
    for (const url of samples) {
      const requested: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') requested.push(r.url()); });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      page.removeAllListeners('request');
      expect(requested.filter((u) => /pagefind|search-ui|SearchApp/i.test(u)), url).toEqual([]);
    }
  });
});
