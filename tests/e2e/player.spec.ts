/**
 * The follow-along player (/routine/play/, issue 13) through its page contract: [data-player]
 * data-state / data-move / data-set / data-side, [data-timer] data-remaining, and the buttons by
 * name. Time is Playwright's clock, so a whole workout runs in seconds.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';

// Reps, a timed warm-up, holds, each-side moves (reps and holds) and the core add-on (checked below).
const QUERY = 'level=beginner&equipment=band&minutes=15&focus=balanced&addons=core&seed=1';
const T0 = new Date('2026-03-02T08:00:00Z');

/**
 * Playwright's clock, installed and paused: time moves only by clock.runFor, never by the
 * machine's speed (with the clock merely installed, a real second could tick between reading a
 * timer and checking it).
 */
async function stopClock(page: Page) {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
}

const player = (page: Page) => page.locator('[data-player]');
const timer = (page: Page) => page.locator('[data-timer]');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function open(page: Page, search = `?${QUERY}`) {
  await page.goto(`/routine/play/${search}`);
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
}

const remaining = async (page: Page) => Number(await timer(page).getAttribute('data-remaining'));
const where = (page: Page) =>
  player(page).evaluate((el) => ({ state: el.dataset.state, move: el.dataset.move, set: el.dataset.set, side: el.dataset.side, step: el.querySelector('[data-step-text]')!.textContent }));

/** The plan as /routine/ shows it for the same link. */
async function builderPlan(page: Page) {
  await page.goto(`/routine/?${QUERY}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
  return page.locator('[data-move][data-phase]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-move')!, perSide: el.hasAttribute('data-per-side'), hold: el.hasAttribute('data-hold-seconds'), addon: el.getAttribute('data-addon'), reps: el.hasAttribute('data-reps') })));
}

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

test('the screen wake lock is asked for on Start, asked again when the page is shown after being hidden, let go on pause', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { wake: { requests: number; releases: number }; shown: string };
    w.wake = { requests: 0, releases: 0 };
    w.shown = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => w.shown });
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async () => {
          w.wake.requests += 1;
          const sentinel = { released: false, release: async () => { sentinel.released = true; w.wake.releases += 1; }, addEventListener() {} };
          return sentinel;
        },
      },
    });
  });
  const wake = () => page.evaluate(() => (window as unknown as { wake: { requests: number; releases: number } }).wake);
  const show = (state: 'visible' | 'hidden') => page.evaluate((value) => {
    (window as unknown as { shown: string }).shown = value;
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  await open(page);
  expect(await wake()).toEqual({ requests: 0, releases: 0 });
  await button(page, 'Start').click();
  await expect.poll(wake).toEqual({ requests: 1, releases: 0 });
  await show('hidden');
  await show('visible');
  await expect.poll(wake).toEqual({ requests: 2, releases: 0 });
  await button(page, 'Pause').click();
  await expect.poll(wake).toEqual({ requests: 2, releases: 1 });
  // Paused: coming back to the page does not take the lock again.
  await show('hidden');
  await show('visible');
  await button(page, 'Resume').click();
  await expect.poll(wake).toEqual({ requests: 3, releases: 1 });
});

test('where there is no wake lock, no audio and no speech, the player still runs', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as unknown as Record<string, unknown>).wakeLock;
    delete (window as unknown as Record<string, unknown>).AudioContext;
    delete (window as unknown as Record<string, unknown>).speechSynthesis;
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await stopClock(page);
  await open(page);
  await button(page, 'Start').click();
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  await page.clock.runFor(20_000);
  await expect(player(page)).not.toHaveAttribute('data-state', 'ready');
  await expect(page.locator('[data-toggle-label="voice"]')).toBeHidden();
  expect(errors).toEqual([]);
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

test('a 320 px phone: no sideways scrolling, and the controls are at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await button(page, 'Start').click();
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const name of ['Pause', 'Back', 'Next', 'End workout']) {
    const box = (await button(page, name).boundingBox())!;
    expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the player (${theme} theme): ready, running, a notice, the end screen`, async ({ page }) => {
    await useTheme(page, theme);
    // Installed but running: axe waits on timers, and nothing here reads a timer.
    await page.clock.install({ time: T0 });
    await open(page, '?level=expert&equipment=band&minutes=15&focus=balanced&addons=core&seed=1');
    await expectNoAxeViolations(page);
    await button(page, 'Start').click();
    for (let i = 0; i < 12; i++) await button(page, 'Next').click();
    await expectNoAxeViolations(page);
    await button(page, 'End workout').click();
    await expectNoAxeViolations(page);
  });
}

test('without JavaScript: the default plan as a checklist, and a note that the timer needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/routine/');
  const plan = await page.locator('[data-move][data-phase]').evaluateAll((els) => els.map((el) => el.getAttribute('data-move')));
  await page.goto('/routine/play/');
  await expect(page.getByText('The timer needs JavaScript')).toBeVisible();
  await expect(page.locator('[data-player]')).toBeHidden();
  const items = page.locator('[data-checklist-move]');
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-checklist-move')))).toEqual(plan);
  await items.first().getByRole('checkbox').check();
  await expect(items.first().getByRole('checkbox')).toBeChecked();
  await context.close();
});

test('the moving figure is the main picture on a 390 px phone, with the start and end stills; a still of the next move during rests', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.install({ time: T0 });
  await open(page);
  const box = page.locator('[data-player-figure]');
  const motion = box.locator('img[data-figure="motion"]');
  await expect(motion).toBeVisible();
  expect((await motion.boundingBox())!.width).toBeGreaterThanOrEqual(240);
  const move = await player(page).getAttribute('data-move');
  await expect(motion).toHaveAttribute('src', `/figures/motion/${move}.svg`);
  await expect(box.locator('img[data-figure="start"]')).toHaveAttribute('src', `/figures/start/${move}.svg`);
  await expect(box.locator('img[data-figure="end"]')).toHaveAttribute('src', `/figures/${move}.svg`);
  await page.waitForLoadState('networkidle');
  const broken = await box.locator('img').evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).naturalWidth).length);
  expect(broken).toBe(0);
  // Through the first move until a rest: the main picture is then a still of the move to come.
  await button(page, 'Start').click();
  await expect(player(page)).toHaveAttribute('data-state', 'countdown');
  for (let i = 0; i < 40; i++) {
    const now = await where(page);
    if (now.state === 'rest') break;
    if (now.state === 'work' && !(await timer(page).getAttribute('data-remaining'))) await button(page, 'Done').click();
    else await page.clock.runFor((await remaining(page)) * 1000);
    await expect.poll(() => where(page)).not.toEqual(now);
  }
  await expect(player(page)).toHaveAttribute('data-state', 'rest');
  await expect(box).toHaveAttribute('data-figure-next', '');
  const next = await box.getAttribute('data-figure-move');
  await expect(motion).toHaveAttribute('src', `/figures/start/${next}.svg`);
});

test('under reduced motion the player shows the stills, not the moving figure', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const box = page.locator('[data-player-figure]');
  await expect(box.locator('img[data-figure="motion"]')).toBeHidden();
  await expect(box.locator('img[data-figure="start"]')).toBeVisible();
  await expect(box.locator('img[data-figure="end"]')).toBeVisible();
});
