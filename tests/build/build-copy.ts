/**
 * Real builds of a copy of the content (in a temporary folder), for the tests that check what the
 * build says about a change to the content. Each build takes a few seconds to a minute.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CopyBuild {
  /** exit status of `astro build` */
  status: number | null;
  /** stdout and stderr together, without colour codes: the words a person sees */
  output: string;
  /** the copied content folder, as the build saw it */
  content: string;
  /** the built site */
  dist: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'upright-build-'));
export const removeCopies = () => rmSync(scratch, { recursive: true, force: true });

/** Copies content/, lets `change` edit the copy, and builds the site from it. */
export function buildCopy(name: string, change: (content: string) => void): CopyBuild {
  const content = join(scratch, name, 'content');
  const dist = join(scratch, name, 'dist');
  cpSync('content', content, { recursive: true });
  change(content);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, UPRIGHT_CONTENT_DIR: content, UPRIGHT_OUT_DIR: dist, UPRIGHT_CACHE_DIR: join(scratch, name, 'cache'), NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, content, dist };
}
