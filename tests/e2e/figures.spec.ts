import { expect, test, type Page } from '@playwright/test';
import { MOVE_SECTIONS } from './support/site';
import { printedSheets } from './support/print';
const slugOf = (path: string) => path.split('/').filter(Boolean).pop()!;

// Every move page's figure (views, start, end and moving figure, named, sized, near the top):
// move-pages.spec.ts, which loads each move page once for all its checks.

test('start and end stills differ in at least 15% of their drawn pixels at 160 px (isometric moves excepted)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const data = await (await request.get('/data/moves.json')).json() as { items: { slug: string; figure: { isometric?: boolean } }[] };
  expect(data.items.length).toBeGreaterThanOrEqual(38);
  await page.goto('/');
  for (const item of data.items) {
    // Both stills rasterised by Chromium at 160 px wide; a pixel is drawn when it is not transparent.
    const share = await page.evaluate(async (slug) => {
      const load = (src: string) => new Promise<HTMLImageElement>((done, fail) => { const img = new Image(); img.onload = () => done(img); img.onerror = fail; img.src = src; });
      const [a, b] = await Promise.all([load(`/figures/start/${slug}.svg`), load(`/figures/${slug}.svg`)]);
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = 160;
        canvas.height = Math.round((160 * img.naturalHeight) / img.naturalWidth);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [p, q] = [pixels(a), pixels(b)];
      let drawn = 0;
      let differ = 0;
      for (let i = 0; i < Math.min(p.length, q.length); i += 4) {
        // Tints (the floor mat, a wall) are backdrop, not drawing: only solid pixels count.
        if (p[i + 3]! < 120 && q[i + 3]! < 120) continue;
        drawn++;
        if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) + Math.abs(p[i + 3]! - q[i + 3]!) > 60) differ++;
      }
      return differ / drawn;
    }, item.slug);
    if (item.figure.isometric) expect(share, `${item.slug} is isometric`).toBeLessThan(0.15);
    else expect(share, `${item.slug}: start and end differ`).toBeGreaterThanOrEqual(0.15);
  }
});

async function runningAnimations(page: Page): Promise<number> {
  return page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
}

test('the moving figure runs, and under reduced motion nothing moves', async ({ page }) => {
  await page.goto('/exercises/band-row/');
  expect(await runningAnimations(page)).toBeGreaterThan(0);
  const motionOnly = await page.evaluate(() => document.getAnimations().every((a) => (a.effect as KeyframeEffect).target?.closest('svg[data-pose="motion"]')));
  expect(motionOnly).toBe(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  expect(await runningAnimations(page)).toBe(0);
});

test('the key point\'s path is drawn on the stills, and the dead hang hangs from a drawn bar', async ({ page }) => {
  await page.goto('/exercises/band-row/');
  await expect(page.locator('svg[data-pose="start"] [data-key-path]').first()).toBeAttached();
  await expect(page.locator('svg[data-pose="end"] [data-key-path]').first()).toBeAttached();
  await expect(page.locator('svg[data-pose="motion"] [data-key-path]')).toHaveCount(0);
  await expect(page.locator('figure[data-move-figure] figcaption')).toHaveText(/Watch the working elbow/);
});

// Axe on the move pages and section indexes with their figures, in both themes: the site checker
// runs it on every page of the site (scripts/check-site/browser.mjs).

test('every move card on the section indexes shows a still of its move', async ({ page }) => {
  for (const section of MOVE_SECTIONS) {
    await page.goto(`/${section}/`);
    const cards = page.locator('a.card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const slug = slugOf((await card.getAttribute('href'))!);
      const thumb = card.locator(`[data-move-thumb][data-move="${slug}"]`);
      await expect(thumb, `${section} ${slug}`).toHaveCount(1);
      await expect(thumb).toHaveAttribute('width', /\d+/);
      await expect(thumb).toHaveAttribute('height', /\d+/);
    }
    await page.evaluate(() => Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode(); })));
    const broken = await page.locator('img[data-move-thumb]').evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).naturalWidth).length);
    expect(broken).toBe(0);
  }
});

test('each figure is also a standalone SVG file, and moves.json carries the pose data', async ({ request }) => {
  const data = await (await request.get('/data/moves.json')).json() as { version: number; items: { slug: string; figure?: { poses?: { start?: unknown; end?: unknown } } }[] };
  expect(data.version).toBe(1);
  for (const item of data.items) {
    expect(item.figure?.poses?.start, item.slug).toBeTruthy();
    expect(item.figure?.poses?.end, item.slug).toBeTruthy();
    const file = await request.get(`/figures/${item.slug}.svg`);
    expect(file.status(), item.slug).toBe(200);
    expect(file.headers()['content-type']).toContain('image/svg+xml');
    const text = await file.text();
    expect(text).toMatch(/^<svg [^>]*role="img"/);
    expect(text).not.toContain('style="');
  }
});

const LARGEST = '?level=advanced&equipment=band,dumbbells,stress-ball,pullup-bar&minutes=45&focus=balanced&addons=core,grip&seed=3';

test('the routine plan shows a still beside every move, with no figure code in the island', async ({ page }) => {
  await page.goto(`/routine/${LARGEST}`);
  await expect(page.locator('[data-ready]')).toBeAttached();
  const moves = await page.locator('li[data-move][data-phase]').evaluateAll((items) => items.map((el) => el.getAttribute('data-move')));
  expect(moves.length).toBeGreaterThan(10);
  for (const id of moves) await expect(page.locator(`li[data-move="${id}"] img[data-move-thumb][data-move="${id}"]`).first()).toBeAttached();
  await page.waitForLoadState('networkidle');
  const broken = await page.locator('img[data-move-thumb]').evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).complete || !(i as HTMLImageElement).naturalWidth).length);
  expect(broken).toBe(0);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`print: the largest plan with a still per move is still one ${format} page`, async ({ page }) => {
    await page.goto(`/routine/${LARGEST}`);
    await expect(page.locator('[data-ready]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const thumbs = page.locator('li[data-move] img[data-move-thumb]');
    expect(await thumbs.count()).toBeGreaterThan(10);
    await expect(thumbs.first()).toBeVisible();
    expect(await printedSheets(page, format)).toBe(1);
  });
}
