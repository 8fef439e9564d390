import { expect, test } from '@playwright/test';
import { sitePaths } from './support/site';

const SECTIONS = [
  ['Muscles', '/muscles/'],
  ['Warm-ups', '/warm-ups/'],
  ['Exercises', '/exercises/'],
  ['Stretches', '/stretches/'],
  ['Routine builder', '/routine/'],
  ['Search', '/search/'],
] as const;

test('the main navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, path] of SECTIONS) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    // Compare paths only: the routine builder and search keep their state in the query string.
    await page.waitForURL((url) => url.pathname === path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('a section index links to every entry of its section, and an entry links back to it', async ({ page }) => {
  const entries = sitePaths().filter((path) => path.startsWith('/exercises/') && path !== '/exercises/');
  await page.goto('/exercises/');
  const cards = page.locator('main a.card');
  expect((await cards.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual(entries.sort());
  await cards.first().click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Exercises' })).toHaveAttribute('href', '/exercises/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/exercises/', '/muscles/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the footer carries the safety note and a link to the sources', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  await expect(footer).toContainText(/sharp\s+pain/);
  await footer.getByRole('link', { name: /Sources/ }).click();
  await expect(page.locator('h1')).toContainText('Sources');
});
