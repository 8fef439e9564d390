/**
 * The routine builder on the built site (routine-rules.md). The plan in the DOM, read through the
 * page contract (data-phase, data-move, data-addon, the dose attributes, data-rule/data-explains),
 * must pass the rules' checker (src/lib/routine/check).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';
import { check, estimateSeconds } from '../../src/lib/routine/check';
import { decodeRequest, type Plan, type PlannedDose, type PlannedMove, type RoutineMove, type PhaseId } from '../../src/lib/routine';

interface Planned { phase: string; id: string; addon: string | null; dose: PlannedDose }

async function open(page: Page, search = '') {
  await page.goto(`/routine/${search}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
}

/** The moves the page shows, with their doses read from the page contract's data attributes. */
async function readMoves(page: Page, selector: string): Promise<Planned[]> {
  return page.locator(selector).evaluateAll((items) =>
    items.map((el) => {
      const n = (name: string) => (el.hasAttribute(name) ? Number(el.getAttribute(name)) : undefined);
      const perSide = el.hasAttribute('data-per-side');
      const sets = n('data-sets') ?? 1;
      const dose = n('data-reps') !== undefined ? { type: 'reps', sets, reps: n('data-reps'), perSide }
        : n('data-hold-seconds') !== undefined ? { type: 'hold', sets, seconds: n('data-hold-seconds'), repeats: n('data-repeats'), perSide }
        : { type: 'time', sets, seconds: n('data-seconds'), perSide };
      return { phase: el.getAttribute('data-phase') ?? 'desk', id: el.getAttribute('data-move') ?? el.getAttribute('data-desk-move')!, addon: el.getAttribute('data-addon'), dose: dose as PlannedDose };
    }));
}

const readPlan = (page: Page) => readMoves(page, '[data-move][data-phase]');

async function catalogue(page: Page): Promise<RoutineMove[]> {
  return JSON.parse((await page.locator('#routine-data').textContent())!).catalogue;
}

/**
 * The plan in the DOM, as the checker reads plans: inputs from the link, moves and doses from the
 * data attributes, times of the phases and the whole from data-phase-seconds / data-total-seconds,
 * notes from [data-rule] / [data-explains]. The page does not show a move's equipment, so the test
 * takes the option the rules steer to (T4, T5).
 */
async function planInPage(page: Page, moves: RoutineMove[]): Promise<Plan> {
  const { inputs } = decodeRequest(new URL(page.url()).search);
  const has = new Set<string>(['wall', 'chair', 'doorway', 'floor', ...inputs.equipment]);
  const equipmentOf = (id: string) => {
    const options = (moves.find((m) => m.id === id)?.equipment ?? []).filter((o) => o.every((item) => has.has(item)));
    const light = options.find((o) => !o.some((item) => item === 'barbell' || item === 'cable'));
    return (inputs.level === 'beginner' ? (light ?? options[0]) : options[0]) ?? [];
  };
  const planned = (p: Planned, where: PhaseId | 'desk'): PlannedMove => ({
    id: p.id, title: p.id, url: '', cue: '', equipment: equipmentOf(p.id), dose: p.dose, seconds: estimateSeconds(p.dose, where),
    ...(p.addon && { addon: p.addon as PlannedMove['addon'] }),
  });
  const shown = await readPlan(page);
  const phaseSeconds = async (id: string) => Number(await page.locator(`[data-phase-section="${id}"]`).getAttribute('data-phase-seconds'));
  const phases = await Promise.all((['warmup', 'strength', 'cooldown'] as const).map(async (id) => ({
    id, moves: shown.filter((p) => p.phase === id).map((p) => planned(p, id)), seconds: await phaseSeconds(id),
  })));
  const desk = (await readMoves(page, '[data-desk-move]')).map((p) => planned(p, 'desk'));
  const notes = await page.locator('[data-rule][data-explains]').evaluateAll((els) =>
    els.map((el) => ({ rule: el.getAttribute('data-rule'), explains: el.getAttribute('data-explains')!.split(' '), text: el.textContent ?? '' })));
  return {
    inputs, seed: 0, swaps: [], phases,
    totalSeconds: Number(await page.locator('[data-plan]').getAttribute('data-total-seconds')),
    holdCaps: { seconds: 20, repeats: 3 },
    deskBreak: { moves: desk, seconds: desk.reduce((sum, m) => sum + m.seconds, 0) },
    notes: notes as Plan['notes'], ignoredSwaps: [],
  };
}

