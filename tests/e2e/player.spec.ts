/**
 * The follow-along player (/routine/play/, issue 13) through its page contract: [data-player]
 * data-state / data-move / data-set / data-side, [data-timer] data-remaining, and the buttons by
 * name. Time is Playwright's clock, so a whole workout runs in seconds. The device side (wake
 * lock, missing APIs, small screens, no JavaScript, the figure) is in player-device.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { QUERY, T0, stopClock, player, timer, button, open, remaining, where, builderPlan } from './support/player';

test('a whole plan from Start to the end screen: every move in the plan\'s order, Done for rep sets, the clock for the rest', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = await builderPlan(page);
  // The link was chosen to exercise every kind of step; if the engine's choices change, pick another seed.
  expect(plan.some((m) => m.reps) && plan.some((m) => m.hold) && plan.some((m) => m.perSide && m.reps) && plan.some((m) => m.perSide && m.hold) && plan.some((m) => m.addon), JSON.stringify(plan)).toBe(true);

  // No script error and no CSP violation (Chromium logs those as console errors) anywhere on the way.
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await stopClock(page);
  await open(page);
  await expect(player(page)).toHaveAttribute('data-state', 'ready');
  await button(page, 'Start').click();
  // The running half loads on that tap: the walk starts once the countdown runs.
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  const moves: string[] = [];
  const states = new Set<string>();
  const sides = new Set<string>();
  for (let guard = 0; guard < 400; guard++) {
    const now = await where(page);
    if (now.state === 'done') break;
    states.add(now.state!);
    if (now.side) sides.add(now.side);
    if (moves.at(-1) !== now.move) moves.push(now.move!);
    if (now.state === 'work' && !(await timer(page).getAttribute('data-remaining'))) {
      await expect(timer(page)).toHaveText('Your pace');
      await button(page, 'Done').click();
    } else {
      await page.clock.runFor((await remaining(page)) * 1000);
    }
    // Each action moves the player on: never stuck on one step.
    await expect.poll(() => where(page)).not.toEqual(now);
  }
  await expect(player(page)).toHaveAttribute('data-state', 'done');
  expect(moves).toEqual(plan.map((m) => m.id));
  expect([...states].sort()).toEqual(['countdown', 'hold', 'rest', 'switch', 'work']);
  expect([...sides].sort()).toEqual(['left', 'right']);

  const end = page.locator('[data-end]');
  await expect(end.getByRole('heading', { name: 'Workout finished' })).toBeVisible();
  await expect(end.locator('[data-end-done]')).toHaveText(String(plan.length));
  await expect(end.locator('[data-end-skipped]')).toHaveText('0');
  await end.getByRole('button', { name: 'About right' }).click();
  await expect(end.getByRole('button', { name: 'About right' })).toHaveAttribute('aria-pressed', 'true');
  // The progress log answers through saveSession: saved, or a plain reason why not.
  await expect(end.locator('[data-save-message]')).toHaveText(/^(Saved to your progress log\.|Could not save: .+)$/);
  expect(errors).toEqual([]);
});

test('getting ready for a move shows its "Check first"; it hides while the move runs', async ({ page }) => {
  await stopClock(page);
  await open(page);
  const first = await player(page).getAttribute('data-move');
  const box = page.locator('[data-check-first]');
  await expect(box).toBeVisible();
  await expect(box.getByRole('heading', { name: 'Check first' })).toBeVisible();
  const lines = await box.locator('li').allTextContents();
  expect(lines.length).toBeGreaterThan(0);
  await button(page, 'Start').click();
  // The running half loads on that tap: read the countdown only once it runs.
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  await page.clock.runFor((await remaining(page)) * 1000);
  await expect.poll(async () => (await where(page)).state).not.toBe('countdown');
  await expect(box).toBeHidden();
  // The same lines as the move's own page (a plan starts with a warm-up).
  await page.goto(`/warm-ups/${first}/`);
  expect(await page.locator('[data-check-first] li').allTextContents()).toEqual(lines);
});

test('the safety box carries the pain rule; "It hurt" on the end screen steps back and links the guide', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page);
  const safety = page.locator('[data-safety]');
  await expect(safety.getByRole('heading', { name: 'The pain rule' })).toBeVisible();
  await expect(safety).toContainText('up to 3 out of 10');
  await expect(safety.getByRole('link', { name: 'More on pain and warning signs' })).toHaveAttribute('href', '/guides/safety/#the-pain-rule');
  await button(page, 'Start').click();
  await button(page, 'End workout').click();
  const end = page.locator('[data-end]');
  const hurt = end.getByRole('button', { name: 'It hurt (sharp, or still there the next morning)' });
  await hurt.click();
  await expect(hurt).toHaveAttribute('aria-pressed', 'true');
  const note = end.locator('[data-hurt-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Do not make anything harder');
  await expect(note.getByRole('link', { name: 'Read the pain rule and the warning signs' })).toHaveAttribute('href', '/guides/safety/#the-pain-rule');
  await end.getByRole('button', { name: 'About right' }).click();
  await expect(note).toBeHidden();
});

test('pause freezes the timer; Resume runs it on', async ({ page }) => {
  await stopClock(page);
  await open(page);
  await button(page, 'Start').click();
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  const start = await remaining(page);
  await page.clock.runFor(2000);
  await expect(timer(page)).toHaveAttribute('data-remaining', String(start - 2));
  await button(page, 'Pause').click();
  await expect(player(page)).toHaveAttribute('data-state', 'paused');
  await expect(button(page, 'Resume')).toBeFocused();
  await page.clock.runFor(60_000);
  await expect(timer(page)).toHaveAttribute('data-remaining', String(start - 2));
  await expect(page.locator('[data-elapsed]')).toHaveText('0:02');
  await button(page, 'Resume').click();
  await page.clock.runFor(1000);
  await expect(timer(page)).toHaveAttribute('data-remaining', String(start - 3));
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
});

test('a reload resumes at the same step, paused, with the time it had', async ({ page }) => {
  await stopClock(page);
  await open(page);
  await button(page, 'Start').click();
  for (let i = 0; i < 4; i++) await button(page, 'Next').click();
  await page.clock.runFor(1000);
  const before = await where(page);
  const seconds = async () => Number((await page.locator('[data-elapsed]').textContent())!.split(':')[1]);
  const elapsed = await seconds();
  await page.reload();
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
  expect(await where(page)).toEqual({ ...before, state: 'paused' });
  // The time it had when the page went away (the clock runs on while the reload takes its second or two).
  expect(await seconds()).toBeGreaterThanOrEqual(elapsed);
  expect(await seconds()).toBeLessThanOrEqual(elapsed + 3);
  await page.clock.runFor(5000);
  expect(await seconds(), 'paused after the reload').toBeLessThanOrEqual(elapsed + 3);
  await button(page, 'Resume').click();
  await expect(player(page)).toHaveAttribute('data-state', before.state!);
  // A damaged saved state is ignored: the player starts afresh. (Damaged before the page's scripts
  // run on the next load: leaving the page saves its state again.)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('damaged')) return;
    sessionStorage.setItem('damaged', '1');
    for (const key of Object.keys(localStorage)) if (key.startsWith('upright-player:')) localStorage.setItem(key, '{"status":"paused","index":99999');
  });
  await page.reload();
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
  await expect(player(page)).toHaveAttribute('data-state', 'ready');
});

test('keyboard: Space pauses and resumes, → next, ← back, M mutes (remembered)', async ({ page }) => {
  await stopClock(page);
  await open(page);
  await button(page, 'Start').click();
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  await page.keyboard.press('Space');
  await expect(player(page)).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('Space');
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  const first = await where(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => where(page)).not.toEqual(first);
  await expect(player(page)).toHaveAttribute('data-state', 'work');
  await page.keyboard.press('ArrowLeft');
  expect(await where(page)).toEqual(first);
  // Space on a focused button pauses; it does not also press the button.
  await button(page, 'Next').focus();
  await page.keyboard.press('Space');
  await expect(player(page)).toHaveAttribute('data-state', 'paused');
  expect((await where(page)).step).toBe(first.step);
  const sound = page.getByRole('checkbox', { name: /Sound/ });
  await expect(sound).toBeChecked();
  await page.keyboard.press('m');
  await expect(sound).not.toBeChecked();
  await page.reload();
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
  await expect(sound).not.toBeChecked();
});

test('rests: −15 s, +15 s and Skip; End workout goes to the end screen with the moves skipped', async ({ page }) => {
  await stopClock(page);
  await open(page);
  await button(page, 'Start').click();
  // Move on until a rest between hold repeats or sets.
  for (let i = 0; i < 200 && (await player(page).getAttribute('data-state')) !== 'rest'; i++) await button(page, 'Next').click();
  await expect(player(page)).toHaveAttribute('data-state', 'rest');
  const left = await remaining(page);
  await button(page, '15 seconds more').click();
  await expect(timer(page)).toHaveAttribute('data-remaining', String(left + 15));
  await button(page, '15 seconds less').click();
  await expect(timer(page)).toHaveAttribute('data-remaining', String(left));
  const rest = await where(page);
  await button(page, 'Skip').click();
  await expect.poll(() => where(page)).not.toEqual(rest);
  await button(page, 'End workout').click();
  await expect(player(page)).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('heading', { name: 'Workout finished' })).toBeVisible();
  expect(Number(await page.locator('[data-end-skipped]').textContent())).toBeGreaterThan(0);
});

test('the builder links to the player for its current plan; a damaged link is repaired with a notice', async ({ page }) => {
  await page.goto(`/routine/?${QUERY}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
  await page.getByRole('link', { name: 'Start this routine' }).click();
  await expect(page).toHaveURL(`/routine/play/?${QUERY}`);
  await open(page, '?level=expert&equipment=band&minutes=7&focus=balanced&seed=abc');
  await expect(page.locator('[data-rule="U1"]')).toContainText('This link was damaged');
  await expect(page.locator('[data-rule="U1"]')).toContainText('level “expert”');
  await expect(page).toHaveURL(/\/routine\/play\/\?level=beginner&equipment=band&minutes=20&focus=balanced&seed=\d+$/);
});
