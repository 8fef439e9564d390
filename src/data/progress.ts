/** What /progress/ needs at build time: each move's title, level, role, equipment and easier/harder links. */
import type { CoachMove } from '../lib/progress/coach';
import { toCatalogueMove } from '../lib/catalogue';
import { placeOf, toRoutineMove } from '../lib/routine/model';
import { getMoves } from './content';

export async function getCoachMoves(): Promise<Record<string, CoachMove>> {
  const moves = await getMoves();
  return Object.fromEntries(moves.map((move) => {
    const routineMove = toRoutineMove(toCatalogueMove(move));
    return [move.id, {
      title: move.data.title,
      level: move.data.level,
      // Moves the builder never places (no role) cannot be swapped in: an empty role matches nothing.
      role: placeOf(routineMove) ?? '',
      equipment: routineMove.equipment.map((option) => [...option]),
      easier: move.data.easier,
      harder: move.data.harder,
    } satisfies CoachMove];
  }));
}
