/**
 * Every move page, loaded once, with every check that concerns each move page: the muscle words
 * and band check (anatomy), the figure (figures) and the body map (body map). The checks live in
 * support/move-page.ts; the features' own specs test the rest. One test per kind of move, so the
 * workers share the crawl. Expected values come from the built site's open data.
 */
import { expect, test } from '@playwright/test';
import { moves, muscles, path } from './search-helpers';
import { MOVE_SECTIONS, sitePaths } from './support/site';
import { checkBodyMap, checkFigure, checkMuscleWording } from './support/move-page';

const movePaths = () => sitePaths().filter((p) => MOVE_SECTIONS.some((s) => p.startsWith(`/${s}/`) && p !== `/${s}/`));

test('the sitemap lists a page for every move of the open data, and no other move page', () => {
  const paths = movePaths();
  expect(paths.length).toBeGreaterThanOrEqual(38);
  expect([...paths].sort()).toEqual(moves().map((move) => path(move.url)).sort());
});

for (const kind of [...new Set(moves().map((m) => m.kind))]) {
  test(`every ${kind} page: its muscles in the words for what it does to them, its figure near the top, and the body map marking its muscles`, async ({ page }) => {
    test.slow(); // a page load per move: room for a busy machine
    const all = muscles();
    for (const move of moves().filter((m) => m.kind === kind)) {
      const url = path(move.url);
      await page.goto(url);
      await checkMuscleWording(page, move);
      await checkFigure(page, url);
      await checkBodyMap(page, move, all);
    }
  });
}
