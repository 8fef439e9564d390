import { expect, test } from '@playwright/test';

test('the page follows the system theme until the toggle stores a choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const darkBackground = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);
});

test('the chosen theme survives a reload and applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/muscles/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Read the attribute as soon as the document exists: the head script must already have set it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtDomReady: string | undefined }).themeAtDomReady = document.documentElement.dataset.theme;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtDomReady?: string }).themeAtDomReady)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('print styles hide the navigation and print black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/exercises/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const colours = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  // Links in the main content print their address after the text.
  const printed = await page.evaluate(() => {
    const link = document.querySelector('main a.card')!;
    return [getComputedStyle(link, '::after').content, link.getAttribute('href')];
  });
  expect(printed[0]).toBe(`" (${printed[1]})"`);
});

test('motion is reduced when the system asks for it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector('a')!).transitionDuration);
  expect(duration).toBe('0s');
});