/** The plan in the page passes the rules' checker; the week (K1, K2) and the safety note (P1) are there. */
async function expectRulesHold(page: Page) {
  const moves = await catalogue(page);
  const plan = await planInPage(page, moves);
  expect(plan.phases.every((p) => p.moves.length > 0), 'S1: three phases, each with moves').toBe(true);
  expect(check(plan, moves), page.url()).toEqual([]);
  await expect(page.locator('[data-sessions]'), 'K1').toHaveAttribute('data-sessions', plan.inputs.level === 'beginner' ? '1-2' : '2-3');
  await expect(page.locator('[data-progression]'), 'K2').toHaveCount(3);
  await expect(page.locator('[data-safety]'), 'P1').toContainText('Sharp or worsening pain means stop');
  // The pain rule, from the one shared component, with a link to the safety guide.
  await expect(page.locator('[data-safety]').getByRole('heading', { name: 'The pain rule' })).toBeVisible();
  await expect(page.locator('[data-safety] [data-pain-rule]')).toContainText('During a move, discomfort up to 3 out of 10 is acceptable');
  await expect(page.locator('[data-safety]').getByRole('link', { name: 'More on pain and warning signs' })).toHaveAttribute('href', '/guides/safety/#the-pain-rule');
}

test('with JavaScript the no-JavaScript notice never shows (hidden before first paint, so nothing shifts)', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const notice = document.querySelector('[data-no-js]');
      // Still in the document but not laid out: CSS hid it before paint. Removing it from a
      // script instead would move everything below it once the page is on screen.
      (window as unknown as { noticeState: string }).noticeState = notice ? getComputedStyle(notice).display : 'removed';
    });
  });
  await open(page);
  expect(await page.evaluate(() => (window as unknown as { noticeState: string }).noticeState)).toBe('none');
  await expect(page.getByText('Changing the plan needs JavaScript')).toBeHidden();
});

test('without JavaScript the default plan is there, and the page says changing it needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/routine/');
  await expect(page.getByText('Changing the plan needs JavaScript')).toBeVisible();
  const plan = await readPlan(page);
  expect(plan.filter((p) => p.phase === 'warmup').length).toBeGreaterThan(0);
  expect(plan.filter((p) => p.phase === 'strength').length).toBeGreaterThanOrEqual(3);
  expect(plan.filter((p) => p.phase === 'cooldown').length).toBeGreaterThanOrEqual(3);
  for (const p of plan.filter((q) => q.phase === 'strength')) expect(p.dose.sets).toBe(1);
  await expect(page.locator('[data-safety]')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Resistance band' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '20 min' })).toBeChecked();
  await context.close();
});

test('inputs change the plan and the URL at once', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page, '?seed=77');
  await expect(page).toHaveURL(/level=beginner&equipment=band&minutes=20&focus=balanced&seed=77/);
  await page.getByRole('radio', { name: 'Advanced' }).check();
  await expect(page).toHaveURL(/level=advanced/);
  await expect(page.locator('[data-phase="strength"]').first()).toHaveAttribute('data-sets', '3');
  await page.getByRole('checkbox', { name: 'Dumbbells' }).check();
  await page.getByRole('checkbox', { name: 'Grip' }).check();
  await page.getByRole('radio', { name: '45 min' }).check();
  await expect(page).toHaveURL(/level=advanced&equipment=band,dumbbells&minutes=45&focus=balanced&addons=grip&seed=77/);
  await expect(page.locator('[data-addon="grip"]')).toHaveCount(1);
  await expectRulesHold(page);
  await page.getByRole('checkbox', { name: 'Resistance band' }).uncheck();
  await page.getByRole('checkbox', { name: 'Dumbbells' }).uncheck();
  await expect(page).toHaveURL(/equipment=&/);
  // With no equipment the doorway row is the row: T1-T3 hold with no X1 note for them, and the rest of the plan is there.
  await expect(page.locator('[data-phase="strength"][data-move="doorway-row"]')).toHaveCount(1);
  await expect(page.locator('[data-rule="X1"]').filter({ hasText: /rule T[123]\b/ })).toHaveCount(0);
  await expect(page.locator('[data-phase="cooldown"]')).not.toHaveCount(0);
  await expectRulesHold(page);
  expect(errors, 'no script error or CSP violation').toEqual([]);
});

const SPREAD = [
  'level=beginner&equipment=band&minutes=15&focus=balanced&seed=1',
  'level=beginner&equipment=&minutes=20&focus=posture&addons=core,grip&seed=2',
  'level=intermediate&equipment=dumbbells,bench&minutes=30&focus=strength&addons=core&seed=3',
  'level=intermediate&equipment=band,cable&minutes=15&focus=posture&seed=4',
  'level=advanced&equipment=band,dumbbells,barbell,cable,bench,pullup-bar,stress-ball&minutes=45&focus=strength&addons=core,grip&seed=5',
  'level=advanced&equipment=barbell&minutes=15&focus=balanced&addons=grip&seed=6',
  'level=beginner&equipment=stress-ball&minutes=45&focus=strength&addons=grip&seed=7',
];
for (const search of SPREAD) {
  test(`every rule holds in the page: ${search}`, async ({ page }) => {
    await open(page, `?${search}`);
    await expect(page).toHaveURL(`/routine/?${search}`);
    await expectRulesHold(page);
  });
}

