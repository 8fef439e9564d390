/**
 * Real builds of copies of the content, one after another in this one file (two Astro builds at
 * once in one project would share its .astro folder). With mistakes in it the build must fail
 * and name each file and field, in plain words, without a stack trace into generated code or
 * node_modules (two builds: a schema error stops the build before the reference check runs).
 * That a page from the scaffold builds is checked by the one other full build, the new deploy of
 * the offline tests (tests/e2e/support/offline.ts, "publishes the page npm run new:move wrote").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, removeCopies } from './build-copy';

afterAll(removeCopies);

/** Edits one file of the copied content; the edit must change it. */
function edit(content: string, file: string, change: (text: string) => string) {
  const target = join(content, file);
  const original = readFileSync(target, 'utf8');
  const changed = change(original);
  expect(changed, `the fixture edit must change ${file}`).not.toBe(original);
  writeFileSync(target, changed);
}

/** The lines of the build's output that mention a file under content/. */
const mentions = (output: string, file: string) => output.split('\n').filter((line) => line.includes(file));

describe('a build with broken content', () => {
  it('fails on missing fields with "is required" and on an impossible pose, naming the file and each field, with no Markdown left over', () => {
    const { status, output, content } = buildCopy('schema', (content) =>
      edit(content, 'exercises/band-row.mdx', (text) =>
        text.replace(/^summary:.*\n/m, '').replace(/^cues:\n(  - .*\n)+/m, '').replace(/^checkFirst:\n(  - .*\n)+/m, '').replace(/(\n    end: \{[^\n]*?)elbow: \d+/, '$1elbow: 200'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(join(content, 'exercises/band-row.mdx'));
    expect(output).toMatch(/^ *summary: is required/m);
    expect(output).toMatch(/^ *cues: is required$/m);
    expect(output).toMatch(/^ *checkFirst: is required: list who should ask a doctor or physical therapist first/m);
    expect(output).toMatch(/figure\.poses\.end\.elbow: 200° is outside the range 0–150°/);
    expect(output).not.toContain('**');
  }, 180_000);

  it('fails on an unknown muscle, a one-way harder link and a shared alias, all at once, in "file: field: message" lines and no stack', () => {
    const { status, output } = buildCopy('references', (content) => {
      edit(content, 'exercises/band-row.mdx', (text) => text.replace(/primary: \[([a-z-]+)/, 'primary: [not-a-muscle').replace(/^harder: \[/m, 'harder: [face-pull, '));
      edit(content, 'exercises/face-pull.mdx', (text) => text.replace(/^aliases: \[/m, 'aliases: [banded row, '));
    });
    expect(status).not.toBe(0);
    const bandRow = mentions(output, 'exercises/band-row.mdx: ');
    expect(bandRow.some((line) => /exercises\/band-row\.mdx: muscles\.primary\[0\]: unknown muscle "not-a-muscle"$/.test(line))).toBe(true);
    expect(bandRow.some((line) => /exercises\/band-row\.mdx: harder\[0\]: "face-pull" does not list "band-row" under easier; .* add it to easier in \S*exercises\/face-pull\.mdx$/.test(line))).toBe(true);
    const facePull = mentions(output, 'exercises/face-pull.mdx: aliases');
    expect(facePull.some((line) => /exercises\/face-pull\.mdx: aliases\[0\]: "banded row" is also an alias of \S*exercises\/band-row\.mdx/.test(line))).toBe(true);
    expect(output).not.toMatch(/node_modules|Stack trace|\.prerender/);
  }, 180_000);
});
