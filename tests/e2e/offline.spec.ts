/**
 * The installable, offline site (issue: works in the gym with no signal). These tests serve the
 * built site themselves, with the static server the site checker uses (directory indexes, the
 * 404 page and dist/_headers), so a second build can replace the first on the same origin.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { renderedResults } from './search-helpers';
import { expectNoAxeViolations, sitePaths } from './support/site';
import { serveDist } from '../../scripts/check-site/serve.mjs';
import { buildChangedCopy, filesOf, pngSize } from './support/offline';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const DIST = resolve('dist');
type Server = Awaited<ReturnType<typeof serveDist>>;
let server: Server;
let port = 0;

/** Serves `dir` on the same port as before (the same origin, so the same service worker). */
async function serve(dir: string) {
  await server?.close();
  server = await serveDist(dir, port);
  port = Number(new URL(server.origin).port);
  return server.origin;
}

/** Opens `path` and waits until the service worker controls the page, its precache complete. */
async function openControlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test.afterAll(async () => server?.close());

/** Long enough for a service worker to precache the whole site on a loaded machine. */
const PRECACHE_TIMEOUT = 30_000;
/** The update notice's button (the notice shows only when a new version waits). */
const reloadButton = (page: Page) => page.getByRole('status').filter({ hasText: 'new version' }).getByRole('button', { name: 'Reload' });

test('after one visit, every page, search, the builder and the player work offline', async ({ context, page }) => {
  test.setTimeout(120_000);
  const origin = await serve(DIST);
  await openControlled(page, `${origin}/`);
  await context.setOffline(true);

  const paths = sitePaths();
  for (const path of paths) {
    // The page itself is what must come from the cache: no need to wait for its images too.
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
    await expect(page.locator('h1').first(), path).not.toHaveText('You are offline');
  }

  await page.goto(`${origin}/search/?q=row`);
  expect((await renderedResults(page)).length).toBeGreaterThan(0);

  await page.goto(`${origin}/routine/?level=intermediate&equipment=dumbbells&minutes=30&focus=strength&seed=7`);
  await expect(page.locator('[data-ready]')).toBeAttached();
  const firstMove = await page.locator('[data-phase="strength"]').first().getAttribute('data-move');
  await page.getByRole('button', { name: 'Shuffle' }).click();
  await expect(page.locator('[data-plan]')).not.toHaveAttribute('data-seed', '7');
  expect(firstMove).toBeTruthy();

  if (paths.includes('/routine/play/')) {
    await page.goto(`${origin}/routine/play/?level=beginner&equipment=band&minutes=15&focus=balanced&seed=3`);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('[data-player]')).not.toHaveAttribute('data-state', 'ready');
  }
  if (paths.includes('/progress/')) {
    await page.goto(`${origin}/progress/`);
    await expect(page.locator('[data-log-count]')).toBeAttached();
  }
});

