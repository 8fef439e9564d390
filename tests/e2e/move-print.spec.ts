/**
 * A move page on paper (src/components/content/move-print.css): at most two A4 or US Letter
 * sheets, two columns, with everything needed to do the move safely and nothing that is only for
 * browsing. Printed with Chromium's own print (page.pdf) for the pages with the most to print:
 * the most text in the article and the sources, which is what fills the sheets.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { MOVE_SECTIONS, sitePaths } from './support/site';
import { printedSheets } from './support/print';

const MM = 96 / 25.4;
const MOST_TEXT = 3;

/** What a page prints of its text: the article and the sources, less what print leaves off. */
function printedTextLength(path: string): number {
  const root = parse(readFileSync(`dist${path}index.html`, 'utf8'));
  for (const hidden of root.querySelectorAll('.move-page .body-map, .move-page .move-related, .move-page [hidden]')) hidden.remove();
  return ['.move-page article', '.move-page .page-sources'].reduce((sum, selector) => sum + (root.querySelector(selector)?.text.length ?? 0), 0);
}

const movePages = sitePaths().filter((path) => MOVE_SECTIONS.some((section) => path.startsWith(`/${section}/`) && path !== `/${section}/`));
const longest = movePages.map((path) => ({ path, length: printedTextLength(path) })).sort((a, b) => b.length - a.length).slice(0, MOST_TEXT);

test('the pages printed here are the move pages with the most text', () => {
  expect(movePages.length).toBeGreaterThan(30);
  expect(longest).toHaveLength(MOST_TEXT);
  expect(longest.at(-1)!.length).toBeGreaterThan(1000);
});

for (const { path } of longest) {
  test(`print: ${path} is two columns on at most two A4 and two Letter sheets, safety included`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate((mm) => {
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      const stills = (pose: string) =>
        [...document.querySelectorAll(`.move-figure-still:nth-child(${pose === 'start' ? 2 : pose === 'end' ? 3 : 4}) svg`)].map((svg) =>
          shown(svg) ? svg.getBoundingClientRect().height / mm : 0,
        );
      const headings = [...document.querySelectorAll('article h2')].filter(shown).map((h) => h.textContent!.trim());
      return {
        columns: getComputedStyle(document.querySelector('.move-page article')!).columnCount,
        start: stills('start'),
        end: stills('end'),
        moving: stills('moving'),
        headings,
        checkFirst: shown(document.querySelector('[data-check-first]')),
        bandCheck: document.querySelector('[data-band-check]') ? shown(document.querySelector('[data-band-check]')) : null,
        bodyMap: shown(document.querySelector('.move-page .body-map')),
        related: shown(document.querySelector('.move-related')),
        versions: document.querySelector('.move-versions') ? [...document.querySelectorAll('.move-versions .card-title')].filter(shown).length : null,
        versionSummaries: [...document.querySelectorAll('.move-versions .move-card-summary')].filter(shown).length,
        sources: shown(document.querySelector('.page-sources')),
        footerSafety: shown(document.querySelector('footer p')) && document.querySelector('footer p')!.textContent!.includes('Safety first'),
      };
    }, MM);

    expect(layout.columns).toBe('2');
    // Every view's start and end stills, at least 15 mm tall; the moving figure is for screens.
    expect(layout.start.length).toBeGreaterThan(0);
    for (const height of [...layout.start, ...layout.end]) expect(height).toBeGreaterThanOrEqual(15);
    expect(layout.moving.every((height) => height === 0)).toBe(true);
    // What keeps people safe prints: check first, the steps, when to stop, the band check.
    expect(layout.checkFirst).toBe(true);
    expect(layout.headings).toEqual(expect.arrayContaining(['How to do it', 'Common mistakes', 'What to feel, and when to stop']));
    if (layout.bandCheck !== null) expect(layout.bandCheck).toBe(true);
    expect(layout.sources).toBe(true);
    expect(layout.footerSafety).toBe(true);
    // Ways to browse the site stay on screen; the easier and harder versions print as names.
    expect(layout.bodyMap).toBe(false);
    expect(layout.related).toBe(false);
    if (layout.versions !== null) expect(layout.versions).toBeGreaterThan(0);
    expect(layout.versionSummaries).toBe(0);

    for (const format of ['A4', 'Letter'] as const) expect(await printedSheets(page, format), `${path} on ${format}`).toBeLessThanOrEqual(2);
  });
}
