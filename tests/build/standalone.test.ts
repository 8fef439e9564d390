/**
 * The repository stands alone: a clone with nothing beside it passes. Nothing it tracks names a
 * folder outside it, and a copy of it in an empty temporary folder (node_modules linked in, as
 * after npm install) passes a small subset of the unit tests: those that read the repo's files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.mjs';

/** What a clone does not have: installed packages, build output, caches, test reports, git itself. */
const NOT_IN_A_CLONE = /^(node_modules|dist|\.astro|\.cache|\.tmp|test-results|playwright-report|\.git)(\/|$)/;
const TEXT = /\.(ts|tsx|mjs|js|cjs|astro|mdx|md|json|css|yml|yaml|txt|html)$|^\.ci\/run$|^\.npmrc$/;
// Written in pieces so this file does not match itself.
const OUTSIDE = [['', 'work', ''].join('/'), ['..', 'shared'].join('/'), ['shared', 'spec'].join('/'), ['shared', 'tools'].join('/'), ['shared', 'seed'].join('/')];

const root = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'upright-standalone-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the repository on its own', () => {
  it('names no path outside itself in code, tests, docs or configuration', async () => {
    const files = await filesUnder(root, { skip: (file) => NOT_IN_A_CLONE.test(file) || !TEXT.test(file) || file === 'package-lock.json' });
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return OUTSIDE.filter((path) => text.includes(path)).map((path) => `${file}: ${path}`);
    });
    expect(found).toEqual([]);
  });

  it('passes the unit tests that read the repo\'s files, copied into an empty folder', async () => {
    const copy = join(scratch, 'upright');
    for (const file of await filesUnder(root, { skip: (file) => NOT_IN_A_CLONE.test(file) })) cpSync(join(root, file), join(copy, file));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // A small subset, not the unit suite again: the tests that read the repo's own files (the
    // content, the README's example, the scripts' shared file walk); the full suite has run already.
    const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/content', 'tests/unit/schemas/readme-example.test.ts', 'tests/unit/scripts/files.test.ts'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/Tests\s+\d+ passed/);
  }, 240_000);
});
