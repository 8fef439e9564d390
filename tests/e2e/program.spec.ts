/**
 * The program (/program/, issue 22) through its page contract: [data-program] holds
 * [data-week="N"] elements with [data-session] items (each linking to the plan that rebuilds that
 * very session) and, where something changed, [data-change] with its reason in [data-why]. Without
 * JavaScript (the default program), from a link (repaired with a notice), started and driven by
 * the log (builder and player), on /progress/, as a calendar file, on paper, and after a damaged
 * stored value.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './support/site';
import { printedSheets } from './support/print';
import { serveDist } from '../../scripts/check-site/serve.mjs';

const LINK = '?level=intermediate&equipment=band,dumbbells&minutes=30&focus=balanced&days=3&weeks=8&start=2026-12-07&seed=4';
const PROGRAM_KEY = 'upright-program';
const T0 = new Date('2026-12-07T08:00:00Z');

const weeks = (page: Page) => page.locator('[data-program] [data-week]');
const week = (page: Page, n: number) => page.locator(`[data-program] [data-week="${n}"]`);

async function open(page: Page, search = '') {
  await page.goto(`/program/${search}`);
  await expect(page.locator('program-planner[data-ready]')).toBeAttached();
}

async function readDownload(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** The strength moves' sets on /routine/ for a session's link, and the builder's own link for it. */
async function planAt(page: Page, href: string) {
  await page.goto(href);
  await expect(page.locator('[data-ready]')).toBeAttached();
  const sets = await page.locator('[data-phase="strength"][data-move]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sets')));
  return { sets, search: new URL(page.url()).search };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default program: 6 weeks of 2 sessions, each a plan link, the changes with their reasons', async ({ page }) => {
    await page.goto('/program/');
    await expect(weeks(page)).toHaveCount(6);
    for (let n = 1; n <= 6; n++) {
      const sessions = week(page, n).locator('[data-session]');
      await expect(sessions).toHaveCount(2);
      await expect(sessions.first().locator('a[data-plan-link]')).toHaveAttribute('href', /^\/routine\/\?level=beginner&equipment=band&minutes=\d+&focus=balanced/);
    }
    // Beginners: a change every two weeks at most, in the ladder's order.
    await expect(page.locator('[data-program] [data-change]')).toHaveCount(2);
    await expect(week(page, 3).locator('[data-why]')).toHaveText(/^Week 3: more repetitions: each strength move at the top of its range/);
    await expect(week(page, 5).locator('[data-why]')).toContainText('Week 5: a second set of each strength move');
    await expect(week(page, 5).locator('[data-why]')).toContainText('Each session now takes about 30 minutes, so no move is dropped to fit.');
    await expect(week(page, 2).locator('[data-change]')).toHaveCount(0);
    await expect(page.locator('[data-no-js]')).toBeVisible();
  });
});

test('each session links to the plan that rebuilds it exactly: sets and reps included', async ({ page }) => {
  await page.goto('/program/');
  const href = (await week(page, 5).locator('[data-session] a[data-plan-link]').first().getAttribute('href'))!;
  expect(href).toContain('sets=2&reps=more');
  const plan = await planAt(page, href);
  expect(plan.search).toBe(href.slice('/routine/'.length));
  expect(new Set(plan.sets)).toEqual(new Set(['2']));
});

