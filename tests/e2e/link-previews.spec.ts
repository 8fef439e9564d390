/**
 * Link previews (issue #23): every move and muscle page names its own 1200 x 630 PNG card with
 * og:image, og:image:alt and twitter:card; other pages keep the site's card; no card is precached.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { moves, muscles, path } from './search-helpers';

const SITE = 'https://upright.example';
const dist = process.env.UPRIGHT_OUT_DIR ?? 'dist';

async function previewTags(request: APIRequestContext, page: string) {
  const html = await (await request.get(page)).text();
  const meta = (attribute: 'property' | 'name', key: string) => new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
  return { image: meta('property', 'og:image'), alt: meta('property', 'og:image:alt'), card: meta('name', 'twitter:card'), title: /<h1[^>]*>([^<]*)</.exec(html)?.[1] };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.describe('link previews', () => {
  test('every move and muscle page has its own 1200 x 630 PNG card, with alt text and a large twitter card', async ({ request }) => {
    const pages = [...moves(), ...muscles()].map((entry) => ({ page: path(entry.url), title: entry.title }));
    expect(pages.length).toBeGreaterThan(40);
    const images = new Set<string>();
    for (const { page, title } of pages) {
      const tags = await previewTags(request, page);
      expect(tags.image, page).toBe(`${SITE}/og${page.replace(/\/$/, '')}.png`);
      expect(tags.alt, page).toContain(title);
      expect(tags.card, page).toBe('summary_large_image');
      images.add(tags.image!);
    }
    expect(images.size).toBe(pages.length);
    // Each image is a real PNG of the right size (a move's and a muscle's, read whole).
    for (const { page } of [pages[0], pages[pages.length - 1]]) {
      const response = await request.get(`/og${page.replace(/\/$/, '')}.png`);
      expect(response.ok(), page).toBe(true);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test('every card file is a 1200 x 630 PNG', async ({ request }) => {
    for (const entry of [...moves(), ...muscles()]) {
      const file = readFileSync(`${dist}/og${path(entry.url).replace(/\/$/, '')}.png`);
      expect(pngSize(file), entry.url).toEqual({ width: 1200, height: 630 });
    }
    // Other pages keep the site's card, and say so to every crawler too.
    const home = await previewTags(request, '/');
    expect(home.image).toBe(`${SITE}/og-image.png`);
    expect(home.card).toBe('summary_large_image');
  });

  test('the cards are not precached by the offline worker', () => {
    const worker = readFileSync(`${dist}/sw.js`, 'utf8');
    expect(worker).toMatch(/["']\/?exercises\/[^"']+\/index\.html["']/);
    expect(worker).not.toMatch(/["']\/?og\/[^"']*\.png["']/);
  });
});
