/**
 * The progress log (issue #14) on the built site: sessions logged from /routine/ ("Log this
 * session") show on /progress/ with the week count and the coach's next step; export, delete and
 * import; a corrupted stored value; a hostile import; two tabs; the calendar file; axe.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, useTheme } from './support/site';

const PLAN = '?level=beginner&equipment=band&minutes=20&focus=balanced&seed=7';
const SESSION_PREFIX = 'upright-log:';

async function openBuilder(page: Page, search = PLAN) {
  await page.goto(`/routine/${search}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
}

async function logSession(page: Page, effort: 'Too easy' | 'About right' | 'Too hard' | 'It hurt (sharp, or still there the next morning)') {
  const status = page.locator('[data-log-status]');
  await status.evaluate((el) => (el.textContent = ''));
  await page.getByRole('radio', { name: effort }).check();
  await page.getByRole('button', { name: 'Log this session' }).click();
  await expect(status).toContainText('Logged.');
}

/** The stored log: key → parsed value, sessions only. */
const storedLog = (page: Page) =>
  page.evaluate((prefix) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, JSON.parse(localStorage.getItem(k)!)])), SESSION_PREFIX);

const everything = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

async function readDownload(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

async function openProgress(page: Page) {
  await page.goto('/progress/');
  await expect(page.locator('progress-log[data-ready]')).toBeAttached();
}

test('three sessions logged on /routine/ show on /progress/ with the week count and the next step', async ({ page }) => {
  await openBuilder(page);
  for (let i = 0; i < 3; i++) await logSession(page, 'Too easy');
  await expect(page.locator('[data-log-status]')).toContainText('3 sessions');

  await openProgress(page);
  await expect(page.locator('[data-log-count]')).toHaveText('3');
  await expect(page.locator('[data-week-target]')).toHaveText('1-2');
  await expect(page.locator('[data-this-week]')).toHaveText('3');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText(/This week.*3.*No|This week.*3.*Not yet/);
  // Three sessions that felt too easy at one set: add a second set, through the next level.
  const coach = page.locator('[data-next-step]');
  await expect(coach).toHaveAttribute('data-next-step', 'add-set');
  await expect(coach).toContainText('Your last three sessions felt too easy at one set: add a second set.');
  const next = new URL((await coach.getByRole('link').getAttribute('href'))!, page.url());
  expect(next.pathname).toBe('/routine/');
  expect(next.searchParams.get('level')).toBe('intermediate');
  expect(next.searchParams.get('seed')).toBe('7');

  const sessions = page.locator('[data-session-list] > li');
  await expect(sessions).toHaveCount(3);
  await expect(sessions.first()).toContainText('Beginner plan, 20 min, resistance band');
  await expect(sessions.first()).toContainText('felt too easy');
  const again = sessions.first().getByRole('link', { name: /Open this plan/ });
  await again.click();
  await expect(page).toHaveURL(/\/routine\/\?level=beginner&equipment=band&minutes=20&focus=balanced&seed=7$/);
});

test('a session that hurt, after easy ones: the coach steps back and links the pain rule, never a step forward', async ({ page }) => {
  await openBuilder(page);
  for (let i = 0; i < 2; i++) await logSession(page, 'Too easy');
  await logSession(page, 'It hurt (sharp, or still there the next morning)');
  await openProgress(page);
  const coach = page.locator('[data-next-step]');
  await expect(coach).toHaveAttribute('data-next-step', 'step-back');
  await expect(coach).toContainText('Your last session hurt. Do not make anything harder');
  await expect(coach.getByRole('link', { name: 'Read the pain rule and the warning signs' })).toHaveAttribute('href', '/guides/safety/#the-pain-rule');
  await expect(page.locator('[data-session-list] > li').first()).toContainText('felt painful');
});

test('download, delete, then import gives back the same log', async ({ page }) => {
  await openBuilder(page);
  await logSession(page, 'About right');
  await logSession(page, 'Too hard');
  await openProgress(page);
  const before = await storedLog(page);
  expect(Object.keys(before)).toHaveLength(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my log' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^upright-log-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await readDownload(download);
  expect(JSON.parse(file)).toMatchObject({ format: 'upright-log', version: 1, sessions: expect.any(Array) });

  // "Delete my data" asks first: keeping changes nothing.
  await page.getByRole('button', { name: 'Delete my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your log?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep my data' }).click();
  await expect(page.locator('[data-log-count]')).toHaveText('2');
  await page.getByRole('button', { name: 'Delete my data' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('[data-log-count]')).toHaveText('0');
  expect(await storedLog(page)).toEqual({});
  await expect(page.locator('[data-next-step]')).toHaveAttribute('data-next-step', 'keep');

  await page.getByLabel('Import a log').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.locator('[data-log-status]')).toHaveText('Imported 2 new sessions.');
  await expect(page.locator('[data-log-count]')).toHaveText('2');
  expect(await storedLog(page)).toEqual(before);
  // The same file again adds nothing.
  await page.getByLabel('Import a log').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.locator('[data-log-status]')).toHaveText('Imported 0 new sessions; 2 already in your log.');
  expect(await storedLog(page)).toEqual(before);
  await expect(page.locator('[data-next-step]')).toHaveAttribute('data-next-step', 'ease');
});

test('a stored value that cannot be read is kept aside, the page says so, and still works', async ({ page }) => {
  await openBuilder(page);
  await logSession(page, 'About right');
  const broken = '{"v":1,"id":"broken","date":';
  await page.evaluate((raw) => localStorage.setItem('upright-log:broken', raw), broken);

  await openProgress(page);
  const notice = page.locator('[data-backup-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  await expect(page.locator('[data-log-count]')).toHaveText('1');
  const stored = await everything(page);
  expect(stored['upright-log-backup:broken']).toBe(broken);
  expect(stored['upright-log:broken']).toBeUndefined();

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the unreadable data' }).click()]);
  expect(JSON.parse(await readDownload(download))).toEqual([{ key: 'upright-log-backup:broken', raw: broken, reason: 'not valid JSON' }]);

  // The page still works: a reload keeps the backup and the notice, and the log can be used.
  await page.reload();
  await expect(notice).toBeVisible();
  expect((await everything(page))['upright-log-backup:broken']).toBe(broken);
  await openBuilder(page);
  await logSession(page, 'Too easy');
  await openProgress(page);
  await expect(page.locator('[data-log-count]')).toHaveText('2');
});

test('a broken or hostile import is refused with a clear message and changes nothing', async ({ page }) => {
  await openBuilder(page);
  await logSession(page, 'About right');
  await openProgress(page);
  const before = await everything(page);
  const session = Object.values(await storedLog(page))[0] as Record<string, unknown>;
  const files: [string, Buffer, RegExp][] = [
    ['not JSON', Buffer.from('{"format": "upright-log", '), /not a JSON file/],
    ['a wrong version', Buffer.from(JSON.stringify({ format: 'upright-log', version: 7, sessions: [] })), /newer version of the site/],
    ['wrong types', Buffer.from(JSON.stringify({ format: 'upright-log', version: 1, sessions: [{ ...session, id: 'other', minutes: 'twenty' }] })), /session 1: minutes/],
    ['script strings', Buffer.from(JSON.stringify({ format: 'upright-log', version: 1, sessions: [{ ...session, id: 'x<script>alert(1)</script>' }] })), /session 1: id/],
    ['10 MB', Buffer.alloc(10 * 1024 * 1024, 0x20), /larger than 1 MB/],
  ];
  for (const [name, buffer, message] of files) {
    await page.getByLabel('Import a log').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer });
    const status = page.locator('[data-log-status]');
    await expect(status, name).toContainText(message);
    await expect(status, name).toContainText('This file was not imported');
    await expect(status, name).toContainText('Your log has not changed.');
    expect(await everything(page), name).toEqual(before);
    await expect(page.locator('[data-log-count]')).toHaveText('1');
  }
});

