/**
 * Real builds of a copy of the content with one thing broken: the build must fail and its
 * output must name the file and the field. (Slow-ish: two full builds.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'upright-bad-content-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Copies content/, applies `breakIt` to one file, builds it, and returns the build's output. */
function buildWithBrokenFile(name: string, file: string, breakIt: (text: string) => string) {
  const content = join(scratch, name, 'content');
  cpSync('content', content, { recursive: true });
  const target = join(content, file);
  const original = readFileSync(target, 'utf8');
  const broken = breakIt(original);
  expect(broken, 'the fixture edit must change the file').not.toBe(original);
  writeFileSync(target, broken);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      UPRIGHT_CONTENT_DIR: content,
      UPRIGHT_OUT_DIR: join(scratch, name, 'dist'),
      UPRIGHT_CACHE_DIR: join(scratch, name, 'cache'),
      NO_COLOR: '1',
    },
  });
  // Strip colour codes so the assertions read the words a person sees.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, target };
}

describe('a build with broken content', () => {
  it('fails on a missing summary, naming the file and the field', () => {
    const { status, output, target } = buildWithBrokenFile('no-summary', 'exercises/band-row.mdx', (text) => text.replace(/^summary:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(target);
    expect(output).toMatch(/summary: is required/);
  }, 120_000);

  it('fails on an unknown muscle, naming the file and the field', () => {
    const { status, output } = buildWithBrokenFile('unknown-muscle', 'exercises/band-row.mdx', (text) =>
      text.replace(/primary: \[([a-z-]+)/, 'primary: [not-a-muscle'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/exercises\/band-row\.mdx: muscles\.primary\[0\]: unknown muscle "not-a-muscle"/);
  }, 120_000);

  it('fails on an impossible pose in the figure, naming the file, the pose and the joint', () => {
    const { status, output, target } = buildWithBrokenFile('bad-pose', 'exercises/band-row.mdx', (text) =>
      text.replace(/(\n    end: \{[^}\n]*?)elbow: \d+/, '$1elbow: 200'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(target);
    expect(output).toMatch(/figure\.poses\.end\.elbow: 200° is outside the elbow's range 0–150°/);
  }, 120_000);
});
