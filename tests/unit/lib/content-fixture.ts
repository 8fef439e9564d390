/**
 * Reads the real content frontmatter through the real schemas (defaults applied), so the data
 * mapping tests run against every move and muscle there is, not a hand-made list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { moveSchema, type MoveData, type MoveKind } from '../../../src/schemas/move';
import { muscleSchema, type MuscleData } from '../../../src/schemas/muscle';
import { toCatalogueMove, type CatalogueMove } from '../../../src/lib/catalogue';
import { moveUrl } from '../../../src/lib/content/urls';

const root = process.env.UPRIGHT_CONTENT_DIR ?? 'content';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

function entries<T>(folder: string, parse: (data: unknown, file: string) => T): { id: string; data: T }[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ id: name.replace(/\.mdx$/, ''), data: parse(frontmatter(join(dir, name)), join(dir, name)) }));
}

const FOLDER_KIND: Record<string, MoveKind> = { warmups: 'warmup', exercises: 'exercise', stretches: 'stretch' };

export function contentMoves(): (CatalogueMove & { steps: string[]; setup?: string; data: MoveData })[] {
  return Object.entries(FOLDER_KIND).flatMap(([folder, kind]) =>
    entries(folder, (data) => moveSchema.parse(data)).map(({ id, data }) => ({
      ...toCatalogueMove({ id, kind, url: moveUrl(kind, id), data }),
      steps: data.steps,
      setup: data.setup,
      data,
    })),
  );
}

export function contentMuscles(): { id: string; data: MuscleData }[] {
  return entries('muscles', (data) => muscleSchema.parse(data));
}
