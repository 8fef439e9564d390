// Builds the Pagefind index of the built site and fails (exit 1) when indexing fails or leaves
// out a page that asked to be indexed, so a broken search never ships.
// Usage: node scripts/build-search-index.mjs [siteDir]   (default: $UPRIGHT_OUT_DIR or dist)
import { readFile } from 'node:fs/promises';
import { filesUnder } from './lib/files.mjs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? process.env.UPRIGHT_OUT_DIR ?? 'dist');

/** The site's pages: every HTML file but Pagefind's own. */
async function htmlFiles(dir) {
  const files = await filesUnder(dir, { skip: (file) => file.startsWith('pagefind/') || !file.endsWith('.html') });
  return files.map((file) => join(dir, file));
}

function fail(message) {
  console.error(`search index: ${message}`);
  process.exitCode = 1;
}

try {
  const files = await htmlFiles(site);
  const wanted = [];
  for (const file of files) if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) wanted.push(file);
  if (wanted.length === 0) throw new Error(`no page in ${site} is marked data-pagefind-body`);

  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index || createErrors.length) throw new Error(`could not start Pagefind: ${createErrors.join('; ')}`);
  const { errors } = await index.addDirectory({ path: site });
  if (errors.length) throw new Error(`indexing failed:\n${errors.join('\n')}`);
  const output = join(site, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`writing the index failed:\n${written.errors.join('\n')}`);
  // The entry file says how many pages made it into the index, per language.
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8'));
  const pageCount = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  if (pageCount !== wanted.length) {
    throw new Error(`indexed ${pageCount} pages, but ${wanted.length} pages are marked data-pagefind-body`);
  }
  console.log(`search index: ${pageCount} pages indexed into ${output}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await pagefind.close();
}