test('two open tabs that both save keep both sessions, and /progress/ in a third tab hears of them', async ({ context }) => {
  const [first, second, progress] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  await openProgress(progress);
  await Promise.all([openBuilder(first), openBuilder(second, PLAN.replace('seed=7', 'seed=8'))]);
  await Promise.all([logSession(first, 'Too easy'), logSession(second, 'Too hard')]);
  const log = await storedLog(first);
  expect(Object.values(log).map((s) => (s as { query: string }).query).sort()).toEqual([PLAN.slice(1), PLAN.slice(1).replace('seed=7', 'seed=8')]);
  await expect(progress.locator('[data-log-count]')).toHaveText('2');
});

test('"Add to calendar" downloads a weekly event on the chosen days, on /routine/ and /progress/', async ({ page }) => {
  await openBuilder(page);
  const form = page.locator('[data-calendar-form]');
  // A beginner may pick at most two days (K1).
  await form.getByRole('checkbox', { name: 'Saturday' }).check();
  await form.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(form.locator('[data-calendar-status]')).toContainText('Choose at most 2 days');
  await form.getByRole('checkbox', { name: 'Monday' }).uncheck();
  await form.getByLabel('Time').fill('18:45');
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Add to calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('upright-sessions.ics');
  const ics = await readDownload(download);
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
  expect(rule.freq).toBe('WEEKLY');
  expect(rule.parts.BYDAY).toEqual(['TH', 'SA']);
  const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
  expect([ICAL.Time.THURSDAY, ICAL.Time.SATURDAY]).toContain(start.dayOfWeek());
  expect([start.hour, start.minute]).toEqual([18, 45]);
  const description = String(event.getFirstPropertyValue('description'));
  expect(description).toMatch(/- .+: 1 × \d+ reps/);
  expect(description).toContain(`/routine/${PLAN}`);

  await logSession(page, 'About right');
  await openProgress(page);
  const progressForm = page.locator('[data-calendar-form]');
  const [again] = await Promise.all([page.waitForEvent('download'), progressForm.getByRole('button', { name: 'Add to calendar' }).click()]);
  const rule2 = new ICAL.Component(ICAL.parse(await readDownload(again))).getFirstSubcomponent('vevent')!.getFirstPropertyValue('rrule') as ICAL.Recur;
  expect(rule2.parts.BYDAY).toEqual(['MO', 'TH']);
});

test('without JavaScript /progress/ says the log needs JavaScript and browser storage', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/progress/');
  await expect(page.getByText('The log needs JavaScript and browser storage')).toBeVisible();
  await expect(page.getByText('Everything here stays on this device')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my log' })).toBeHidden();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /progress/ in the ${theme} theme, empty and filled`, async ({ page }) => {
    test.slow(); // several axe runs on a shared machine
    await useTheme(page, theme);
    await openProgress(page);
    await expectNoAxeViolations(page);
    await openBuilder(page);
    await logSession(page, 'Too easy');
    await openProgress(page);
    await expect(page.locator('[data-log-count]')).toHaveText('1');
    await expectNoAxeViolations(page);
  });

  test(`axe finds nothing on /progress/ in the ${theme} theme with the backup notice and the dialog open`, async ({ page }) => {
    test.slow();
    await useTheme(page, theme);
    await page.goto('/progress/');
    await page.evaluate(() => localStorage.setItem('upright-log:broken', 'nonsense'));
    await openProgress(page);
    await expect(page.locator('[data-backup-notice]')).toBeVisible();
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
