import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';
import { moves, muscles, path } from './search-helpers';
import { MUSCLES_ROLE_TEXT } from '../../src/lib/content/muscles-role';

const map = (page: Page) => page.locator('[data-body-map]');
const mapLinks = (page: Page) => map(page).locator('svg a[href]');

test.describe('body map', () => {
  for (const url of ['/', '/muscles/']) {
    test(`on ${url} every muscle is a named link to its page`, async ({ page }) => {
      await page.goto(url);
      const all = muscles();
      await expect(mapLinks(page)).toHaveCount(all.length);
      const list = map(page).getByRole('list', { name: 'Muscles on the map' });
      for (const muscle of all) {
        await expect(map(page).locator('svg').getByRole('link', { name: muscle.title, exact: true })).toHaveAttribute('href', path(muscle.url));
        // The same muscle as a plain, thumb-sized link beside the figure.
        await expect(list.getByRole('link', { name: muscle.title, exact: true })).toHaveAttribute('href', path(muscle.url));
      }
    });
  }

  test('a highlight shows only the views it touches, and the overview shows them all', async ({ page }) => {
    const pages = [...muscles().map((m) => path(m.url)), ...moves().map((m) => path(m.url))];
    for (const url of pages) {
      await page.goto(url);
      const views = map(page).locator('svg[data-view]');
      expect(await views.count(), url).toBeGreaterThan(0);
      for (const view of await views.all()) {
        expect(await view.locator('[data-role="primary"], [data-role="secondary"]').count(), `${url}: an empty ${await view.getAttribute('data-view')} view`).toBeGreaterThan(0);
      }
    }
    await page.goto('/muscles/');
    await expect(map(page).locator('svg[data-view]')).toHaveCount(2);
  });

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

  test('every move page marks its primary muscles solid and its secondary muscles hatched, with a legend', async ({ page }) => {
    test.setTimeout(90_000);
    const titles = new Map(muscles().map((m) => [m.slug, m.title]));
    for (const move of moves()) {
      await page.goto(path(move.url));
      const primary = map(page).locator('a[data-role="primary"]');
      const secondary = map(page).locator('a[data-role="secondary"]');
      expect((await primary.evaluateAll((els) => els.map((e) => e.getAttribute('data-muscle')))).sort(), move.slug).toEqual([...move.muscles.primary].sort());
      expect((await secondary.evaluateAll((els) => els.map((e) => e.getAttribute('data-muscle')))).sort(), move.slug).toEqual([...move.muscles.secondary].sort());
      // The words follow what the move does to the muscles: worked, stretched or felt.
      const words = MUSCLES_ROLE_TEXT[move.musclesRole];
      for (const id of move.muscles.primary) {
        await expect(map(page).getByRole('link', { name: `${titles.get(id)}, ${words.primaryLabel}` })).toHaveAttribute('href', `/muscles/${id}/`);
        await expect(map(page).locator('[data-legend="primary"]')).toContainText(titles.get(id)!);
      }
      for (const id of move.muscles.secondary) {
        await expect(map(page).getByRole('link', { name: `${titles.get(id)}, ${words.secondaryLabel}` })).toBeAttached();
        await expect(map(page).locator('[data-legend="secondary"]')).toContainText(titles.get(id)!);
      }
      // More than colour: primary shapes are filled solid, secondary ones with the hatch pattern and a dashed edge.
      for (const shape of await primary.locator('path').all()) {
        const style = await shape.evaluate((el) => ({ fill: getComputedStyle(el).fill, dash: getComputedStyle(el).strokeDasharray }));
        expect(style.fill).not.toMatch(/url/);
        expect(style.dash).toBe('none');
      }
      for (const shape of await secondary.locator('path').all()) {
        const style = await shape.evaluate((el) => ({ fill: getComputedStyle(el).fill, dash: getComputedStyle(el).strokeDasharray }));
        expect(style.fill).toMatch(/url\(.*hatch/);
        expect(style.dash).not.toBe('none');
      }
      // Muscles the move does not work are drawn but are not links.
      await expect(mapLinks(page)).toHaveCount(move.muscles.primary.length + move.muscles.secondary.length);
    }
  });

  test('every muscle page highlights that muscle', async ({ page }) => {
    for (const muscle of muscles()) {
      await page.goto(path(muscle.url));
      await expect(map(page).locator('a[data-role="primary"]')).toHaveCount(1);
      await expect(map(page).locator('a[data-role="primary"]')).toHaveAttribute('data-muscle', muscle.slug);
      await expect(map(page).locator('[data-legend="primary"]')).toContainText(muscle.title);
    }
  });

  test('the map ships no script of its own', async ({ page }) => {
    await page.goto('/');
    expect(await map(page).locator('script').count()).toBe(0);
    expect(await map(page).evaluate((el) => [...el.querySelectorAll('*')].some((n) => [...n.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
  });

  const pages = () => ({
    home: '/',
    'muscles index': '/muscles/',
    'move page': path(moves().find((m) => m.muscles.secondary.length > 0)!.url),
    'muscle page': path(muscles()[0].url),
  });
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing on pages with the map (${theme})`, async ({ page }) => {
      test.setTimeout(90_000); // four pages of axe; slow on a loaded machine
      await useTheme(page, theme);
      for (const url of Object.values(pages())) {
        await page.goto(url);
        await expect(map(page)).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  }
});
