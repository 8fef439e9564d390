import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (site: string) => spawnSync(process.execPath, ['scripts/build-search-index.mjs', site], { encoding: 'utf8', timeout: 60_000 });
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('scripts/build-search-index.mjs', () => {
  it('indexes the pages marked data-pagefind-body and exits 0', () => {
    const site = mkdtempSync(join(tmpdir(), 'upright-index-'));
    try {
      mkdirSync(join(site, 'a'));
      writeFileSync(join(site, 'a', 'index.html'), page('<main data-pagefind-body><h1>Band row</h1><p>Rows for the upper back.</p></main>'));
      writeFileSync(join(site, 'index.html'), page('<nav>Not content</nav>'));
      const result = run(site);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/1 pages indexed/);
      expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails the build when no page asks to be indexed', () => {
    const site = mkdtempSync(join(tmpdir(), 'upright-index-'));
    try {
      writeFileSync(join(site, 'index.html'), page('<p>Nothing marked</p>'));
      const result = run(site);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/no page .* is marked data-pagefind-body/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails the build when the site folder does not exist', () => {
    const result = run(join(tmpdir(), 'upright-no-such-site'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/search index:/);
  });
});
