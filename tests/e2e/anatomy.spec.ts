/**
 * What a reader sees of the anatomy review: stretches say "Muscles stretched" and mobility
 * warm-ups "Where you feel it" on the page, the body map and the cards; band moves carry the band
 * check; the safety guide shows its warning signs and links to its sources. Expected values come
 * from the built site's own open data, never from a hand list.
 */
import { expect, test } from '@playwright/test';
import { moves, muscles, path } from './search-helpers';
import { glance } from './support/move-page';

test.describe('muscle wording', () => {
  // Every move page's muscle words and band check: move-pages.spec.ts, which loads each move
  // page once for all its checks.

  test('a stretch page says "Muscles stretched", never "Muscles it works"', async ({ page }) => {
    const stretch = moves().find((m) => m.slug === 'butterfly-stretch')!;
    await page.goto(path(stretch.url));
    await expect(glance(page)).toContainText('Muscles stretched');
    await expect(page.locator('[data-legend="primary"]')).toContainText('Mainly stretches: Inner thighs (hip adductors)');
    await expect(page.getByRole('link', { name: 'Inner thighs (hip adductors), mainly stretched' })).toBeVisible();
    await expect(page.locator('article')).not.toContainText('Muscles it works');
  });

  test('cards say "Muscles stretched" for stretches and "Where you feel it" for warm-ups', async ({ page }) => {
    await page.goto('/stretches/');
    const stretchCards = page.locator('main .card');
    expect(await stretchCards.count()).toBe(moves().filter((m) => m.kind === 'stretch').length);
    for (const card of await stretchCards.all()) await expect(card.locator('[data-muscles-role]')).toContainText('Muscles stretched:');
    await expect(page.locator('main')).not.toContainText('Muscles it works');

    await page.goto('/warm-ups/');
    for (const card of await page.locator('main .card').all()) await expect(card.locator('[data-muscles-role]')).toContainText('Where you feel it:');

    await page.goto('/exercises/');
    for (const card of await page.locator('main .card').all()) await expect(card.locator('[data-muscles-role]')).toContainText('Muscles it works:');
  });

  test('the inner-thigh page lists the butterfly stretch under moves that stretch it', async ({ page }) => {
    await page.goto('/muscles/hip-adductors/');
    await expect(page.locator('#primary-heading')).toHaveText('Moves that mainly stretch the inner thighs (hip adductors)');
    await expect(page.locator('section[data-role="primary"]').getByRole('link', { name: /Butterfly stretch/ })).toBeVisible();
  });
});

test.describe('the lats and the new muscles', () => {
  test('the lats page exists, is on the body map, and the band row names the lats first', async ({ page }) => {
    expect(muscles().map((m) => m.slug)).toEqual(expect.arrayContaining(['latissimus-dorsi', 'deep-neck-flexors', 'glutes', 'hamstrings', 'side-deltoids', 'obliques', 'hip-adductors', 'biceps']));
    await page.goto('/');
    await expect(page.locator('[data-body-map] svg').getByRole('link', { name: 'Latissimus dorsi (lats)', exact: true })).toHaveAttribute('href', '/muscles/latissimus-dorsi/');
    await page.goto('/exercises/band-row/');
    await expect(page.locator('[data-body-map] a[data-muscle="latissimus-dorsi"]')).toHaveAttribute('data-role', 'primary');
    await expect(page.locator('[data-body-map] a[data-muscle="biceps"]')).toHaveAttribute('data-role', 'secondary');
  });
});

test.describe('safety guide', () => {
  test('shows the warning signs and links to its public health sources', async ({ page }) => {
    await page.goto('/guides/safety/');
    const main = page.locator('main');
    await expect(page.getByRole('heading', { name: 'Call the emergency number now' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'See a doctor soon' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The pain rule' })).toBeVisible();
    await expect(main.locator('[data-pain-rule]')).toContainText('up to 3 out of 10');
    await expect(main).toContainText('pain that spreads to your jaw, neck or arm');
    await expect(main).toContainText('numbness, tingling or weakness in your arms or hands');
    await expect(main).toContainText('Never hold your breath');
    await expect(main).toContainText('a sudden, tearing pain between your shoulder blades');
    for (const href of ['https://www.nhs.uk/conditions/heart-attack/', 'https://www.nhs.uk/conditions/back-pain/', 'https://mpft.nhs.uk/services/msk/self-help/neck']) {
      await expect(main.locator(`article a[href="${href}"]`).first()).toBeVisible();
      await expect(page.locator(`#sources-heading ~ ul a[href="${href}"]`)).toHaveCount(1);
    }
  });

  // Axe on the safety guide, the stretches, the band moves and the muscle pages, in both themes:
  // the site checker runs it on every page of the site (scripts/check-site/browser.mjs).
});
