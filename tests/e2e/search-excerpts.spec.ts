import { test, expect } from '@playwright/test';

/**
 * Why an excerpt reads as a list of labels rather than a sentence from the page, or null.
 * Furniture shows as labels glued to their values ("LevelBeginner"), runs of one- or two-word
 * fragments ("Start. End. Moving."), or the facts box's own words.
 */
export function labelListReason(excerptHtml: string): string | null {
  const text = excerptHtml.replace(/<\/?mark>/g, '').replace(/\s+/g, ' ').trim();
  const glued = /\b[A-Z]?[a-z]+[A-Z][a-z]+/.exec(text);
  if (glued) return `a label glued to its value: "${glued[0]}"`;
  const furniture = /\b(At a glance|Primary:|Words on this page)\b/.exec(text);
  if (furniture) return `the page's furniture: "${furniture[0]}"`;
  // Fragments between sentence stops; the first and last may be cut by the excerpt.
  const fragments = text.split(/(?<=[.:])\s+/).slice(1, -1);
  let run = 0;
  for (const fragment of fragments) {
    run = fragment.split(' ').length <= 2 ? run + 1 : 0;
    if (run >= 3) return `three labels in a row, ending "${fragment}"`;
  }
  return null;
}

test.describe('search excerpts', () => {
  test('the detector tells labels from prose', () => {
    expect(labelListReason('and <mark>rear</mark> shoulders. Start. End. Moving. At a glance. LevelBeginner and up.')).not.toBeNull();
    expect(labelListReason('blades. Sets, pace and load. In a routine. Rest. Tempo. Load. Pull')).not.toBeNull();
    expect(labelListReason('Words on this page. Brace: firm up the muscles')).not.toBeNull();
    expect(labelListReason('with your <mark>shoulder</mark> blades squeezed together. Let your arms straighten slowly. Cues to remember. Shoulders away')).toBeNull();
  });

  // Real Pagefind on the built site, with the excerpt length the search page asks for.
  test('three searches quote the pages’ prose, never their labels', async ({ page }) => {
    await page.goto('/search/');
    const results = await page.evaluate(async (queries) => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      await pagefind.options({ excerptLength: 24 });
      const all: { query: string; url: string; excerpt: string }[] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        for (const result of search.results) {
          const data = await result.data();
          all.push({ query, url: data.url, excerpt: data.excerpt });
        }
      }
      return all;
    }, ['rear shoulders', 'row', 'stretch']);
    for (const query of ['rear shoulders', 'row', 'stretch']) expect(results.filter((r) => r.query === query).length, query).toBeGreaterThan(5);
    const labelled = results.map((r) => ({ ...r, reason: labelListReason(r.excerpt) })).filter((r) => r.reason);
    expect(labelled, labelled.map((r) => `${r.query} → ${r.url}: ${r.reason}`).join('\n')).toEqual([]);
  });
});
