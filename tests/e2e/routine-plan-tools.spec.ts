/**
 * The builder's own tools (issue 21): "Why this move?" from the engine's record of its decisions
 * (contract: [data-phase][data-move] [data-why] with data-rules), "Start over", and "Keep this plan",
 * which the player and /progress/ offer the next time.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildPlan, decodeRequest, type RoutineMove } from '../../src/lib/routine';
import { KEPT_PLAN_KEY } from '../../src/lib/routine/kept';

const LINK = 'level=intermediate&equipment=band,dumbbells&minutes=30&focus=posture&addons=core&seed=5';
const DEFAULT_LINK = 'level=beginner&equipment=band&minutes=20&focus=balanced&seed=1';

async function open(page: Page, search = '') {
  await page.goto(`/routine/${search}`);
  await expect(page.locator('routine-builder[data-ready]')).toBeAttached();
}

/** Each planned move's id and its reason (rule ids and words) as the page shows them. */
const shownReasons = (page: Page) =>
  page.locator('[data-phase][data-move]').evaluateAll((items) => items.map((el) => {
    const why = el.querySelectorAll('[data-why]');
    return { id: el.getAttribute('data-move'), count: why.length, rules: why[0]?.getAttribute('data-rules'), text: why[0]?.querySelector('[data-why-text]')?.textContent };
  }));

test('every planned move says why, with the rules the engine recorded for it', async ({ page }) => {
  await open(page, `?${LINK}`);
  const catalogue: RoutineMove[] = JSON.parse((await page.locator('#routine-data').textContent())!).catalogue;
  const decoded = decodeRequest(LINK);
  const plan = buildPlan(catalogue, { inputs: decoded.inputs, seed: decoded.seed!, swaps: [] });
  const expected = plan.phases.flatMap((p) => p.moves.map((m) => ({ id: m.id, count: 1, rules: m.why!.rules.join(' '), text: m.why!.text })));
  expect(await shownReasons(page)).toEqual(expected);
  // A posture focus names T8 where it tipped a pick; the row and the posture move name T2 and T3.
  expect(expected.map((m) => m.rules)).toEqual(expect.arrayContaining(['T2', 'C3', 'T7']));
  expect(expected.some((m) => m.rules.startsWith('T3'))).toBe(true);

  const first = page.locator('[data-phase="strength"]').first();
  await first.getByText('Why this move?').click();
  await expect(first.locator('[data-why-text]')).toBeVisible();
  await expect(first.locator('[data-why-text]')).toContainText('every session has at least one');

  // A move swapped in says so (U2), naming the move whose place it took.
  const slot = page.locator('[data-phase="cooldown"]').last();
  const before = await slot.locator('[data-title]').textContent();
  await slot.getByRole('button', { name: /^Swap/ }).click();
  await expect(slot.locator('[data-why]')).toHaveAttribute('data-rules', 'U2');
  await expect(slot.locator('[data-why-text]')).toContainText(`for ${before}`);
});

test('without JavaScript the default plan says why too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/routine/');
  const reasons = await shownReasons(page);
  expect(reasons.length).toBeGreaterThan(6);
  for (const reason of reasons) {
    expect(reason.count).toBe(1);
    expect(reason.rules).toMatch(/^[A-Z]\d( [A-Z]\d)*$/);
    for (const rule of reason.rules!.split(' ')) expect(reason.text).toContain(rule);
  }
  await context.close();
});

test('Start over returns to the defaults: inputs, seed, swaps and the link', async ({ page }) => {
  const noJs = await (async () => {
    await page.goto('/routine/?seed=1');
    await expect(page.locator('routine-builder[data-ready]')).toBeAttached();
    return page.locator('[data-phase][data-move]').evaluateAll((els) => els.map((el) => el.getAttribute('data-move')));
  })();
  await open(page, `?${LINK}`);
  await page.locator('[data-phase="strength"]').first().getByRole('button', { name: /^Swap/ }).click();
  await expect(page).toHaveURL(/swap=/);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(`/routine/?${DEFAULT_LINK}`);
  await expect(page.getByRole('radio', { name: 'Beginner' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Core & lower back' })).not.toBeChecked();
  await expect(page.locator('[data-messages]')).toContainText('Back to the defaults');
  expect(await page.locator('[data-phase][data-move]').evaluateAll((els) => els.map((el) => el.getAttribute('data-move')))).toEqual(noJs);
});

test('Keep this plan: the player and /progress/ offer it the next time', async ({ page }) => {
  await open(page, `?${LINK}`);
  await page.getByRole('button', { name: 'Keep this plan' }).click();
  await expect(page.locator('[data-messages]')).toContainText('Plan kept on this device');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_PLAN_KEY)).toBe(LINK);

  await page.goto('/routine/play/');
  const offer = page.locator('[data-kept-offer]');
  await expect(offer).toBeVisible();
  await offer.getByRole('link', { name: 'Follow your kept plan' }).click();
  await expect(page).toHaveURL(`/routine/play/?${LINK}`);
  await expect(page.locator('[data-kept-offer]')).toBeHidden();

  await page.goto('/progress/');
  const kept = page.locator('[data-kept-section]');
  await expect(kept).toBeVisible();
  await expect(kept).toContainText('Intermediate plan, 30 min');
  await expect(kept.getByRole('link', { name: 'Follow your kept plan' })).toHaveAttribute('href', `/routine/play/?${LINK}`);
  await expect(kept.getByRole('link', { name: 'Open it in the builder' })).toHaveAttribute('href', `/routine/?${LINK}`);
});

test('a damaged kept plan is refused with a message and left as it was', async ({ page }) => {
  await page.goto('/progress/');
  await page.evaluate((key) => localStorage.setItem(key, 'level=expert&seed=<script>'), KEPT_PLAN_KEY);
  await page.goto('/routine/play/');
  await expect(page.locator('[data-kept-offer]')).toContainText('could not be read');
  await page.goto('/progress/');
  await expect(page.locator('[data-kept-section]')).toContainText('could not be read');
  await expect(page.locator('[data-kept-section]').getByRole('link')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_PLAN_KEY)).toBe('level=expert&seed=<script>');
});
