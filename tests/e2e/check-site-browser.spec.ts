/**
 * The site checker's browser checks (scripts/check-site/browser.mjs and tab.mjs) on a small dist
 * written here, served as the checker serves dist: a page that keeps every rule, and a page that
 * breaks several (an image without a name, a request to another site, a console error, a cookie,
 * sideways scrolling at 320 px), so each rule is seen to fire. The real crawl only ever shows that
 * a good site passes.
 */
import { expect, test } from '@playwright/test';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { browserChecks } from '../../scripts/check-site/browser.mjs';
import { serveDist } from '../../scripts/check-site/serve.mjs';

/** The main navigation every page carries (the checker's no-JavaScript reading looks for it). */
const NAV = ['Muscles', 'Warm-ups', 'Exercises', 'Stretches', 'Routine builder'].map((name) => `<a href="/">${name}</a>`).join(' ');

const page = (body: string, head = '') => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A page</title>
<script>document.documentElement.dataset.theme = localStorage.getItem('upright-theme') || 'light'</script>
<style>:root[data-theme=light] { color-scheme: light } :root[data-theme=dark] { color-scheme: dark; background: #111; color: #eee }</style>${head}</head>
<body><main><h1>A page</h1>${body}<nav aria-label="Main">${NAV}</nav></main></body>
</html>
`;

test('the checker\'s browser visits find what a page breaks, and pass a page that keeps every rule', async () => {
  test.slow();
  const dist = await mkdtemp(join(tmpdir(), 'upright-browser-checks-'));
  const files: Record<string, string> = {
    'index.html': page('<p>Strengthen and stretch your upper back, one move at a time, with pictures of every move.</p>'),
    'bad/index.html': page(
      '<p>An image with no name, a script that fails, a cookie and a box too wide for a phone.</p><img src="https://elsewhere.example/pixel.png" width="10" height="10"><div class="wide">wide</div>',
      '<style>.wide { width: 900px }</style><script>document.cookie = "tracked=1; path=/"; console.error("broken on purpose")</script>',
    ),
    '404.html': page('<p>There is no page at this address. Go back to the home page and look from there.</p>'),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), text);
  }
  const server = await serveDist(dist, 0);
  try {
    const { failures } = await browserChecks({ distDir: dist, origin: server.origin, paths: ['/', '/bad/'], concurrency: 2 });
    const rulesOn = (path: string) => new Set(failures.filter((f) => f.page === path).map((f) => f.rule));
    expect(failures.filter((f) => f.page === '/').map((f) => `${f.rule}: ${f.detail}`)).toEqual([]);
    expect([...rulesOn('/bad/')]).toEqual(expect.arrayContaining([
      'axe/image-alt', 'privacy/third-party-request', 'console-error', 'privacy/cookies', 'narrow/scrolls-sideways',
    ]));
  } finally {
    await server.close();
    await rm(dist, { recursive: true, force: true });
  }
});
