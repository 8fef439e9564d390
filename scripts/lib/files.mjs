// @ts-check
// The one directory walk the scripts share: Node's own recursive readdir.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file under a directory, as paths relative to it with forward slashes, sorted.
 * @param {string} dir
 * @param {{ skip?: (relativePath: string) => boolean }} [options] skip: leaves out a file when
 *   it returns true (given the file's relative path, so a folder is skipped by its prefix)
 * @returns {Promise<string[]>}
 */
export async function filesUnder(dir, { skip = () => false } = {}) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !skip(file))
    .sort();
}
