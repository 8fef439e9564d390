/**
 * iPhone habits (issue #23), tested where a browser can test them, in Chromium with stand-ins for
 * what iOS does: speech primed from every tap that can lead to a spoken cue (a recording
 * speechSynthesis); persistent storage asked once, with the first session (a recording
 * navigator.storage.persist); the log's last download and the reminder on /progress/; the home
 * screen help on the offline page.
 */
import { expect, test, type Page } from '@playwright/test';

const PLAN = '?level=beginner&equipment=band&minutes=20&focus=balanced&seed=7';
type SpeechCall = { text: string; volume: number; fromTap: boolean };

/** A speechSynthesis that records each speak() call and whether a tap was under way. */
async function recordSpeech(page: Page, voiceOn: boolean) {
  await page.addInitScript((voice) => {
    if (!sessionStorage.getItem('cues-set')) {
      localStorage.setItem('upright-player-cues', JSON.stringify({ sound: true, voice, vibrate: false }));
      sessionStorage.setItem('cues-set', '1');
    }
    const calls: SpeechCall[] = [];
    Object.assign(window, { speechCalls: calls });
    const stub = {
      speak: (utterance: SpeechSynthesisUtterance) => calls.push({ text: utterance.text, volume: utterance.volume, fromTap: navigator.userActivation.isActive }),
      cancel() {},
      getVoices: () => [{ name: 'Test voice', lang: 'en-GB', default: true }],
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
  }, voiceOn);
}

const speechCalls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: SpeechCall[] }).speechCalls);
const PRIMING = { text: '', volume: 0, fromTap: true };

async function openPlayer(page: Page) {
  await page.goto(`/routine/play/${PLAN}`);
  await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
}

test.describe('spoken cues on iOS: speech is primed from the tap', () => {
  test('Start primes speech in the tap itself, before any cue', async ({ page }) => {
    await recordSpeech(page, true);
    await openPlayer(page);
    expect(await speechCalls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start' }).click();
    expect((await speechCalls(page))[0]).toEqual(PRIMING);
  });

  test('cues switched on mid-workout are primed by that tap, and Resume primes after a reload', async ({ page }) => {
    await recordSpeech(page, false);
    await openPlayer(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    // A reload resumes at the same step, paused: a new page, so speech is not primed yet.
    await page.reload();
    await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
    await expect(page.locator('[data-player]')).toHaveAttribute('data-state', 'paused');
    expect(await speechCalls(page)).toEqual([]);
    await page.locator('[data-toggle="voice"]').check();
    expect(await speechCalls(page)).toEqual([PRIMING]);

    await page.reload();
    await expect(page.locator('[data-player-root][data-ready]')).toBeAttached();
    await page.getByRole('button', { name: 'Resume' }).click();
    expect((await speechCalls(page))[0]).toEqual(PRIMING);
  });
});

test.describe('storage on iOS', () => {
  test.beforeEach(async ({ page }) => {
    // Counts persist() calls across page loads.
    await page.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'persist', {
        value: () => {
          sessionStorage.setItem('persist-calls', String(Number(sessionStorage.getItem('persist-calls') ?? 0) + 1));
          return Promise.resolve(true);
        },
      });
    });
  });
  const persistCalls = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('persist-calls') ?? 0));

  async function logSessions(page: Page, count: number) {
    await page.goto(`/routine/${PLAN}`);
    await expect(page.locator('[data-ready]')).toBeAttached();
    const status = page.locator('[data-log-status]');
    for (let i = 0; i < count; i++) {
      await status.evaluate((el) => (el.textContent = ''));
      await page.getByRole('button', { name: 'Log this session' }).click();
      await expect(status).toContainText('Logged.');
    }
  }

  test('persistent storage is asked for once, when the first session is saved', async ({ page }) => {
    await page.goto(`/routine/${PLAN}`);
    expect(await persistCalls(page)).toBe(0);
    await logSessions(page, 1);
    await expect.poll(() => persistCalls(page)).toBe(1);
    await logSessions(page, 2);
    expect(await persistCalls(page)).toBe(1);
  });

  test('/progress/ says when the log was last downloaded and reminds, plainly, every few sessions', async ({ page }) => {
    await logSessions(page, 4);
    await page.goto('/progress/');
    await expect(page.locator('progress-log[data-ready]')).toBeAttached();
    await expect(page.locator('[data-last-download]')).toHaveText('You have not downloaded your log yet.');
    await expect(page.locator('[data-download-reminder]')).toBeHidden();

    await logSessions(page, 1);
    await page.goto('/progress/');
    const reminder = page.locator('[data-download-reminder]');
    await expect(reminder).toBeVisible();
    await expect(reminder).toContainText('5 sessions since you started');
    await expect(reminder).toContainText('Download my log');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my log' }).click();
    await download;
    await expect(reminder).toBeHidden();
    await expect(page.locator('[data-last-download]')).toHaveText(/^Last downloaded on .+, with 5 sessions\.$/);
    await page.reload();
    await expect(page.locator('[data-last-download]')).toHaveText(/^Last downloaded on .+, with 5 sessions\.$/);
    await expect(reminder).toBeHidden();
  });
});

test('the offline page says how to add Upright to the home screen on an iPhone', async ({ page }) => {
  await page.goto('/offline/');
  await expect(page.locator('[data-install-help]')).toContainText('Share, then Add to Home Screen');
});
