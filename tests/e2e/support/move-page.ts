/**
 * What every move page must show, as three groups of checks on a page already open: the muscle
 * words and band check (anatomy), the figure (figures) and the body map (body map). The crawl in
 * move-pages.spec.ts loads each move page once and runs all three, rather than each feature's spec
 * loading all the move pages again. Expected values come from the built site's open data.
 */
import { expect, type Page } from '@playwright/test';
import type { OpenDataMove, OpenDataMuscle } from '../../../src/lib/open-data';
import { MUSCLES_ROLE_TEXT } from '../../../src/lib/content/muscles-role';
import { CAMERAS } from '../../../src/lib/figure/pose3d';
import { expectOnlyTouchedViews, readMap } from './body-map';

/** The move page's "At a glance" box. */
export const glance = (page: Page) => page.locator('section[aria-labelledby="glance-heading"]');

/** The page names its muscles with the words for what the move does to them; band moves carry the band check. */
export async function checkMuscleWording(page: Page, move: OpenDataMove) {
  const words = MUSCLES_ROLE_TEXT[move.musclesRole];
  await expect(glance(page).locator('dt[data-muscles-role]'), move.slug).toHaveText(words.heading);
  await expect(page.locator('#body-map-heading'), move.slug).toHaveText(words.heading);
  if (move.kind !== 'exercise') await expect(page.locator('article'), move.slug).not.toContainText('Muscles it works');
  const usesBand = move.equipment.some((set) => set.includes('band'));
  await expect(page.locator('[data-band-check]'), move.slug).toHaveCount(usesBand ? 1 : 0);
  if (usesBand) await expect(page.locator('[data-band-check]'), move.slug).toContainText('far side of a closed door');
}

/** One or two views, each with its start, end and moving figure, named and sized, near the top. */
export async function checkFigure(page: Page, path: string) {
  const found = await page.evaluate(() => {
    const figures = document.querySelectorAll('figure[data-move-figure]');
    const figure = figures[0];
    const views = [...(figure?.querySelectorAll('[data-view]') ?? [])].map((view) => ({
      view: view.getAttribute('data-view'),
      svgs: ['start', 'end', 'motion'].map((pose) => {
        const svg = view.querySelectorAll(`svg[data-pose="${pose}"]`);
        const el = svg[0];
        return { pose, count: svg.length, role: el?.getAttribute('role'), name: el?.getAttribute('aria-label') ?? '', width: Number(el?.getAttribute('width')), height: Number(el?.getAttribute('height')) };
      }),
    }));
    const labels = [...(figure?.querySelectorAll('span') ?? [])].map((s) => s.textContent);
    const h2 = document.querySelector('article h2');
    const nearTop = Boolean(figure && h2 && figure.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { figures: figures.length, views, labels, nearTop, caption: figure?.querySelector('figcaption')?.textContent ?? '' };
  });
  expect(found.figures, path).toBe(1);
  expect(found.nearTop, `${path}: figure before the steps`).toBe(true);
  expect(found.labels, path).toEqual(expect.arrayContaining(['Start', 'End']));
  expect(found.caption, `${path}: the key motion in words`).toMatch(/^Watch /);
  expect(found.views.length, path).toBeGreaterThanOrEqual(1);
  expect(found.views.length, path).toBeLessThanOrEqual(2);
  for (const view of found.views) {
    expect(CAMERAS, path).toContain(view.view);
    for (const svg of view.svgs) {
      expect(svg.count, `${path} ${view.view} ${svg.pose}`).toBe(1);
      expect(svg.role, `${path} ${svg.pose}`).toBe('img');
      expect(svg.name.length, `${path} ${svg.pose} has a name in words`).toBeGreaterThan(20);
      expect(svg.width * svg.height, `${path} ${svg.pose} has a size`).toBeGreaterThan(0);
    }
  }
}

/**
 * The body map marks the primary muscles solid and the secondary ones hatched, with a legend, on
 * the views they touch. Everything is read in one pass (the accessible tree for the link names,
 * the DOM and computed styles for the rest), then compared in Node.
 */
export async function checkBodyMap(page: Page, move: OpenDataMove, muscles: OpenDataMuscle[]) {
  const titles = new Map(muscles.map((m) => [m.slug, m.title]));
  const seen = await readMap(page);
  const where = move.slug;
  expect(seen.links.filter((l) => l.role === 'primary').map((l) => l.muscle).sort(), where).toEqual([...move.muscles.primary].sort());
  expect(seen.links.filter((l) => l.role === 'secondary').map((l) => l.muscle).sort(), where).toEqual([...move.muscles.secondary].sort());
  // Muscles the move does not work are drawn (in the shared backdrop) but are not links.
  expect(seen.links, where).toHaveLength(move.muscles.primary.length + move.muscles.secondary.length);
  // The words follow what the move does to the muscles: worked, stretched or felt.
  const words = MUSCLES_ROLE_TEXT[move.musclesRole];
  for (const id of move.muscles.primary) {
    expect(seen.names, where).toContain(`${titles.get(id)}, ${words.primaryLabel}`);
    expect(seen.links.find((l) => l.muscle === id)?.href, where).toBe(`/muscles/${id}/`);
    expect(seen.legend.primary, where).toContain(titles.get(id));
  }
  for (const id of move.muscles.secondary) {
    expect(seen.names, where).toContain(`${titles.get(id)}, ${words.secondaryLabel}`);
    expect(seen.legend.secondary, where).toContain(titles.get(id));
  }
  // More than colour: primary shapes are filled solid, secondary ones with the hatch pattern and a dashed edge.
  for (const link of seen.links) {
    expect(link.shapes.length, `${where}: ${link.muscle} has shapes`).toBeGreaterThan(0);
    for (const shape of link.shapes) {
      if (link.role === 'primary') expect(shape, `${where}: ${link.muscle}`).toMatchObject({ fill: expect.not.stringMatching(/url/), dash: 'none' });
      else expect(shape, `${where}: ${link.muscle}`).toMatchObject({ fill: expect.stringMatching(/url\(.*hatch/), dash: expect.not.stringMatching(/^none$/) });
    }
  }
  expectOnlyTouchedViews(seen, where);
}
