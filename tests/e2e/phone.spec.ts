/**
 * Phone first (390 × 844, a common phone, and 320 px, the narrowest we support): a one-row
 * header, targets a thumb can hit, no sideways scrolling, and the plan on the first screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitePaths, templateSamples } from './support/site';
import { undersizedTargets } from './support/targets';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const NARROW = { width: 320, height: 640 };

/** Every page template, plus the tools. */
function templates(): [string, string][] {
  const tools = ['/routine/', '/search/', '/routine/play/', '/progress/'].filter((path) => sitePaths().includes(path));
  return [...Object.entries(templateSamples()), ...tools.map((path) => [path, path] as [string, string])];
}

const headerHeight = (page: Page) => page.locator('body > header').evaluate((el) => el.getBoundingClientRect().height);

test.describe('on a phone', () => {
  test.use(PHONE);

  for (const [name, path] of templates()) {
    test(`${name}: a header of one row, and every target big enough to tap`, async ({ page }) => {
      await page.goto(path);
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await page.setViewportSize(NARROW);
      expect(await headerHeight(page), 'at 320 px').toBeLessThanOrEqual(64);
      await page.setViewportSize(PHONE.viewport);
      expect(await undersizedTargets(page)).toEqual([]);
    });
  }

  test('the menu opens from the header and reaches every section', async ({ page }) => {
    test.slow(); // a page load per section: room for a busy machine
    await page.goto('/');
    const sections = await page.locator('header nav[aria-label="Main"] a').first().evaluate(() =>
      [...document.querySelectorAll('header details nav a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')!]),
    );
    expect(sections.length).toBeGreaterThan(4);
    for (const [label, href] of sections) {
      await page.locator('header details > summary').click();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === href);
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await page.locator('header details > summary').click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
      await page.locator('header details > summary').click();
    }
  });

  test('/routine/: the plan and its Start button are on the first screen; Change opens the choices', async ({ page }) => {
    await page.goto('/routine/');
    await expect(page.locator('[data-ready]')).toBeAttached();
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const bottom = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    expect(await top('[data-plan] [data-phase]'), 'the first planned move').toBeLessThanOrEqual(PHONE.viewport.height);
    expect(await bottom('[data-play-link]'), 'Start this routine').toBeLessThanOrEqual(PHONE.viewport.height);
    // The choices fold into one line, with a Change button 44 px tall.
    const summary = page.locator('.rb-fold > summary');
    await expect(summary).toContainText('Beginner · Resistance band · 20 min · Balanced');
    await expect(summary).toContainText('Change');
    expect(await summary.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    await expect(page.getByRole('radio', { name: 'Intermediate' })).toBeHidden();
    await summary.click();
    await page.getByRole('radio', { name: 'Intermediate' }).check();
    await expect(summary).toContainText('Intermediate · Resistance band · 20 min · Balanced');
    await expect(page).toHaveURL(/level=intermediate/);
    // The main actions are thumb-sized.
    for (const name of ['Shuffle', 'Copy link', 'Print']) {
      expect(await page.getByRole('button', { name, exact: true }).evaluate((el) => el.getBoundingClientRect().height), name).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('[data-play-link]').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    expect(await page.locator('.rb-swap').first().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
  });

  test('the search and theme buttons keep their names as icons', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Search', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  });
});

test('on a wide screen the builder shows its choices without a fold', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/routine/');
  await expect(page.locator('.rb-fold > summary')).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Intermediate' })).toBeVisible();
});

test.describe('without JavaScript on a phone', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('the menu still reaches every section', async ({ page }) => {
    test.slow(); // a page load per section: room for a busy machine
    await page.goto('/');
    const hrefs = await page.locator('header details nav a').evaluateAll((list) => list.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto('/');
      await page.locator('header details summary').click();
      await page.locator(`header details nav a[href="${href}"]`).click();
      await page.waitForURL((url) => url.pathname === href);
      await expect(page.locator('h1').first()).toBeVisible();
    }
  });
});

// No page scrolls sideways at 320 px: checked on every page in the site checker's crawl
// (scripts/check-site/browser.mjs, rule narrow/scrolls-sideways).
