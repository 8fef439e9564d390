/**
 * The one way pages read content: every query goes through here, so the cross-reference check
 * runs once per build and a broken reference fails the build naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_KIND, type MoveCollection, type MoveKind } from '../lib/content/vocabulary';
import { ContentReferenceError, findReferenceProblems } from '../lib/content/references';
import { moveUrl } from '../lib/content/urls';
import { toCatalogue, type CatalogueMove } from '../lib/catalogue';

export type { MoveCollection };
export type MoveEntry = CollectionEntry<MoveCollection>;
export type MuscleEntry = CollectionEntry<'muscles'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface Move {
  id: string;
  kind: MoveKind;
  url: string;
  entry: MoveEntry;
  data: MoveEntry['data'];
}

export interface Content {
  moves: Move[];
  muscles: MuscleEntry[];
  guides: GuideEntry[];
  sources: SourceEntry[];
}

let loaded: Promise<Content> | undefined;

async function load(): Promise<Content> {
  const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
  const [warmups, exercises, stretches, muscles, guides, sources] = await Promise.all([
    getCollection('warmups'),
    getCollection('exercises'),
    getCollection('stretches'),
    getCollection('muscles'),
    getCollection('guides'),
    getCollection('sources'),
  ]);
  const moveEntries: MoveEntry[] = [...warmups, ...exercises, ...stretches];
  const problems = findReferenceProblems(
    [...moveEntries, ...muscles, ...guides].map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      filePath: entry.filePath,
      data: entry.data,
    })),
    { muscles: muscles.map((m) => m.id), sources: sources.map((s) => s.id) },
  );
  if (problems.length) throw new ContentReferenceError(problems);

  const moves = moveEntries
    .map((entry): Move => {
      const kind = COLLECTION_KIND[entry.collection];
      return { id: entry.id, kind, url: moveUrl(kind, entry.id), entry, data: entry.data };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  return {
    moves,
    muscles: muscles.sort(byTitle),
    guides: guides.sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
    sources,
  };
}

export function getContent(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

export async function getMoves(kind?: MoveKind): Promise<Move[]> {
  const { moves } = await getContent();
  return kind ? moves.filter((move) => move.kind === kind) : moves;
}

export async function getMove(id: string): Promise<Move | undefined> {
  return (await getMoves()).find((move) => move.id === id);
}

/** The moves with these ids, in the order given (an easier/harder list, say). */
export async function getMovesWithIds(ids: string[]): Promise<Move[]> {
  const moves = await getMoves();
  return ids.flatMap((id) => moves.filter((move) => move.id === id));
}

export async function getMuscles(): Promise<MuscleEntry[]> {
  return (await getContent()).muscles;
}

export async function getSources(ids?: string[]): Promise<SourceEntry[]> {
  const { sources } = await getContent();
  return ids ? ids.flatMap((id) => sources.filter((s) => s.id === id)) : sources;
}

/** The moves that work or stretch a muscle, split by role, derived from the moves' frontmatter. */
export async function getMovesForMuscle(muscleId: string): Promise<{ primary: Move[]; secondary: Move[] }> {
  const moves = await getMoves();
  return {
    primary: moves.filter((m) => m.data.muscles.primary.includes(muscleId)),
    secondary: moves.filter((m) => m.data.muscles.secondary.includes(muscleId)),
  };
}

/** Moves sharing a primary muscle with this one, same kind first. */
export async function getRelatedMoves(move: Move, limit = 4): Promise<Move[]> {
  const linked = new Set([move.id, ...move.data.easier, ...move.data.harder]);
  const shared = (other: Move) => other.data.muscles.primary.filter((id) => move.data.muscles.primary.includes(id)).length;
  return (await getMoves())
    .filter((other) => !linked.has(other.id) && shared(other) > 0)
    .sort((a, b) => Number(b.kind === move.kind) - Number(a.kind === move.kind) || shared(b) - shared(a))
    .slice(0, limit);
}

/** The builder's and the data files' catalogue, derived from the moves' frontmatter. */
export async function getCatalogue(): Promise<CatalogueMove[]> {
  return toCatalogue(await getMoves());
}
