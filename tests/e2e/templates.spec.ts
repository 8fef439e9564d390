import { expect, test } from '@playwright/test';
import { templateSamples } from './support/site';
import { muscles, path } from './search-helpers';

// Axe runs on every page of the built site, in both themes, in the site checker (npm run check:site).

const samples = templateSamples();

for (const [template, path] of Object.entries(samples)) {
  test.describe(`${template} (${path})`, () => {
    test('renders with one h1, a title, a description, and no console error or failed request', async ({ page }) => {
      const problems: string[] = [];
      const isOwn404 = (url: string) => template === '404 page' && new URL(url).pathname === path;
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !isOwn404(msg.location().url)) problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        const url = response.url();
        // The 404 page itself is meant to answer 404; every asset it loads must not.
        if (response.status() >= 400 && !isOwn404(url)) problems.push(`${response.status()} ${url}`);
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(template === '404 page' ? 404 : 200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Upright/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{20,160}$/);
      await page.waitForLoadState('networkidle');
      // Headless Chromium does not always ask for the favicon: ask for it as a browser would.
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect((await page.request.get(icon!)).status()).toBe(200);
      expect(problems).toEqual([]);
    });

  });
}

test('a move page shows its facts, steps, cues, mistakes and sources', async ({ page }) => {
  await page.goto(samples['exercise page']!);
  const article = page.locator('article');
  await expect(article.getByRole('heading', { name: 'At a glance' })).toBeVisible();
  for (const term of ['Level', 'Starting dose', 'Equipment', 'Muscles']) await expect(article.locator('dt', { hasText: term })).toBeVisible();
  expect(await article.locator('ol > li[id^="step-"]').count()).toBeGreaterThanOrEqual(3);
  await expect(article.getByRole('heading', { name: 'Cues to remember' })).toBeVisible();
  await expect(article.getByRole('heading', { name: 'Common mistakes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(jsonLd['@type']).toBe('HowTo');
  expect(jsonLd.step.length).toBe(await article.locator('ol > li[id^="step-"]').count());
});

test('a muscle page lists every move that works it, as the moves\' own frontmatter says', async ({ page }) => {
  const url = samples['muscle page']!;
  const muscle = muscles().find((m) => path(m.url) === url)!;
  await page.goto(url);
  const listed = await page.locator('[data-role] a.card').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!));
  expect(listed.sort()).toEqual([...muscle.moves.primary, ...muscle.moves.secondary].sort());
  // And a listed move names this muscle on its own page.
  await page.locator('[data-role] a.card').first().click();
  await expect(page.locator('article dl').first()).toContainText(muscle.title);
});
