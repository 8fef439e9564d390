/**
 * Guides on paper (the print rules for `main > .prose-upright` in global.css): two columns of a
 * reading length under the name and summary, every warning sign of the safety guide on the
 * sheets, the whole guide on at most three A4 or Letter sheets rather than six.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { PAIN_RULE_HREF } from '../../src/lib/content/pain-rule';
import { sitePaths } from './support/site';
import { printedSheets } from './support/print';

const SAFETY_GUIDE = new URL(PAIN_RULE_HREF, 'https://upright.example').pathname;
const guides = sitePaths().filter((path) => path.startsWith('/guides/') && path !== '/guides/');
const textLength = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8')).querySelector('main')?.text.length ?? 0;
const [longest] = guides.map((path) => ({ path, length: textLength(path) })).sort((a, b) => b.length - a.length);

for (const path of [...new Set([SAFETY_GUIDE, longest!.path])]) {
  test(`print: ${path} is two columns on at most three A4 and three Letter sheets, every list item shown`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const article = document.querySelector('main > article')!;
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      const items = [...article.querySelectorAll('li, aside')];
      const h1 = article.querySelector('h1')!;
      return {
        columns: getComputedStyle(article).columnCount,
        titleSpans: getComputedStyle(h1).columnSpan,
        items: items.length,
        shown: items.filter(shown).length,
      };
    });
    expect(printed.columns).toBe('2');
    expect(printed.titleSpans).toBe('all');
    expect(printed.items).toBeGreaterThan(10);
    expect(printed.shown).toBe(printed.items);
    for (const format of ['A4', 'Letter'] as const) expect(await printedSheets(page, format), `${path} on ${format}`).toBeLessThanOrEqual(3);
  });
}
