/** Reading the body map as a person and assistive technology get it (body-map.spec.ts, move-pages.spec.ts). */
import { expect, type Page } from '@playwright/test';

export const map = (page: Page) => page.locator('[data-body-map]');
// The figure's links (beside it, the overview also lists every muscle as a plain link).
export const mapLinks = (page: Page) => map(page).locator('svg a[href]');

/** What the map shows, read in one pass: views, links with their shapes' styles, legend, link names. */
export async function readMap(page: Page) {
  const dom = await map(page).evaluate((root) => ({
    views: [...root.querySelectorAll('svg[data-view]')].map((svg) => ({
      view: svg.getAttribute('data-view') ?? '',
      marked: svg.querySelectorAll('[data-role="primary"], [data-role="secondary"]').length,
    })),
    links: [...root.querySelectorAll('svg a[href]')].map((a) => ({
      muscle: a.getAttribute('data-muscle') ?? '',
      role: a.getAttribute('data-role') ?? '',
      href: a.getAttribute('href') ?? '',
      shapes: [...a.querySelectorAll('path')].map((shape) => ({ fill: getComputedStyle(shape).fill, dash: getComputedStyle(shape).strokeDasharray })),
    })),
    legend: {
      primary: root.querySelector('[data-legend="primary"]')?.textContent ?? '',
      secondary: root.querySelector('[data-legend="secondary"]')?.textContent ?? '',
    },
  }));
  // Link names as assistive technology gets them, from the accessibility tree.
  const names = [...(await map(page).ariaSnapshot()).matchAll(/- link "([^"]+)"/g)].map((m) => m[1]!);
  const listed = await map(page).locator('ul[aria-label="Muscles on the map"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return { ...dom, names, listed };
}

/** A highlight shows only the views it touches: at least one view, none of them empty. */
export function expectOnlyTouchedViews(seen: Awaited<ReturnType<typeof readMap>>, where: string) {
  expect(seen.views.length, where).toBeGreaterThan(0);
  for (const view of seen.views) expect(view.marked, `${where}: an empty ${view.view} view`).toBeGreaterThan(0);
}
