import { expect, test } from '@playwright/test';
import { sitePaths } from './support/site';

// Every page of the built site with JavaScript off, one page load each: it reads (a heading, real
// text, the site navigation) and its links are plain links to pages of the site. The page list
// comes from dist/sitemap.xml, so the test covers every page the site has; one test follows links
// for real. (The site checker resolves every link; the reachability test walks them from home.)
const paths = sitePaths();
const SECTION_OF_PHASE = { warmup: 'warm-ups', strength: 'exercises', cooldown: 'stretches' } as const;

test.use({ javaScriptEnabled: false });

test('the sitemap lists the pages (the list the no-JS tests walk)', () => {
  expect(paths.length).toBeGreaterThan(10);
  expect(paths).toContain('/');
  expect(paths).toContain('/routine/');
});

/** Checks one page; a few pages share a test, so they share its browser context (cheaper than one each). */
async function checkPage(page: import('@playwright/test').Page, path: string) {
  await test.step(path, async () => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // JavaScript really is off: the theme toggle's script never revealed its button.
    await expect(page.locator('theme-toggle button')).toBeHidden();

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    expect((await page.locator('h1').innerText()).trim().length).toBeGreaterThan(2);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text.length, 'main has readable text').toBeGreaterThan(40);

    // The site navigation is there and usable: visible links to every section.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    for (const label of ['Muscles', 'Warm-ups', 'Exercises', 'Stretches', 'Routine builder']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }

    // Nothing in main is left hidden waiting for a script: text hidden on screen must be hidden on
    // purpose (hidden, a closed details, a dialog) or be print-only (shown when printed).
    const hiddenOnScreen = () =>
      page.locator('main :is(p, li, h2, h3, table)').evaluateAll((elements) =>
        elements
          .map((el, index) => ({ el, index }))
          .filter(({ el }) => (el as HTMLElement).offsetParent === null && !el.closest('[hidden], template, dialog, details:not([open])'))
          .map(({ el, index }) => `${index}: ${el.outerHTML.slice(0, 120)}`),
      );
    const hidden = await hiddenOnScreen();
    await page.emulateMedia({ media: 'print' });
    const hiddenInPrint = new Set(await hiddenOnScreen());
    await page.emulateMedia({ media: 'screen' });
    expect(hidden.filter((entry) => hiddenInPrint.has(entry)), 'text in main that is invisible without JavaScript').toEqual([]);

    // Navigable: the links in the navigation and in main are plain links (no script needed to
    // follow them) to pages of the site, or to files such as the open data.
    const targets = await page.locator('nav a[href], main a[href^="/"]:not([href^="/#"])').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
    const known = new Set([...paths, '/']);
    expect(targets.filter((target) => !known.has(target) && !/\.[a-z]+$/.test(target)), 'links to pages the site does not have').toEqual([]);
  });
}

const GROUP = 6;
for (let start = 0; start < paths.length; start += GROUP) {
  const group = paths.slice(start, start + GROUP);
  test(`reads without JavaScript, with plain links: ${group.join(', ')}`, async ({ page }) => {
    for (const path of group) await checkPage(page, path);
  });
}

test('links work without JavaScript: from home to a section, an entry, and back home', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises', exact: true }).click();
  await expect(page).toHaveURL(/\/exercises\/$/);
  const entry = page.locator('main a.card').first();
  const href = await entry.getAttribute('href');
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('link', { name: 'Upright', exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
});

// Contract with the routine builder: without JavaScript /routine/ shows its default plan; each
// move is an element with data-move="<move id>" carrying, or inside an element carrying,
// data-phase="warmup|strength|cooldown".
test('the routine page shows its default plan without JavaScript', async ({ page }) => {
  await page.goto('/routine/');
  const moves = page.locator('main [data-move]:not([data-move-thumb])');
  const plan = await moves.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-move') ?? '', phase: el.closest('[data-phase]')?.getAttribute('data-phase') ?? '' })));
  const order = Object.keys(SECTION_OF_PHASE);
  // The phases come in order, warm-up, strength, cool-down (rule S1), each move in one of them.
  expect(plan.map((move) => order.indexOf(move.phase)), 'phase of each move in page order').toEqual([...plan.map((move) => order.indexOf(move.phase))].sort((a, b) => a - b));
  const movePages = new Set(paths.filter((p) => p.split('/').filter(Boolean).length === 2));
  for (const [phase, section] of Object.entries(SECTION_OF_PHASE)) {
    const ids = plan.filter((move) => move.phase === phase).map((move) => move.id);
    expect(ids.length, `${phase} moves`).toBeGreaterThanOrEqual(phase === 'warmup' ? 1 : 3);
    for (const id of ids) expect(movePages.has(`/${section}/${id}/`), `${phase} move "${id}" is a page in /${section}/`).toBe(true);
  }
  expect(new Set(plan.map((move) => move.id)).size, 'no move twice (rule S2)').toBe(plan.length);
  for (let index = 0; index < plan.length; index += 1) {
    await expect(moves.nth(index)).toBeVisible();
    expect((await moves.nth(index).innerText()).trim().length).toBeGreaterThan(2);
  }
});