test('a link builds its program; a damaged link is repaired with a visible notice', async ({ page }) => {
  await open(page, LINK);
  await expect(weeks(page)).toHaveCount(8);
  await expect(week(page, 1).locator('[data-session]')).toHaveCount(3);
  await expect(week(page, 1).locator('[data-session]').first()).toContainText('Mon 7 Dec');
  await expect(week(page, 2).locator('[data-why]')).toContainText('Week 2: more repetitions');
  // A harder variation later on, with equipment the person has.
  await expect(page.locator('[data-program] [data-change]').last().locator('[data-why]')).toContainText('the harder');
  await expect(page.locator('[data-notice]')).toBeHidden();

  await open(page, '?level=beginner&days=3&weeks=40&start=2026-13-01&seed=2');
  const notice = page.locator('[data-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('days “3” (1 to 2 sessions a week suit the beginner level)');
  await expect(notice).toContainText('weeks “40”');
  await expect(notice).toContainText('start “2026-13-01”');
  await expect(weeks(page)).toHaveCount(6);
  await expect(page).toHaveURL(/\/program\/\?level=beginner&equipment=band&minutes=20&focus=balanced&days=2&weeks=6&seed=2$/);
});

test('changing an answer rebuilds the weeks and the link', async ({ page }) => {
  await open(page);
  await page.locator('.pg-fold > summary').click();
  await page.getByRole('radio', { name: 'Advanced' }).check();
  await expect(page).toHaveURL(/level=advanced/);
  await page.locator('select[name=weeks]').selectOption('4');
  await expect(weeks(page)).toHaveCount(4);
  await expect(page).toHaveURL(/weeks=4/);
  // K1: advanced people train 2 or 3 times a week, never once.
  await expect(page.getByRole('radio', { name: '1 a week' })).toBeDisabled();
  await expect(page.locator('[data-answers]')).toHaveText('Advanced · Resistance band · 20 min · 2 a week · 4 weeks');
  await expect(page.locator('[data-link]')).toHaveValue(/\/program\/\?level=advanced.*weeks=4/);
});

test('started, the log drives it: sessions logged from the builder and the player advance it, on /program/ and /progress/', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page, '?level=beginner&equipment=band&minutes=20&focus=balanced&days=2&weeks=6&start=2026-12-07&seed=1');
  await page.getByRole('button', { name: 'Start this program' }).click();
  await expect(page.locator('[data-position]')).toHaveText('Week 1 of 6: session 1 of 2');
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRAM_KEY))!);
  expect(stored).toMatchObject({ v: 1, query: 'level=beginner&equipment=band&minutes=20&focus=balanced&days=2&weeks=6&start=2026-12-07&seed=1' });

  // Session 1 from the builder ("Log this session").
  await page.goto((await week(page, 1).locator('[data-session] a[data-plan-link]').first().getAttribute('href'))!);
  await expect(page.locator('[data-ready]')).toBeAttached();
  await page.getByRole('radio', { name: 'About right' }).check();
  await page.getByRole('button', { name: 'Log this session' }).click();
  await expect(page.locator('[data-log-status]')).toContainText('Logged.');

  // /progress/ says where the program stands and starts session 2 in the player.
  await page.goto('/progress/');
  const line = page.locator('[data-program-line]');
  await expect(line.locator('[data-program-position]')).toHaveText('Week 1 of 6: session 2 of 2');
  await line.getByRole('link', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(/\/routine\/play\/\?level=beginner&equipment=band&minutes=20&focus=balanced&seed=\d+$/);
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'End workout', exact: true }).click();
  await page.getByRole('button', { name: 'About right' }).click();
  await expect(page.locator('[data-program-logged]')).toContainText('Logged against your program: week 1, session 2 of 2.');

  await open(page);
  await expect(page.locator('[data-position]')).toHaveText('Week 2 of 6: session 1 of 2');
  await expect(week(page, 1)).toHaveAttribute('data-status', 'done');
  await expect(week(page, 1).locator('[data-session][data-done="true"]')).toHaveCount(2);
  await expect(week(page, 2)).toHaveAttribute('data-status', 'current');
  await expect(page.getByRole('button', { name: 'Stop this program' })).toBeVisible();
});

