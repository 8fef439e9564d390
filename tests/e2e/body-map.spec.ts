import { test, expect } from '@playwright/test';
import { muscles, path } from './search-helpers';
import { expectOnlyTouchedViews, map, mapLinks, readMap } from './support/body-map';

test.describe('body map', () => {
  for (const url of ['/', '/muscles/']) {
    test(`on ${url} every muscle is a named link to its page`, async ({ page }) => {
      await page.goto(url);
      const seen = await readMap(page);
      const all = muscles();
      expect(seen.links).toHaveLength(all.length);
      for (const muscle of all) {
        expect(seen.names).toContain(muscle.title);
        expect(seen.links.find((l) => l.muscle === muscle.slug)?.href, muscle.slug).toBe(path(muscle.url));
      }
      // The same muscles as plain, thumb-sized links beside the figure.
      expect(seen.listed.sort()).toEqual(all.map((m) => path(m.url)).sort());
    });
  }

  test('the map links are reached with Tab, show a focus ring and a highlight, and open with Enter', async ({ page }) => {
    await page.goto('/muscles/');
    const first = mapLinks(page).first();
    const shape = first.locator('path').first();
    const before = await shape.evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke }));
    for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const focused = await shape.evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke, width: getComputedStyle(el).strokeWidth }));
    expect(focused.fill).not.toBe(before.fill);
    expect(focused.stroke).not.toBe(before.stroke);
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(3);
    // The next Tab moves to the next muscle on the map.
    await page.keyboard.press('Tab');
    await expect(mapLinks(page).nth(1)).toBeFocused();
    const target = await mapLinks(page).nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('hovering a muscle highlights it', async ({ page }) => {
    await page.goto('/');
    const shape = mapLinks(page).first().locator('path').first();
    const before = await shape.evaluate((el) => getComputedStyle(el).fill);
    await shape.hover();
    await expect.poll(() => shape.evaluate((el) => getComputedStyle(el).fill)).not.toBe(before);
  });

  // Every move page's map (primary solid, secondary hatched, legend, views): move-pages.spec.ts,
  // which loads each move page once for all its checks.

  test('every muscle page highlights that muscle, on its own view only', async ({ page }) => {
    test.slow(); // a page load per muscle: room for a busy machine
    for (const muscle of muscles()) {
      await page.goto(path(muscle.url));
      const seen = await readMap(page);
      expect(seen.links.filter((l) => l.role === 'primary').map((l) => l.muscle), muscle.slug).toEqual([muscle.slug]);
      expect(seen.legend.primary, muscle.slug).toContain(muscle.title);
      expectOnlyTouchedViews(seen, muscle.slug);
    }
  });

  test('the overview on the muscles index shows both views', async ({ page }) => {
    await page.goto('/muscles/');
    expect((await readMap(page)).views.map((v) => v.view).sort()).toEqual(['back', 'front']);
  });

  test('the map ships no script of its own', async ({ page }) => {
    await page.goto('/');
    expect(await map(page).locator('script').count()).toBe(0);
    expect(await map(page).evaluate((el) => [...el.querySelectorAll('*')].some((n) => [...n.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
  });
});
