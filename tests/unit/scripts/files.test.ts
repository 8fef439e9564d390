import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../../scripts/lib/files.mjs';

const root = mkdtempSync(join(tmpdir(), 'upright-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file at any depth, relative and with forward slashes, sorted, and no folders', async () => {
    for (const file of ['b.html', 'a/index.html', 'a/deep/er/x.css', 'pagefind/p.js']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    mkdirSync(join(root, 'empty'));
    expect(await filesUnder(root)).toEqual(['a/deep/er/x.css', 'a/index.html', 'b.html', 'pagefind/p.js']);
    expect(await filesUnder(root, { skip: (file) => file.startsWith('pagefind/') })).toEqual(['a/deep/er/x.css', 'a/index.html', 'b.html']);
  });
});
