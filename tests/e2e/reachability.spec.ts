import { expect, test } from '@playwright/test';
import { sitePaths } from './support/site';

test('every page in the sitemap is reachable by following links from the home page', async ({ request }) => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const [, href] of (await response.text()).matchAll(/<a\b[^>]*\shref="([^"#?]+)/g)) {
      if (!href!.startsWith('/') || href!.startsWith('//')) continue;
      const target = new URL(href!, 'http://site').pathname;
      if (/\.[a-z]+$/.test(target) && !target.endsWith('.html')) continue; // files, not pages
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const unreachable = sitePaths().filter((path) => !seen.has(path));
  expect(unreachable).toEqual([]);
});
