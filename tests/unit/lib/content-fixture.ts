/**
 * The real content, through the project's schemas (tests/support/content.ts), shaped as the data
 * endpoints see it: so the mapping tests run against every move and muscle there is.
 */
import { loadMoves, loadMuscles } from '../../support/content';
import { toCatalogueMove, type CatalogueMove } from '../../../src/lib/catalogue';
import { moveUrl } from '../../../src/lib/content/urls';
import type { MoveData } from '../../../src/schemas/move';
import type { MuscleData } from '../../../src/schemas/muscle';

export function contentMoves(): (CatalogueMove & { steps: string[]; setup?: string; data: MoveData })[] {
  return loadMoves().map((move) => ({
    ...toCatalogueMove({ id: move.id, kind: move.kind, url: moveUrl(move.kind, move.id), data: move.data }),
    steps: move.data.steps,
    setup: move.data.setup,
    data: move.data,
  }));
}

export function contentMuscles(): { id: string; data: MuscleData }[] {
  return loadMuscles();
}
