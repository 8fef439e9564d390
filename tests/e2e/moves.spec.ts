/**
 * Move pages show their coaching (breathing, tempo, the builder's rest and sets, load) from
 * frontmatter, and the desk-break guide shows the desk-break moves' own doses.
 */
import { expect, test } from '@playwright/test';
import { loadMoves } from '../support/content';
import { formatDose, formatSeconds } from '../../src/lib/dose';
import { REST_BETWEEN_SETS, SETS_BY_LEVEL } from '../../src/lib/routine/time';
import { formatTempo } from '../../src/lib/coaching';
import { expectNoAxeViolations, useTheme } from './support/site';

const moves = loadMoves();
const move = (id: string) => moves.find((m) => m.id === id)!;

test('a strength move page shows breathing, tempo, rest, sets by level and load from its frontmatter', async ({ page }) => {
  const { data } = move('band-row');
  await page.goto('/exercises/band-row/');
  const coaching = page.locator('[data-move-coaching]');
  await expect(coaching.getByRole('heading', { name: 'Sets, pace and load' })).toBeVisible();
  await expect(coaching.locator('[data-breathing]')).toHaveText(data.breathing!);
  await expect(coaching.locator('[data-tempo]')).toHaveText(formatTempo(data.tempo!));
  await expect(coaching.locator('[data-load]')).toHaveText(data.load!);
  await expect(coaching.locator('[data-rest]')).toContainText(formatSeconds(REST_BETWEEN_SETS));
  await expect(coaching.locator('[data-sets-note]')).toContainText(`${SETS_BY_LEVEL.intermediate} at intermediate`);
  await expect(page.locator('[data-progression-note]')).toBeVisible();
});

test('the desk-break guide lists every desk-break move with the dose from its own page', async ({ page }) => {
  const desk = moves.filter((m) => m.data.use.includes('desk-break'));
  expect(desk.length).toBeGreaterThanOrEqual(3);
  await page.goto('/guides/desk-breaks/');
  const list = page.locator('[data-desk-break-doses] li');
  await expect(list).toHaveCount(desk.length);
  for (const m of desk) {
    const item = list.filter({ has: page.getByRole('link', { name: m.data.title, exact: true }) });
    await expect(item.locator('[data-dose]'), m.id).toHaveText(formatDose(m.data.dose));
  }
});

test('a page that says "high plank" or "brace" explains it and links to the glossary entry', async ({ page }) => {
  await page.goto('/exercises/renegade-row/');
  const terms = page.locator('[data-glossary-terms]');
  await expect(terms.getByRole('link', { name: 'High plank' })).toBeVisible();
  await terms.getByRole('link', { name: 'Brace' }).click();
  await expect(page).toHaveURL(/\/guides\/glossary\/#term-brace$/);
  await expect(page.locator('#term-brace')).toContainText('keep breathing');
});

test('the table row warns to test the table before anything else', async ({ page }) => {
  await page.goto('/exercises/table-row/');
  await expect(page.getByRole('heading', { name: 'A firm warning about the table' })).toBeVisible();
  await expect(page.locator('article')).toContainText('Test the table before anything else');
});

for (const theme of ['light', 'dark'] as const) {
  test(`a new move page (doorway row) passes axe in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/exercises/doorway-row/');
    await expectNoAxeViolations(page);
  });
}
