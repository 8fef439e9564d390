/**
 * The player on real devices' terms: the wake lock, a browser without audio, speech or wake lock,
 * a 320 px phone, axe in both themes, no JavaScript, and the moving figure as the main picture
 * (reduced motion: the stills). The workout itself is in player.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';
import { T0, stopClock, player, timer, button, open, remaining, where } from './support/player';

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
