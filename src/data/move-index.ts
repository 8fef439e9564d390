/** The sections of a move index page, from the content (see src/lib/content/move-index.ts). */
import type { MoveKind } from '../lib/content/vocabulary';
import { indexSections, type MoveIndexGroup, type MoveIndexSection } from '../lib/content/move-index';
import { getMoves, type Move } from './content';

export type { MoveIndexGroup };

export async function getMoveIndexSections(kind: MoveKind, groups?: MoveIndexGroup[]): Promise<MoveIndexSection<Move>[]> {
  return indexSections(await getMoves(kind), groups, (move) => ({ id: move.id, file: move.entry.filePath, pattern: move.data.pattern }));
}
