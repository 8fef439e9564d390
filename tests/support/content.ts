/**
 * Reads the real content files in Node (no Astro) and validates them with the project's own
 * schemas, so unit tests can check the content as the build sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { exerciseSchema, moveSchema, type MoveData, type MoveKind } from '../../src/schemas/move';
import { KIND_COLLECTION } from '../../src/lib/content/vocabulary';
import { muscleSchema, type MuscleData } from '../../src/schemas/muscle';
import { guideSchema, type GuideData } from '../../src/schemas/guide';
import { sourceSchema } from '../../src/schemas/source';
import { moveUrl } from '../../src/lib/content/urls';
import { toCatalogueMove, type CatalogueMove } from '../../src/lib/catalogue';

const CONTENT = 'content';

/** A validation error as the build prints it: one "field: message" per problem. */
function describeError(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (!issues) return (error as Error).message;
  return issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ');
}

export interface Loaded<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

function readEntries<T>(folder: string, parse: (data: unknown) => T, root = CONTENT): Loaded<T>[] {
  const dir = join(root, folder);
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
        throw new Error(`${file}: ${describeError(error)}`);
      }
    });
}

// Each collection lives in the content folder of its name.
const MOVE_FOLDERS: Record<MoveKind, string> = KIND_COLLECTION;

export interface LoadedMove extends Loaded<MoveData> {
  kind: MoveKind;
}

/** Each kind is checked by its collection's schema (exercises must carry their coaching fields). */
const KIND_SCHEMA = { warmup: moveSchema, exercise: exerciseSchema, stretch: moveSchema };

/** The moves of a content tree (the real one by default; tests may pass a temporary tree). */
export function loadMoves(root = CONTENT): LoadedMove[] {
  return (Object.entries(MOVE_FOLDERS) as [MoveKind, string][]).flatMap(([kind, folder]) =>
    readEntries(folder, (data) => KIND_SCHEMA[kind].parse(data), root).map((entry) => ({ ...entry, kind })),
  );
}

export const loadMuscles = (): Loaded<MuscleData>[] => readEntries('muscles', (data) => muscleSchema.parse(data));
export const loadGuides = (): Loaded<GuideData>[] => readEntries('guides', (data) => guideSchema.parse(data));
export const loadSources = () => (JSON.parse(readFileSync(join(CONTENT, 'sources.json'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));

/** The builder's catalogue made from the real content, exactly as src/data/content.ts makes it. */
export function loadCatalogue(): CatalogueMove[] {
  return loadMoves().map((move) => toCatalogueMove({ id: move.id, kind: move.kind, url: moveUrl(move.kind, move.id), data: move.data }));
}
