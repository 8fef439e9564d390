/** Helpers of the offline tests: a second, changed build of the site, and file facts. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { writeMove } from '../../../scripts/new-move.mjs';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split(sep).join('/'));
}

/** A PNG's size, from its IHDR chunk (bytes 16-23). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Builds the site again, as a new deploy would, from a copy of content/ with one guide changed and
 * a new move straight from the scaffold (npm run new:move, unedited: the scaffold must build as it
 * is; this is the one full build besides the site's): the real build, search index and service
 * worker, into a scratch folder.
 */
export async function buildChangedCopy(): Promise<{ dist: string; marker: string; page: string; scaffolded: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'upright-next-build-'));
  const content = join(scratch, 'content');
  cpSync('content', content, { recursive: true });
  const marker = 'This sentence is new in the second build.';
  appendFileSync(join(content, 'guides', 'how-often.mdx'), `\n${marker}\n`);
  writeMove({ kind: 'exercise', id: 'scaffold-check', contentDir: content });
  const dist = join(scratch, 'dist');
  const env = { ...process.env, UPRIGHT_CONTENT_DIR: content, UPRIGHT_OUT_DIR: dist, UPRIGHT_CACHE_DIR: join(scratch, 'cache'), UPRIGHT_BUILD_ID: `next${Date.now().toString(36)}` };
  const run = (script: string, ...args: string[]) => execFileSync(process.execPath, [script, ...args], { env, stdio: 'pipe' });
  run('node_modules/astro/bin/astro.mjs', 'build');
  run('scripts/build-search-index.mjs', dist);
  run('scripts/build-service-worker.mjs', dist);
  return { dist, marker, page: '/guides/how-often/', scaffolded: '/exercises/scaffold-check/' };
}
