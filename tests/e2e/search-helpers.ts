/**
 * Shared by the search, body-map and open-data browser tests: the built site's own open data is
 * where expected results come from, so no test lists moves or muscles by hand.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { OpenDataFile, OpenDataMove, OpenDataMuscle } from '../../src/lib/open-data';
import { EQUIPMENT, KIND_LABEL, LEVEL_LABEL, NO_EQUIPMENT_LABEL } from '../../src/lib/content/vocabulary';

const dist = process.env.UPRIGHT_OUT_DIR ?? 'dist';
const readJson = <T>(name: string): T => JSON.parse(readFileSync(`${dist}/data/${name}`, 'utf8')) as T;

export const moves = () => readJson<OpenDataFile<OpenDataMove>>('moves.json').items;
export const muscles = () => readJson<OpenDataFile<OpenDataMuscle>>('muscles.json').items;

export const path = (url: string) => new URL(url).pathname;
// The search's type and level values are the vocabulary's labels.
export const KIND_TYPE = KIND_LABEL;
export const LEVEL_NAME = LEVEL_LABEL;
export const equipmentLabels = (move: OpenDataMove) => [
  ...EQUIPMENT.filter((item) => move.equipment.flat().includes(item.id)).map((item) => item.label),
  ...(move.equipment.some((set) => set.length === 0) ? [NO_EQUIPMENT_LABEL] : []),
];
export const worksMuscle = (move: OpenDataMove, id: string) => move.muscles.primary.includes(id) || move.muscles.secondary.includes(id);

/** Opens a search URL and waits until its results are rendered; returns the result paths. */
export async function openSearch(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/${query}`);
  return renderedResults(page);
}

/** Waits for the search app to finish its latest search, then reads every result's path. */
export async function renderedResults(page: Page): Promise<string[]> {
  const app = page.locator('search-app');
  // data-busy is set synchronously when a search starts and cleared when its results are drawn.
  await expect(app).toHaveAttribute('data-ready', 'true');
  await expect(app).not.toHaveAttribute('data-busy', /.*/);
  await expect(app).not.toHaveAttribute('data-error', /.*/);
  // Load every page of results, so the list is complete.
  const total = Number(await app.getAttribute('data-total'));
  const items = page.locator('[data-search-results] > li');
  for (let shown = await items.count(); shown < total; shown = await items.count()) {
    await page.locator('[data-search-more]').click();
    await expect(items).not.toHaveCount(shown);
  }
  await expect(items).toHaveCount(total);
  return items.evaluateAll((list) => list.map((li) => (li as HTMLElement).dataset.url ?? ''));
}

/** Types a query into the search box and waits for results of exactly that query. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: /search moves/i });
  await input.fill(query);
  await expect(page.locator('search-app')).toHaveAttribute('data-query', query);
  return renderedResults(page);
}
