/** What a move card shows besides the move itself: the words for its muscles, prepared here so MoveCard only renders. */
import type { Move } from './content';
import { getMuscles } from './content';
import { MUSCLES_ROLE_TEXT, musclesRole, type MusclesRole } from '../lib/content/muscles-role';

export interface MoveCardMuscles {
  role: MusclesRole;
  /** "Muscles it works", "Muscles stretched" or "Where you feel it". */
  heading: string;
  /** The titles of the move's main muscles. */
  titles: string[];
}

export async function getMoveCardMuscles(move: Move): Promise<MoveCardMuscles> {
  const role = musclesRole({ kind: move.kind, pattern: move.data.pattern });
  const muscles = await getMuscles();
  const titles = move.data.muscles.primary.flatMap((id) => muscles.filter((m) => m.id === id).map((m) => m.data.title));
  return { role, heading: MUSCLES_ROLE_TEXT[role].heading, titles };
}