test('"too hard" repeats the week; "too easy" twice brings the next change forward', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await open(page, '?level=beginner&equipment=band&minutes=20&focus=balanced&days=2&weeks=6&start=2026-12-07&seed=1');
  await page.getByRole('button', { name: 'Start this program' }).click();
  const first = (await week(page, 1).locator('[data-session] a[data-plan-link]').first().getAttribute('href'))!;
  const second = (await week(page, 1).locator('[data-session] a[data-plan-link]').nth(1).getAttribute('href'))!;
  const log = async (href: string, effort: string) => {
    await page.goto(href);
    await expect(page.locator('[data-ready]')).toBeAttached();
    await page.getByRole('radio', { name: effort }).check();
    await page.getByRole('button', { name: 'Log this session' }).click();
    await expect(page.locator('[data-log-status]')).toContainText('Logged.');
  };
  await log(first, 'Too hard');
  await open(page);
  await expect(page.locator('[data-position]')).toHaveText('Week 1 of 6: session 1 of 2');
  await expect(week(page, 1)).toContainText('Week 1 is repeated, because the session on 7 Dec felt too hard.');
  await log(first, 'Too easy');
  await log(second, 'Too easy');
  await open(page);
  await expect(page.locator('[data-position]')).toHaveText('Week 2 of 6: session 1 of 2');
  await expect(week(page, 2).locator('[data-why]')).toContainText('brought forward because two sessions in a row were logged as too easy');
});

test('"Add the program to my calendar": one valid .ics, an event per session with its plan link', async ({ page }) => {
  await open(page, LINK);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add the program to my calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('upright-program.ics');
  const ics = await readDownload(download);
  expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(8 * 3);
  const links = await page.locator('[data-program] [data-session] a[data-plan-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(events.map((e) => { const url = new URL(String(e.getFirstPropertyValue('url'))); return decodeURIComponent(url.pathname + url.search); })).toEqual(links);
  expect((events[0]!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-12-07');
  await expect(page.locator('[data-program-status]')).toContainText('24 sessions are downloading');
});

test('print: the longest program fits on two A4 and two Letter pages, a week per row with a tick box per session', async ({ page }) => {
  await open(page, '?level=advanced&equipment=band,dumbbells,barbell,cable,bench,pullup-bar&minutes=45&focus=strength&addons=core,grip&days=3&weeks=12&start=2026-12-07&seed=9');
  await expect(weeks(page)).toHaveCount(12);
  await page.emulateMedia({ media: 'print' });
  await expect(week(page, 1).locator('.pg-box')).toHaveCount(3);
  await expect(page.locator('[data-program-form]')).toBeHidden();
  // Rule P1: the safety note prints with the program.
  await expect(page.locator('[data-safety]')).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await printedSheets(page, format);
    expect(pages, format).toBeGreaterThan(0);
    expect(pages, format).toBeLessThanOrEqual(2);
  }
});

test('a damaged saved program is kept aside with a notice, never lost; the program goes into the log file', async ({ page }) => {
  await page.goto('/program/');
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"query":"<script>"}'), PROGRAM_KEY);
  await open(page);
  await expect(page.locator('[data-notice]')).toContainText('Your saved program could not be read');
  const kept = await page.evaluate(() => localStorage.getItem('upright-program-backup'));
  expect(kept).toBe('{"v":1,"query":"<script>"}');
  await expect(page.getByRole('button', { name: 'Download the unreadable program' })).toBeVisible();

  await open(page, LINK);
  await page.getByRole('button', { name: 'Start this program' }).click();
  await page.goto('/progress/');
  await expect(page.locator('progress-log[data-ready]')).toBeAttached();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my log' }).click()]);
  const file = JSON.parse(await readDownload(download));
  expect(file.program).toMatchObject({ v: 1, query: LINK.slice(1) });
});

test('axe finds nothing on a program with changes, a notice and a started program', async ({ page }) => {
  await open(page, '?level=beginner&days=9');
  await page.getByRole('button', { name: 'Start this program' }).click();
  await expect(page.locator('[data-position]')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a program link builds offline (the page and its data are precached)', async ({ context, page }) => {
    test.setTimeout(90_000);
    const server = await serveDist(resolve('dist'), 0);
    try {
      await page.goto(`${server.origin}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      });
      await context.setOffline(true);
      await page.goto(`${server.origin}/program/${LINK}`);
      await expect(page.locator('program-planner[data-ready]')).toBeAttached();
      await expect(weeks(page)).toHaveCount(8);
      await expect(week(page, 2).locator('[data-why]')).toContainText('Week 2: more repetitions');
    } finally {
      await context.setOffline(false);
      await server.close();
    }
  });
});
