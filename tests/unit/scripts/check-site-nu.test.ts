import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspOf, judgeCspWarning, nuChecks } from '../../../scripts/check-site/nu.mjs';

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const STYLE = '.a{color:red}';
const SCRIPT = "document.title = 'x';";
const CSP = `default-src 'self'; img-src 'self' data:; script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}`;

function page(body: string, head = '') {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${CSP}"><title>t</title>${head}</head><body>${body}</body></html>\n`;
}

describe('judgeCspWarning', () => {
  const html = page('<img src="/a.svg" alt=""><script>alert(1)</script>', `<style>${STYLE}</style><script type="application/ld+json">{}</script>`);
  const at = (needle: string) => {
    const index = html.indexOf(needle);
    return { lastLine: 1, lastColumn: html.indexOf('>', index) + 1 };
  };
  it("judges a same-origin resource under 'self' and nothing else", () => {
    const message = { type: 'info', subType: 'warning', message: 'Resource violates Content Security Policy (meta tag): image “/a.svg” blocked by “img-src” directive.' };
    expect(judgeCspWarning(message, html)).toMatch(/same-origin/);
    expect(judgeCspWarning({ ...message, message: message.message.replace('/a.svg', 'https://cdn.example/a.svg') }, html)).toBeNull();
    expect(judgeCspWarning({ ...message, message: message.message.replace('/a.svg', '//cdn.example/a.svg') }, html)).toBeNull();
  });
  it('judges a hashed inline style and a JSON block, and lists an inline script with no hash', () => {
    const inline = (kind: string) => `Inline ${kind} violates Content Security Policy (meta tag): blocked by “${kind}-src” directive (missing “‘unsafe-inline’” or nonce/hash).`;
    expect(judgeCspWarning({ type: 'info', subType: 'warning', message: inline('style'), ...at('<style>') }, html)).toMatch(/hash/);
    expect(judgeCspWarning({ type: 'info', subType: 'warning', message: inline('script'), ...at('<script type=') }, html)).toMatch(/JSON/);
    expect(judgeCspWarning({ type: 'info', subType: 'warning', message: inline('script'), ...at('<script>alert') }, html)).toBeNull();
  });
  it('judges an inline script before the CSP meta (the meta governs only what follows it)', () => {
    const early = html.replace('<meta http-equiv', '<script>early()</script><meta http-equiv');
    const index = early.indexOf('<script>early');
    const message = { type: 'info', subType: 'warning', message: 'Inline script violates Content Security Policy (meta tag): blocked', lastLine: 1, lastColumn: early.indexOf('>', index) + 1 };
    expect(judgeCspWarning(message, early)).toMatch(/before the CSP meta/);
  });
  it('reads the CSP meta by directive', () => {
    expect(cspOf(html).get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('nuChecks (the real vnu, one Java process)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'upright-nu-'));
    await mkdir(join(dir, 'good'));
    await writeFile(join(dir, 'good/index.html'), page(`<p class="a">Fine</p><script>${SCRIPT}</script>`, `<style>${STYLE}</style>`));
    // The two defects the checker found on the site: a second class attribute, a script after </html>.
    await writeFile(join(dir, 'index.html'), page('<a href="/" class="x" class="y">Home</a>').replace('</html>\n', '</html><script src="/a.js"></script>'));
    await writeFile(join(dir, 'bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect widthh="1"/></svg>');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fails on errors, names the page, and passes a clean page with its hashed inline blocks', async () => {
    const { failures, lines } = await nuChecks({ distDir: dir, files: ['bad.svg', 'good/index.html', 'index.html'] });
    const byPage = (path: string) => failures.filter((f) => f.page === path).map((f) => f.detail).join('\n');
    expect(byPage('/')).toMatch(/Duplicate attribute “class”/);
    expect(byPage('/')).toMatch(/Stray start tag “script”/);
    expect(failures.some((f) => f.page.endsWith('bad.svg') && /widthh/.test(f.detail))).toBe(true);
    expect(failures.filter((f) => f.page === '/good/')).toEqual([]);
    expect(lines[0]).toMatch(/Nu Html Checker on 3 files: \d+ errors/);
  }, 60_000);
});
