import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe (WCAG 2.2 A and AA) and fails with each violation's rule and targets. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Sets the stored theme before any page script runs, as a returning visitor would have it. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => localStorage.setItem('upright-theme', value), theme);
}
