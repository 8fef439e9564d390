import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { axeViolations, describeViolation } from '../../../scripts/check-site/axe.mjs';
import { KIND_COLLECTION, SECTIONS } from '../../../src/lib/content/vocabulary';

/** The folders the moves live in ("warm-ups", "exercises", "stretches"), from the vocabulary. */
export const MOVE_SECTIONS: string[] = Object.values(KIND_COLLECTION).map((collection) => SECTIONS[collection].path);

/** Every page path of the built site, read from dist/sitemap.xml (so tests follow the content). */
export function sitePaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** One page of each template: home, section indexes, and the first entry of each collection. */
export function templateSamples(): Record<string, string> {
  const paths = sitePaths();
  const first = (section: string) => {
    const found = paths.find((p) => p.startsWith(`/${section}/`) && p !== `/${section}/`);
    if (!found) throw new Error(`no ${section} page in the sitemap`);
    return found;
  };
  return {
    home: '/',
    'muscles index': '/muscles/',
    'warm-ups index': '/warm-ups/',
    'exercises index': '/exercises/',
    'stretches index': '/stretches/',
    'guides index': '/guides/',
    'muscle page': first('muscles'),
    'warm-up page': first('warm-ups'),
    'exercise page': first('exercises'),
    'stretch page': first('stretches'),
    'guide page': first('guides'),
    '404 page': '/this-page-does-not-exist/',
  };
}

/**
 * Runs axe with the site checker's configuration and fails with each violation. The checker runs
 * it on every page as built; browser tests call this only for states a page reaches by use
 * (results shown, a panel open, messages in the builder). As in the checker, a page in the dark
 * theme gets the colour rules only: each such test has a light twin that walks the same states
 * with every rule, and the themes differ only in colours.
 */
export async function expectNoAxeViolations(page: Page, options: { coloursOnly?: boolean } = {}) {
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme === 'dark');
  const violations = await axeViolations(page, { coloursOnly: options.coloursOnly ?? dark });
  expect(violations.map(describeViolation)).toEqual([]);
}

/** Sets the stored theme before any page script runs, as a returning visitor would have it. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => localStorage.setItem('upright-theme', value), theme);
}
