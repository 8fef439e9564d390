/**
 * A muscle page on paper: its body map and its text as on screen, and its moves as names with
 * their addresses (`.print-names` in global.css) instead of a card each, which took up to eight
 * sheets. Printed with Chromium's own print (page.pdf) for the muscle with the most moves.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { sitePaths } from './support/site';
import { printedSheets } from './support/print';

const musclePages = sitePaths().filter((path) => path.startsWith('/muscles/') && path !== '/muscles/');
const moveLinks = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8')).querySelectorAll('section[data-role] a.card').length;
const [most] = musclePages.map((path) => ({ path, moves: moveLinks(path) })).sort((a, b) => b.moves - a.moves);

test('print: the muscle with the most moves lists them by name on at most three A4 and three Letter sheets', async ({ page }) => {
  expect(most!.moves).toBeGreaterThan(5);
  await page.goto(most!.path);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    const cards = [...document.querySelectorAll('section[data-role] a.card')];
    return {
      cards: cards.length,
      names: cards.filter((card) => shown(card.querySelector('.card-title'))).length,
      summaries: cards.filter((card) => shown(card.querySelector('.move-card-summary'))).length,
      thumbs: cards.filter((card) => shown(card.querySelector('img'))).length,
      bodyMap: shown(document.querySelector('[data-body-map]')),
    };
  });
  expect(printed).toEqual({ cards: most!.moves, names: most!.moves, summaries: 0, thumbs: 0, bodyMap: true });
  for (const format of ['A4', 'Letter'] as const) expect(await printedSheets(page, format), format).toBeLessThanOrEqual(3);
});