test('swap replaces one move within the rules, keeps the focus on its button, and goes in the link', async ({ page }) => {
  await open(page, '?level=intermediate&equipment=band,dumbbells&minutes=45&focus=balanced&seed=9');
  const slot = page.locator('[data-phase="strength"]').nth(1);
  const before = await slot.getAttribute('data-move');
  const button = slot.getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(slot).not.toHaveAttribute('data-move', before!);
  const after = await slot.getAttribute('data-move');
  await expect(slot.getByRole('button')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`swap=${before}\\.${after}`));
  await expect(page.locator('#routine-builder').getByRole('status')).toContainText('Swapped');
  await expectRulesHold(page);
  // A stretch too (the last: the first ones are the ones that reach the chest, shoulders/neck and upper back).
  const stretch = page.locator('[data-phase="cooldown"]').last();
  const old = await stretch.getAttribute('data-move');
  await stretch.getByRole('button').click();
  await expect(stretch).not.toHaveAttribute('data-move', old!);
  await expectRulesHold(page);
});

/** A small seeded generator, so a failing sequence can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
}

for (const [search, seed] of [
  ['level=intermediate&equipment=band,dumbbells&minutes=45&focus=balanced&seed=21', 1],
  ['level=beginner&equipment=band&minutes=20&focus=posture&addons=core&seed=5', 2],
  ['level=advanced&equipment=band,dumbbells,cable,bench,pullup-bar&minutes=30&focus=strength&addons=grip&seed=8', 3],
] as const) {
  test(`random swaps clicked through the page keep the rules and show what was chosen (${seed})`, async ({ page }) => {
    await open(page, `?${search}`);
    const next = sequence(seed);
    const status = page.locator('#routine-builder').getByRole('status');
    let swapped = 0;
    for (let step = 0; step < 6; step++) {
      const slots = page.locator('[data-move][data-phase]');
      const slot = slots.nth(next(await slots.count()));
      const before = (await slot.getAttribute('data-move'))!;
      await slot.getByRole('button').click();
      await expect.poll(async () => (await slot.getAttribute('data-move')) !== before || (await status.textContent())!.includes('Nothing else')).toBe(true);
      const after = (await slot.getAttribute('data-move'))!;
      if (after !== before) swapped++;
      if (after !== before) await expect(status).toContainText('Swapped');
      else await expect(status).not.toContainText('Swapped');
      await expectRulesHold(page);
    }
    expect(swapped).toBeGreaterThan(2);
    // The link rebuilds the same plan.
    const shown = await readPlan(page);
    await page.reload();
    await expect(page.locator('[data-ready]')).toBeAttached();
    expect(await readPlan(page)).toEqual(shown);
    await expect(page.locator('[data-rule="U1"]')).toHaveCount(0);
  });
}

test('shuffle draws a new seed and a new plan', async ({ page }) => {
  await open(page, '?level=intermediate&equipment=band,dumbbells,cable&minutes=45&focus=balanced&seed=12');
  const moves = async () => (await readPlan(page)).map((p) => p.id).join();
  const first = await moves();
  let changed = false;
  for (let i = 0; i < 5 && !changed; i++) {
    await page.getByRole('button', { name: 'Shuffle' }).click();
    await expect(page).not.toHaveURL(/seed=12(&|$)/);
    changed = (await moves()) !== first;
  }
  expect(changed).toBe(true);
  await expectRulesHold(page);
});

test('a copied link opened in a fresh browser context rebuilds the identical plan', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await open(page, '?level=advanced&equipment=band,dumbbells&minutes=30&focus=posture&addons=core');
  await page.locator('[data-phase="strength"]').first().getByRole('button').click();
  await expect(page).toHaveURL(/swap=/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('#routine-builder').getByRole('status')).toContainText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByLabel('Link to this plan').inputValue());
  const plan = await readPlan(page);
  await context.close();

  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  const url = new URL(link);
  await open(again, url.search);
  expect(await readPlan(again)).toEqual(plan);
  await expect(again.locator('[data-rule="U1"]')).toHaveCount(0);
  await fresh.close();
});

test('a damaged link shows the notice and a valid plan', async ({ page }) => {
  await open(page, '?level=expert&equipment=band,rocket&minutes=7&focus=posture&seed=abc&swap=band-row.renegade-row,%%%&fbclid=x');
  const notice = page.locator('[data-rule="U1"]');
  await expect(notice).toContainText('This link was damaged');
  await expect(notice).toContainText('level “expert”');
  await expect(notice).toContainText('equipment “rocket”');
  await expect(notice).toContainText('minutes “7”');
  await expect(notice).toContainText('seed “abc”');
  await expect(page).toHaveURL(/level=beginner&equipment=band&minutes=20&focus=posture&seed=\d+$/);
  await expectRulesHold(page);
});

test('a 320 px phone shows the builder without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '?level=beginner&equipment=band&minutes=20&focus=balanced&addons=core,grip&seed=4');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the builder (${theme} theme, with messages)`, async ({ page }) => {
    await useTheme(page, theme);
    await open(page, '?level=expert&equipment=&minutes=15&focus=balanced&addons=grip&seed=8');
    await expect(page.locator('[data-rule="X1"]').first()).toBeVisible();
    await expect(page.locator('[data-rule="U1"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
