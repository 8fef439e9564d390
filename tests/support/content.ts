/**
 * Reads the real content files in Node (no Astro) and validates them with the project's own
 * schemas, so unit tests can check the content as the build sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { moveSchema, type MoveData, type MoveKind } from '../../src/schemas/move';
import { KIND_COLLECTION } from '../../src/lib/content/vocabulary';
import { muscleSchema, type MuscleData } from '../../src/schemas/muscle';
import { guideSchema, type GuideData } from '../../src/schemas/guide';
import { sourceSchema } from '../../src/schemas/source';
import { moveUrl } from '../../src/lib/content/urls';
import { toCatalogueMove, type CatalogueMove } from '../../src/lib/catalogue';

const CONTENT = 'content';

export interface Loaded<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

function readEntries<T>(folder: string, parse: (data: unknown) => T): Loaded<T>[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      try {
        return { id: name.replace(/\.mdx$/, ''), file, data: parse(load(match[1]!)), body: match[2]! };
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    });
}

// Each collection lives in the content folder of its name.
const MOVE_FOLDERS: Record<MoveKind, string> = KIND_COLLECTION;

export interface LoadedMove extends Loaded<MoveData> {
  kind: MoveKind;
}

export function loadMoves(): LoadedMove[] {
  return (Object.entries(MOVE_FOLDERS) as [MoveKind, string][]).flatMap(([kind, folder]) =>
    readEntries(folder, (data) => moveSchema.parse(data)).map((entry) => ({ ...entry, kind })),
  );
}

export const loadMuscles = (): Loaded<MuscleData>[] => readEntries('muscles', (data) => muscleSchema.parse(data));
export const loadGuides = (): Loaded<GuideData>[] => readEntries('guides', (data) => guideSchema.parse(data));
export const loadSources = () => (JSON.parse(readFileSync(join(CONTENT, 'sources.json'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));

/** The builder's catalogue made from the real content, exactly as src/data/content.ts makes it. */
export function loadCatalogue(): CatalogueMove[] {
  return loadMoves().map((move) => toCatalogueMove({ id: move.id, kind: move.kind, url: moveUrl(move.kind, move.id), data: move.data }));
}
