/**
 * The printed plan (rule U3): one A4 or US Letter page at full size that is the gym log people take
 * along: each move's start and end stills at least 15 mm tall, a tick box per set, a line for the
 * band or weight of each strength move, and a page that is used, not a third empty. The page count
 * comes from Chromium's own print (page.pdf); sizes are measured under print emulation at the
 * page's printable width, in CSS millimetres.
 */
import { expect, test, type Page } from '@playwright/test';
import { printedSheets } from './support/print';

const MM = 96 / 25.4;
/** Printable area in mm: the paper less the plan's 10 mm @page margins. */
const PAPER = { A4: { width: 210 - 20, height: 297 - 20 }, Letter: { width: 215.9 - 20, height: 279.4 - 20 } } as const;
const ALL_EQUIPMENT = 'band,dumbbells,barbell,cable,bench,pullup-bar,stress-ball,table';
const longest = (level: string) => `?level=${level}&equipment=${ALL_EQUIPMENT}&minutes=45&focus=balanced&addons=core,grip&seed=3`;
const SHORTEST = '?level=beginner&equipment=&minutes=15&focus=balanced&seed=3';

async function open(page: Page, search = '') {
  await page.goto(`/routine/${search}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
}


/** Each move as printed: its stills' boxes in mm and whether each image loaded, its boxes and its line. */
function readPrintedMoves(page: Page) {
  return page.locator('[data-move][data-phase]').evaluateAll((items, mm) => items.map((li) => {
    const still = (pose: string) => {
      const img = li.querySelector<HTMLImageElement>(`img[data-print-still="${pose}"]`)!;
      const box = img.getBoundingClientRect();
      return { height: box.height / mm, width: box.width / mm, loaded: img.complete && img.naturalWidth > 0 };
    };
    const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    const line = li.querySelector('[data-load-line]');
    return {
      id: li.getAttribute('data-move')!,
      phase: li.getAttribute('data-phase')!,
      sets: Number(li.getAttribute('data-sets') ?? 1),
      dose: li.querySelector('[data-dose]')!.textContent!,
      start: still('start'),
      end: still('end'),
      boxes: [...li.querySelectorAll('[data-set-box]')].filter(shown).map((box) => box.getBoundingClientRect().height / mm),
      line: shown(line) ? line!.textContent!.trim() : null,
      hiddenFromReaders: li.querySelector('[data-print-log]')?.getAttribute('aria-hidden') === 'true',
    };
  }), MM);
}

/** Under print emulation at the printable width: what each move shows, and the content's size. */
async function measurePrint(page: Page, format: keyof typeof PAPER) {
  await page.setViewportSize({ width: Math.floor(PAPER[format].width * MM), height: 200 });
  await page.emulateMedia({ media: 'print' });
  const moves = await readPrintedMoves(page);
  const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 720 });
  return { moves, heightMm: size.height / MM, overflows: size.width > size.viewport };
}

function expectGymLog(moves: Awaited<ReturnType<typeof readPrintedMoves>>, where: string) {
  expect(moves.length, where).toBeGreaterThan(0);
  for (const move of moves) {
    const what = `${move.id} (${where})`;
    for (const pose of ['start', 'end'] as const) {
      expect(move[pose].height, `${what}: ${pose} still height in mm`).toBeGreaterThanOrEqual(15);
      expect(move[pose].loaded, `${what}: ${pose} still loaded`).toBe(true);
    }
    expect(move.boxes, `${what}: a tick box per set`).toHaveLength(move.sets);
    if (move.phase === 'strength') expect(move.dose, `${what}: the dose text gives the same sets`).toMatch(new RegExp(`^${move.sets} sets? ×`));
    for (const box of move.boxes) expect(box, `${what}: tick box in mm`).toBeGreaterThanOrEqual(3);
    if (move.phase === 'strength') expect(move.line, `${what}: a line for the load`).toMatch(/^(Band|Weight|Notes):$/);
    else expect(move.line, `${what}: no load line outside the strength phase`).toBeNull();
    expect(move.hiddenFromReaders, `${what}: the printed log is decoration for screen readers`).toBe(true);
  }
}

for (const format of ['A4', 'Letter'] as const) {
  test(`print on ${format}: the longest plans are one full page of gym log`, async ({ page }) => {
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      await open(page, longest(level));
      await expect(page.locator('[data-phase="strength"]:not([data-addon])')).toHaveCount(5);
      await expect(page.locator('[data-phase="cooldown"]')).toHaveCount(5);
      await expect(page.locator('[data-addon]')).toHaveCount(2);
      expect(await printedSheets(page, format), `${level} plan on ${format}`).toBe(1);
      const { moves, heightMm, overflows } = await measurePrint(page, format);
      expectGymLog(moves, `${level}, ${format}`);
      if (level !== 'beginner') expect(moves.some((m) => m.sets > 1), 'more than one set to tick (beginners do one)').toBe(true);
      // Printed at full size: nothing wider than the page and nothing taller (no shrinking to fit).
      expect(overflows, `${level} on ${format}: wider than the page`).toBe(false);
      expect(heightMm, `${level} on ${format}: content height in mm`).toBeLessThanOrEqual(PAPER[format].height);
      expect(heightMm / PAPER[format].height, `${level} on ${format}: share of the page used`).toBeGreaterThanOrEqual(0.75);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-print-link]')).toContainText(`${new URL(page.url()).origin}/routine/?level=${level}`);
      await expect(page.locator('[data-safety] [data-pain-rule]').getByText('Pain rule: up to 3 out of 10')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Shuffle' })).toBeHidden();
      await page.emulateMedia({ media: null });
    }
  });

  test(`print on ${format}: the shortest plan is one page with the same gym log`, async ({ page }) => {
    await open(page, SHORTEST);
    expect(await printedSheets(page, format)).toBe(1);
    const { moves, overflows } = await measurePrint(page, format);
    expectGymLog(moves, `shortest, ${format}`);
    expect(overflows).toBe(false);
  });
}

test('on screen the log is hidden, and its start stills are already loaded before anyone prints', async ({ page }) => {
  // A print made at once (Chromium's printToPDF, a quick Ctrl+P) does not wait for lazy images:
  // the stills must be in by the load event, never fetched by the print itself.
  const stillsLoaded = () => page.locator('img[data-print-still="start"]').evaluateAll((imgs) => imgs.length > 0 && imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await open(page, longest('advanced'));
    await expect(page.locator('[data-print-log]').first()).toBeHidden();
    await expect(page.locator('img[data-print-still="start"]').first()).toBeHidden();
    await expect(page.locator('img[data-print-still="end"]').first()).toBeVisible();
    await expect.poll(stillsLoaded, { message: `start stills loaded at ${width} px with no print` }).toBe(true);
  }

  // The server-rendered default plan, then a change filled into it by the builder (plan-dom.ts).
  await open(page);
  expect(await printedSheets(page, 'A4')).toBe(1);
  expectGymLog((await measurePrint(page, 'A4')).moves, 'default plan');
  await page.getByRole('radio', { name: 'Advanced' }).check();
  await expect(page).toHaveURL(/level=advanced/);
  expect(await printedSheets(page, 'A4')).toBe(1);
  expectGymLog((await measurePrint(page, 'A4')).moves, 'after a change');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default plan prints the same gym log on one page', async ({ page }) => {
    await page.goto('/routine/');
    expect(await printedSheets(page, 'Letter')).toBe(1);
    expectGymLog((await measurePrint(page, 'Letter')).moves, 'no JavaScript');
  });
});
