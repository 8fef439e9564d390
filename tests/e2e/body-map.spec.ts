import { test, expect, type Page } from '@playwright/test';
import { moves, muscles, path } from './search-helpers';
import { MUSCLES_ROLE_TEXT } from '../../src/lib/content/muscles-role';

const map = (page: Page) => page.locator('[data-body-map]');
// The figure's links (beside it, the overview also lists every muscle as a plain link).
const mapLinks = (page: Page) => map(page).locator('svg a[href]');

/** What the map shows, read in one pass: views, links with their shapes' styles, legend, link names. */
async function readMap(page: Page) {
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
function expectOnlyTouchedViews(seen: Awaited<ReturnType<typeof readMap>>, where: string) {
  expect(seen.views.length, where).toBeGreaterThan(0);
  for (const view of seen.views) expect(view.marked, `${where}: an empty ${view.view} view`).toBeGreaterThan(0);
}

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

  // One page load per page: everything the checks need is read in one pass (the accessible tree
  // for the link names, the DOM and computed styles for the rest), then compared in Node.
  const kinds = [...new Set(moves().map((m) => m.kind))];
  for (const kind of kinds) {
    test(`every ${kind} page marks its primary muscles solid and its secondary ones hatched, with a legend, on the views they touch`, async ({ page }) => {
      test.slow(); // a page load per move: room for a busy machine
      const titles = new Map(muscles().map((m) => [m.slug, m.title]));
      for (const move of moves().filter((m) => m.kind === kind)) {
        await page.goto(path(move.url));
        const seen = await readMap(page);
        const where = move.slug;
        expect(seen.links.filter((l) => l.role === 'primary').map((l) => l.muscle).sort(), where).toEqual([...move.muscles.primary].sort());
        expect(seen.links.filter((l) => l.role === 'secondary').map((l) => l.muscle).sort(), where).toEqual([...move.muscles.secondary].sort());
        // Muscles the move does not work are drawn (in the shared backdrop) but are not links.
        expect(seen.links, where).toHaveLength(move.muscles.primary.length + move.muscles.secondary.length);
        // The words follow what the move does to the muscles: worked, stretched or felt.
        const words = MUSCLES_ROLE_TEXT[move.musclesRole];
        for (const id of move.muscles.primary) {
          expect(seen.names, where).toContain(`${titles.get(id)}, ${words.primaryLabel}`);
          expect(seen.links.find((l) => l.muscle === id)?.href, where).toBe(`/muscles/${id}/`);
          expect(seen.legend.primary, where).toContain(titles.get(id));
        }
        for (const id of move.muscles.secondary) {
          expect(seen.names, where).toContain(`${titles.get(id)}, ${words.secondaryLabel}`);
          expect(seen.legend.secondary, where).toContain(titles.get(id));
        }
        // More than colour: primary shapes are filled solid, secondary ones with the hatch pattern and a dashed edge.
        for (const link of seen.links) {
          expect(link.shapes.length, `${where}: ${link.muscle} has shapes`).toBeGreaterThan(0);
          for (const shape of link.shapes) {
            if (link.role === 'primary') expect(shape, `${where}: ${link.muscle}`).toMatchObject({ fill: expect.not.stringMatching(/url/), dash: 'none' });
            else expect(shape, `${where}: ${link.muscle}`).toMatchObject({ fill: expect.stringMatching(/url\(.*hatch/), dash: expect.not.stringMatching(/^none$/) });
          }
        }
        expectOnlyTouchedViews(seen, where);
      }
    });
  }

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