test('offline, a page that is not saved shows the offline page, which axe passes in both themes', async ({ context, page }) => {
  test.slow(); // the whole precache, then ten pages and two axe runs: room for a busy machine
  const origin = await serve(DIST);
  await openControlled(page, `${origin}/`);
  await context.setOffline(true);
  await page.goto(`${origin}/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  // Its links lead to saved pages, so they work offline too.
  const links = await page.locator('main a[href^="/"]').evaluateAll((list) => list.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(5);
  for (const href of links.slice(0, 8)) {
    expect((await page.goto(`${origin}${href}`))?.status(), href).toBe(200);
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${origin}/no-such-page/`);
    await expectNoAxeViolations(page);
  }
  // Online, an unknown URL is the site's ordinary 404.
  await context.setOffline(false);
  const response = await page.goto(`${origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the manifest names the app, its colours, icons and shortcuts, and every page links it', async ({ page }) => {
  const origin = await serve(DIST);
  const response = await page.request.get(`${origin}/manifest.webmanifest`);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: 'Upright', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.name).toContain('Upright');
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons: { src: string; sizes: string; type: string; purpose: string }[] = manifest.icons;
  for (const [size, purpose] of [[192, 'any'], [512, 'any'], [512, 'maskable']] as const) {
    const icon = icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose && i.type === 'image/png');
    expect(icon, `${size} px ${purpose} icon`).toBeDefined();
    const png = await page.request.get(`${origin}${icon!.src}`);
    expect(png.status()).toBe(200);
    expect(pngSize(await png.body())).toEqual({ width: size, height: size });
  }
  const shortcuts: { url: string }[] = manifest.shortcuts;
  const pages = sitePaths();
  expect(shortcuts.map((s) => s.url)).toContain('/routine/');
  for (const shortcut of shortcuts) expect(pages, `shortcut ${shortcut.url} is a page`).toContain(shortcut.url);
  if (pages.includes('/progress/')) expect(shortcuts.map((s) => s.url)).toContain('/progress/');

  const htmlFiles = filesOf(DIST).filter((file) => file.endsWith('.html'));
  for (const file of htmlFiles) {
    expect(await import('node:fs').then((fs) => fs.readFileSync(resolve(DIST, file), 'utf8')), file).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  }
});

test.describe('a new build', () => {
  let next: Awaited<ReturnType<typeof buildChangedCopy>>;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    next = await buildChangedCopy();
  });

  /** Every same-origin file the page loaded exists in the build whose HTML it shows. */
  async function expectOneBuild(page: Page, dist: string) {
    const files = new Set(filesOf(dist));
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).filter((url) => url.origin === location.origin).map((url) => url.pathname),
    );
    const assets = loaded.filter((path) => path.startsWith('/_astro/'));
    for (const path of assets) expect(files.has(path.slice(1)), `${path} is from the same build as the page`).toBe(true);
  }

  async function visitOldThenDeployNew(context: BrowserContext, page: Page) {
    const origin = await serve(DIST);
    await openControlled(page, `${origin}/guides/`);
    await openControlled(page, `${origin}${next.page}`);
    await expect(page.getByText(next.marker)).toHaveCount(0);
    await serve(next.dist);
    // The browser checks the worker on navigation; the old version still answers this one.
    await page.reload();
    await expect(page.getByText(next.marker)).toHaveCount(0);
    await expectOneBuild(page, DIST);
    // Offered once the new worker has installed, which precaches the whole new build first (216
    // files): on a loaded machine that took longer than expect's default 5 s.
    await expect(reloadButton(page)).toBeVisible({ timeout: PRECACHE_TIMEOUT });
    void context;
    return origin;
  }

  test('shows the new content after the reload it offers, never a page from both builds', async ({ context, page }) => {
    test.slow(); // two workers install, each precaching the whole site: room for a busy machine
    await visitOldThenDeployNew(context, page);
    await reloadButton(page).click();
    await expect(page.getByText(next.marker)).toBeVisible();
    await expectOneBuild(page, next.dist);
    // Old caches are gone: offline, the new version still answers.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(next.marker)).toBeVisible();
    await expectOneBuild(page, next.dist);
  });

  // The build with a move from the scaffold passed (beforeAll) and publishes its page at its URL.
  test('publishes the page npm run new:move wrote, unedited, at its URL', async ({ page }) => {
    expect(filesOf(next.dist)).toContain(`${next.scaffolded.slice(1)}index.html`);
    const origin = await serve(next.dist);
    const response = await page.goto(`${origin}${next.scaffolded}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scaffold check');
  });

  test('takes over on the next link followed', async ({ context, page }) => {
    test.slow(); // two workers install, each precaching the whole site: room for a busy machine
    const origin = await visitOldThenDeployNew(context, page);
    // A slow worker (a busy phone, one woken from sleep): the hand-over message reaches it 4 s
    // late, and the link must still wait for the new version rather than load the old build.
    await page.addInitScript(() => {
      const post = ServiceWorker.prototype.postMessage;
      ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: Parameters<ServiceWorker['postMessage']>) {
        setTimeout(() => post.apply(this, args), 4000);
      } as ServiceWorker['postMessage'];
    });
    await page.goto(`${origin}/guides/`);
    await expect(reloadButton(page)).toBeVisible();
    await page.locator(`main a[href="${next.page}"]`).first().click();
    await expect(page).toHaveURL(`${origin}${next.page}`, { timeout: 15_000 });
    await expect(page.getByText(next.marker)).toBeVisible();
    await expectOneBuild(page, next.dist);
  });
});
