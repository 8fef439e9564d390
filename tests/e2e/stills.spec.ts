/**
 * The thumbnails (issue #23, budgets at every width): one file of stills a section, a <view> a move,
 * so an index page loads one small file whatever its width; each thumbnail keeps its box when it loads.
 */
import { test, expect } from '@playwright/test';
import { moves } from './search-helpers';

test('every move has its view in its section\'s file of stills, and the cards show it', async ({ page, request }) => {
  const sectionOf = (url: string) => new URL(url).pathname.split('/')[1]!;
  for (const section of new Set(moves().map((move) => sectionOf(move.url)))) {
    const sprite = await request.get(`/figures/stills/${section}.svg`);
    expect(sprite.headers()['content-type']).toContain('image/svg+xml');
    const text = await sprite.text();
    // Each section's moves, and only they, have a view in its file.
    for (const move of moves()) expect(text.includes(`<view id="${move.slug}" `), `${move.slug} in ${section}`).toBe(sectionOf(move.url) === section);
  }

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/exercises/');
  const thumbs = page.locator('img[data-move-thumb]');
  const sources = await thumbs.evaluateAll((imgs) => imgs.map((img) => [img.getAttribute('data-move'), img.getAttribute('src')]));
  for (const [slug, src] of sources) expect(src).toBe(`/figures/stills/exercises.svg#${slug}`);
  // Loaded, each keeps the box its width and height reserve: nothing moves as they arrive.
  await page.evaluate(() => Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode(); })));
  const boxes = await thumbs.evaluateAll((imgs) => imgs.map((img) => [img.getBoundingClientRect().width, img.getBoundingClientRect().height, Number(img.getAttribute('width')), Number(img.getAttribute('height'))]));
  for (const [width, height, attrWidth, attrHeight] of boxes) expect([width, height]).toEqual([attrWidth, attrHeight]);
});
