/**
 * The site checker's disk checks (scripts/check-site/static.mjs) on a small dist written here:
 * one page that keeps every rule, and pages that each break some, so every rule is seen to fire
 * (the real build only ever shows that a good site passes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { staticChecks } from '../../../scripts/check-site/static.mjs';

const ORIGIN = 'https://upright.example';
const CSP = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** A page that keeps every rule; `head` and `body` add to it. */
function page(path: string, { head = '', body = '', description = 'A page about the upper back.' } = {}): string {
  const url = `${ORIGIN}${path}`;
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${CSP}">
    <title>A page</title>
    <meta name="description" content="${description}">
    <link rel="canonical" href="${url}">
    <meta property="og:title" content="A page">
    <meta property="og:type" content="website">
    <meta property="og:url" content="${url}">
    <meta property="og:image" content="${ORIGIN}/og.png">
    <meta property="og:image:alt" content="The site's mark">
    <meta property="og:description" content="${description}">
    <meta property="og:site_name" content="Upright">${head}
  </head>
  <body>
    <main id="main">
      <h1>A page</h1>${body}
    </main>
  </body>
</html>
`;
}

const HEADERS = `/*
  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=()
`;

let failures: { page: string; rule: string; detail: string }[] = [];
let dist = '';

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'upright-static-'));
  const files: Record<string, string> = {
    'index.html': page('/', { body: '<p><a href="/good/#main">Good</a> <a href="/good/">Good again</a></p>' }),
    'good/index.html': page('/good/'),
    'broken/index.html': page('/broken/', {
      body: '<p><a href="/nowhere/">Gone</a> <a href="/good/#missing">No such part</a> <img src="https://cdn.example/x.png" alt=""> <a href="javascript:void(0)">Run</a> <span style="color: red" onclick="go()">Styled</span></p>',
    }),
    'meta/index.html': page('/meta/', { description: '' }).replace('<title>A page</title>', '<title></title>'),
    'jsonld/index.html': page('/jsonld/', { head: '<script type="application/ld+json">{ not json</script>' }),
    'unlisted/index.html': page('/unlisted/'),
    '404.html': page('/404.html'),
    'og.png': 'png',
    'style.css': 'a { background: url(/missing.png); } b { background: url(https://cdn.example/y.png); }',
    'sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${['/', '/good/', '/broken/', '/meta/', '/jsonld/', '/ghost/'].map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join('')}</urlset>`,
    'robots.txt': `User-agent: *\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    '_headers': HEADERS,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), text);
  }
  ({ failures } = await staticChecks({ distDir: dist, siteOrigin: ORIGIN }));
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

const rulesOn = (path: string) => new Set(failures.filter((f) => f.page === path).map((f) => f.rule));

describe('the site checker, on disk', () => {
  it('passes the pages that keep every rule', () => {
    expect(failures.filter((f) => f.page === '/' || f.page === '/good/').map((f) => `${f.page} ${f.rule}: ${f.detail}`)).toEqual([]);
    expect(failures.filter((f) => f.page === '/_headers' || f.page === '/robots.txt')).toEqual([]);
  });

  it('finds broken links and fragments, third-party loads, script URLs and what the CSP blocks', () => {
    expect([...rulesOn('/broken/')]).toEqual(expect.arrayContaining(['broken-link', 'broken-fragment', 'third-party-resource', 'no-script-url', 'csp/style-attribute', 'csp/inline-handler']));
  });

  it('finds missing meta tags and Open Graph that disagrees with them', () => {
    expect([...rulesOn('/meta/')]).toEqual(expect.arrayContaining(['meta/title', 'meta/description', 'meta/open-graph']));
  });

  it('finds JSON-LD that does not parse', () => {
    expect(rulesOn('/jsonld/')).toContain('json-ld/parse');
  });

  it('finds stylesheet references that are missing or load from another site', () => {
    expect([...rulesOn('/style.css')]).toEqual(expect.arrayContaining(['broken-link', 'third-party-resource']));
  });

  it('holds the sitemap to the pages: none missing, none that do not exist', () => {
    expect(rulesOn('/unlisted/')).toContain('sitemap');
    expect(failures.some((f) => f.page === '/sitemap.xml' && f.detail.includes('/ghost/'))).toBe(true);
    expect(rulesOn('/404.html')).not.toContain('sitemap');
  });

  it('finds HTML that does not validate', () => {
    expect([...rulesOn('/broken/')].some((rule) => rule.startsWith('html-validate/'))).toBe(true);
  });
});

describe('the site checker, on a dist without its site files', () => {
  it('says that _headers, robots.txt and sitemap.xml are missing', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'upright-static-bare-'));
    try {
      await writeFile(join(bare, 'index.html'), page('/'));
      await writeFile(join(bare, 'og.png'), 'png');
      const { failures: found } = await staticChecks({ distDir: bare, siteOrigin: ORIGIN });
      expect(found.map((f) => `${f.page} ${f.rule}`)).toEqual(expect.arrayContaining(['/_headers headers', '/robots.txt robots', '/sitemap.xml sitemap']));
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });
});
