/**
 * The routine builder on the built site (routine-rules.md; issue #4). The rules are checked in
 * the DOM through the page contract: data-phase, data-move, data-addon and the dose attributes.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';

interface Move { id: string; kind: string; pattern: string; level: string; equipment: string[][]; areas: string[]; use: string[] }
interface Planned { phase: string; id: string; addon: string | null; sets: number | null; reps: number | null; hold: number | null; repeats: number | null; seconds: number | null }

const LEVEL_RANK: Record<string, number> = { beginner: 0, intermediate: 1, advanced: 2 };
const SETS: Record<string, number> = { beginner: 1, intermediate: 2, advanced: 3 };

async function open(page: Page, search = '') {
  await page.goto(`/routine/${search}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
}

async function readPlan(page: Page): Promise<Planned[]> {
  return page.locator('[data-move][data-phase]').evaluateAll((items) =>
    items.map((el) => {
      const n = (name: string) => (el.hasAttribute(name) ? Number(el.getAttribute(name)) : null);
      return {
        phase: el.getAttribute('data-phase')!, id: el.getAttribute('data-move')!, addon: el.getAttribute('data-addon'),
        sets: n('data-sets'), reps: n('data-reps'), hold: n('data-hold-seconds'), repeats: n('data-repeats'), seconds: n('data-seconds'),
      };
    }));
}

async function catalogue(page: Page): Promise<Map<string, Move>> {
  const props = JSON.parse((await page.locator('#routine-props').textContent())!);
  return new Map((props.catalogue as Move[]).map((m) => [m.id, m]));
}

/** Every rule that shows in the DOM holds, or its X1 / M1 message is on the page. */
async function expectRulesHold(page: Page) {
  const url = new URL(page.url());
  const level = url.searchParams.get('level')!;
  const minutes = Number(url.searchParams.get('minutes'));
  const equipment = new Set([...(url.searchParams.get('equipment') ?? '').split(',').filter(Boolean), 'wall', 'chair', 'doorway', 'floor']);
  const addons = (url.searchParams.get('addons') ?? '').split(',').filter(Boolean);
  const moves = await catalogue(page);
  const plan = await readPlan(page);
  const notes = await page.locator('[data-rule]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-rule')}: ${el.textContent}`));
  const noted = (rule: string) => notes.some((n) => n.includes(`rule ${rule}`));
  const get = (p: Planned) => moves.get(p.id)!;
  const phases = plan.map((p) => p.phase);

  expect(phases.join(' ').replace(/(\w+)( \1)*/g, '$1'), 'S1').toBe('warmup strength cooldown');
  expect(new Set(plan.map((p) => p.id)).size, 'S2').toBe(plan.length);
  const warmups = plan.filter((p) => p.phase === 'warmup');
  const upper = plan.filter((p) => p.phase === 'strength' && !p.addon);
  const extras = plan.filter((p) => p.phase === 'strength' && p.addon);
  const stretches = plan.filter((p) => p.phase === 'cooldown');
  for (const p of warmups) expect(get(p).kind, 'W1').toBe('warmup');
  for (const area of ['neck', 'shoulders', 'spine']) expect(warmups.some((p) => get(p).areas.includes(area)), `W3 ${area}`).toBe(true);
  if (upper.length < 3) expect(noted('T1'), 'T1 or X1').toBe(true);
  expect(upper.length, 'T1').toBeLessThanOrEqual(5);
  if (!upper.some((p) => get(p).pattern === 'row')) expect(noted('T2'), 'T2 or X1').toBe(true);
  if (!upper.some((p) => get(p).pattern === 'posture')) expect(noted('T3'), 'T3 or X1').toBe(true);
  for (const p of [...warmups, ...upper, ...extras, ...stretches]) {
    expect(get(p).equipment.some((option) => option.every((item) => equipment.has(item))), `T4 ${p.id}`).toBe(true);
    expect(LEVEL_RANK[get(p).level], `T5 ${p.id}`).toBeLessThanOrEqual(LEVEL_RANK[level]);
  }
  for (const p of [...upper, ...extras]) expect(p.sets, `T6 ${p.id}`).toBe(SETS[level]);
  const lastUpper = plan.findLastIndex((p) => p.phase === 'strength' && !p.addon);
  if (extras.length) expect(plan.findIndex((p) => p.addon), 'T7: add-ons after the upper-back moves').toBeGreaterThan(lastUpper);
  for (const addon of addons) if (!extras.some((p) => p.addon === addon)) expect(noted('T7') || noted('M1'), `T7 ${addon}`).toBe(true);
  if (stretches.length < 3) expect(noted('C1')).toBe(true);
  expect(stretches.length, 'C1').toBeLessThanOrEqual(5);
  for (const p of stretches) {
    expect(get(p).kind, 'C1').toBe('stretch');
    expect(p.hold! >= 15 && p.hold! <= 20 && p.repeats! >= 2 && p.repeats! <= 3, `C2 ${p.id}`).toBe(true);
  }
  for (const group of [['chest'], ['shoulders', 'neck'], ['upper-back']])
    expect(stretches.some((p) => group.some((a) => get(p).areas.includes(a))), `C3 ${group}`).toBe(true);
  const total = Number(await page.locator('[data-plan]').getAttribute('data-total-seconds'));
  if (total > minutes * 60) expect(noted('M1'), 'M1').toBe(true);
  const warmupSeconds = Number(await page.locator('[data-phase-section="warmup"]').getAttribute('data-phase-seconds'));
  expect(warmupSeconds >= 270 && warmupSeconds <= 330, 'W2').toBe(true);
  await expect(page.locator('[data-sessions]'), 'K1').toHaveAttribute('data-sessions', level === 'beginner' ? '1-2' : '2-3');
  await expect(page.locator('[data-progression]'), 'K2').toHaveCount(3);
  const desk = await page.locator('[data-desk-move]').evaluateAll((els) => els.map((el) => el.getAttribute('data-desk-move')));
  expect(desk, 'K3').toContain('chin-tuck');
  expect(desk.includes('band-pull-apart'), 'K3: band pull-aparts with a band').toBe(equipment.has('band'));
  await expect(page.locator('[data-safety]'), 'P1').toContainText('Sharp or worsening pain means stop');
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
  for (const p of plan.filter((q) => q.phase === 'strength')) expect(p.sets).toBe(1);
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
  // No row without equipment: the X1 message says a band unlocks one, and the rest of the plan is there.
  await expect(page.locator('[data-rule="X1"]').filter({ hasText: 'rule T2' })).toContainText('resistance band (the cheapest option)');
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
  await expect(page.getByRole('status')).toContainText('Swapped');
  await expectRulesHold(page);
  // A stretch too (the last: the first ones are the ones that reach the chest, shoulders/neck and upper back).
  const stretch = page.locator('[data-phase="cooldown"]').last();
  const old = await stretch.getAttribute('data-move');
  await stretch.getByRole('button').click();
  await expect(stretch).not.toHaveAttribute('data-move', old!);
  await expectRulesHold(page);
});

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
  await expect(page.getByRole('status')).toContainText('Link copied.');
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

for (const format of ['A4', 'Letter'] as const) {
  test(`print: the largest plan is one ${format} page with doses, cues, the safety note and the link`, async ({ page }) => {
    for (const level of ['beginner', 'advanced']) {
      await open(page, `?level=${level}&equipment=band,dumbbells,stress-ball,pullup-bar&minutes=45&focus=balanced&addons=core,grip&seed=3`);
      expect((await readPlan(page)).filter((p) => p.phase === 'strength' && !p.addon)).toHaveLength(5);
      await expect(page.locator('[data-phase="cooldown"]')).toHaveCount(5);
      await expect(page.locator('[data-addon]')).toHaveCount(2);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-print-link]')).toBeVisible();
      await expect(page.locator('[data-print-link]')).toContainText(`${new URL(page.url()).origin}/routine/?level=${level}`);
      await expect(page.locator('[data-safety]')).toBeVisible();
      await expect(page.locator('.rb-cue').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Shuffle' })).toBeHidden();
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages, `${level} plan on ${format}`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

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
