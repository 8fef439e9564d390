/**
 * Move pages show their coaching (breathing, tempo, the builder's rest and sets, load) from
 * frontmatter, and the desk-break guide shows the desk-break moves' own doses.
 */
import { expect, test } from '@playwright/test';
import { loadMoves } from '../support/content';
import { formatDose, formatSeconds } from '../../src/lib/dose';
import { REST_BETWEEN_SETS, SETS_BY_LEVEL } from '../../src/lib/routine/time';
import { formatTempo } from '../../src/lib/coaching';

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

test('every move page says what to check first, before its set-up and steps', async ({ page }) => {
  for (const url of ['/exercises/dead-hang/', '/warm-ups/neck-rolls/', '/stretches/doorway-pec-stretch/', '/exercises/scapular-squeeze/']) {
    await page.goto(url);
    const box = page.locator('[data-check-first]');
    await expect(box.getByRole('heading', { name: 'Check first', level: 2 })).toBeVisible();
    expect(await box.locator('li').count(), url).toBeGreaterThan(0);
    const headings = await page.locator('article h2').allTextContents();
    expect(headings.indexOf('Check first'), url).toBeLessThan(headings.indexOf('How to do it'));
  }
  await page.goto('/exercises/dead-hang/');
  await expect(page.locator('[data-check-first]')).toContainText('dislocated');
  await page.goto('/warm-ups/neck-rolls/');
  await expect(page.locator('[data-check-first]')).toContainText(/rheumatoid arthritis.*whiplash.*neck surgery.*dizzy/);
  await page.goto('/exercises/scapular-squeeze/');
  await expect(page.locator('[data-check-first]')).toContainText('Nothing in particular to check');
});

test('the four staple moves have full pages, linked from their easier and harder moves', async ({ page }) => {
  const staples = [
    ['/exercises/serratus-wall-slide/', 'Serratus wall slide', '/exercises/scapular-squeeze/'],
    ['/exercises/band-external-rotation/', 'Outward rotation', '/exercises/face-pull/'],
    ['/exercises/band-pulldown/', 'Band pulldown', '/exercises/band-row/'],
    ['/warm-ups/open-book/', 'Open-book rotation', '/warm-ups/chair-rotation/'],
  ] as const;
  for (const [url, title, linkedFrom] of staples) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    for (const heading of ['Check first', 'How to do it', 'Cues to remember', 'Common mistakes', 'Starting dose and how to progress', 'Sources']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).first(), `${url}: ${heading}`).toBeVisible();
    }
    await page.goto(linkedFrom);
    await expect(page.locator('#versions-heading + * a[href="' + url + '"]').first(), `${linkedFrom} links ${url}`).toBeAttached();
  }
  await page.goto('/muscles/serratus-anterior/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serratus anterior');
  await expect(page.locator('a[href="/exercises/serratus-wall-slide/"]').first()).toBeAttached();
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

// Axe on the new move pages (the doorway row among them), in both themes: the site checker runs it
// on every page of the site (scripts/check-site/browser.mjs).
