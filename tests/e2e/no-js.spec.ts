import { expect, test } from '@playwright/test';
import { sitePaths } from './support/site';

// Every page of the built site is read with JavaScript off in the site checker's one crawl
// (scripts/check-site/no-js.mjs: a heading, real text, the site navigation, nothing left hidden for
// a script, plain links to pages of the site). Here: links followed for real, and the builder's
// default plan without JavaScript.
const paths = sitePaths();
const SECTION_OF_PHASE = { warmup: 'warm-ups', strength: 'exercises', cooldown: 'stretches' } as const;

test.use({ javaScriptEnabled: false });

test('the sitemap lists the pages (the list the no-JS tests walk)', () => {
  expect(paths.length).toBeGreaterThan(10);
  expect(paths).toContain('/');
  expect(paths).toContain('/routine/');
});

test('links work without JavaScript: from home to a section, an entry, and back home', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises', exact: true }).click();
  await expect(page).toHaveURL(/\/exercises\/$/);
  const entry = page.locator('main a.card').first();
  const href = await entry.getAttribute('href');
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('link', { name: 'Upright', exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
});

// Contract with the routine builder: without JavaScript /routine/ shows its default plan; each
// move is an element with data-move="<move id>" carrying, or inside an element carrying,
// data-phase="warmup|strength|cooldown".
test('the routine page shows its default plan without JavaScript', async ({ page }) => {
  await page.goto('/routine/');
  const moves = page.locator('main [data-move]:not([data-move-thumb])');
  const plan = await moves.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-move') ?? '', phase: el.closest('[data-phase]')?.getAttribute('data-phase') ?? '' })));
  const order = Object.keys(SECTION_OF_PHASE);
  // The phases come in order, warm-up, strength, cool-down (rule S1), each move in one of them.
  expect(plan.map((move) => order.indexOf(move.phase)), 'phase of each move in page order').toEqual([...plan.map((move) => order.indexOf(move.phase))].sort((a, b) => a - b));
  const movePages = new Set(paths.filter((p) => p.split('/').filter(Boolean).length === 2));
  for (const [phase, section] of Object.entries(SECTION_OF_PHASE)) {
    const ids = plan.filter((move) => move.phase === phase).map((move) => move.id);
    expect(ids.length, `${phase} moves`).toBeGreaterThanOrEqual(phase === 'warmup' ? 1 : 3);
    for (const id of ids) expect(movePages.has(`/${section}/${id}/`), `${phase} move "${id}" is a page in /${section}/`).toBe(true);
  }
  expect(new Set(plan.map((move) => move.id)).size, 'no move twice (rule S2)').toBe(plan.length);
  for (let index = 0; index < plan.length; index += 1) {
    await expect(moves.nth(index)).toBeVisible();
    expect((await moves.nth(index).innerText()).trim().length).toBeGreaterThan(2);
  }
});
