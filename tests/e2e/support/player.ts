/**
 * The player's page contract for the browser tests (player.spec.ts, player-device.spec.ts): the
 * plan they play, Playwright's clock, and readers of [data-player] and [data-timer].
 */
import { expect, type Page } from '@playwright/test';

// Reps, a timed warm-up, holds, each-side moves (reps and holds) and the core add-on (checked below).
export const QUERY = 'level=beginner&equipment=band&minutes=15&focus=balanced&addons=core&seed=1';
export const T0 = new Date('2026-03-02T08:00:00Z');

/**
 * Playwright's clock, installed and paused: time moves only by clock.runFor, never by the
 * machine's speed (with the clock merely installed, a real second could tick between reading a
 * timer and checking it).
 */
export async function stopClock(page: Page) {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
}

export const player = (page: Page) => page.locator('[data-player]');
export const timer = (page: Page) => page.locator('[data-timer]');
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export async function open(page: Page, search = `?${QUERY}`) {
  await page.goto(`/routine/play/${search}`);
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
}

export const remaining = async (page: Page) => Number(await timer(page).getAttribute('data-remaining'));
export const where = (page: Page) =>
  player(page).evaluate((el) => ({ state: el.dataset.state, move: el.dataset.move, set: el.dataset.set, side: el.dataset.side, step: el.querySelector('[data-step-text]')!.textContent }));

/** The plan as /routine/ shows it for the same link. */
export async function builderPlan(page: Page) {
  await page.goto(`/routine/?${QUERY}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
  return page.locator('[data-move][data-phase]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-move')!, perSide: el.hasAttribute('data-per-side'), hold: el.hasAttribute('data-hold-seconds'), addon: el.getAttribute('data-addon'), reps: el.hasAttribute('data-reps') })));
}
