/**
 * Rules K2 and K4, the ladder: more repetitions within each move's range, then a second set,
 * then a third, then a slightly heavier weight or a stronger band (a cue), then harder variations
 * from the moves' `harder` links that the engine accepts for this person's level and equipment.
 * One rung a change. A change that needs more time grows the session to the next length the
 * builder offers; one that would drop a move even at the longest is skipped, and said.
 */
import { LOADABLE_EQUIPMENT_IDS } from '../content/vocabulary';
import { swapOptionsWith } from '../routine/session';
import { SESSION_MINUTES, type Plan } from '../routine/types';
import { MAX_SETS } from '../routine/time';
import type { ChangeKind, HarderLinks, Rung } from './types';
import { keepsMoves, type SessionBuilder } from './sessions';
import { harderWhat, roomNote, stepWhat } from './words';

export interface Step {
  kind: ChangeKind;
  rung: Rung;
  what: string;
  /** Set when the session grew to hold the change. */
  minutes?: number;
}

export interface Climb {
  step?: Step;
  /** Rungs skipped for time, said in words. */
  notes: string[];
}

/** The same rung with room for it: the shortest session length (from the current one up) that drops no move. */
function withRoom(builder: SessionBuilder, from: Rung, to: Rung): Rung | undefined {
  const before = builder.plans(from);
  for (const minutes of SESSION_MINUTES.filter((m) => m >= from.minutes)) {
    const candidate = { ...to, minutes };
    if (builder.plans(candidate).every((plan, i) => keepsMoves(before[i]!, plan))) return candidate;
  }
  return undefined;
}

/** The first harder variation the engine accepts in a session's slot, looking through A then B in plan order. */
function harderSwap(builder: SessionBuilder, rung: Rung, harder: HarderLinks): { from: string; to: string; fromId: string } | undefined {
  for (const plan of builder.plans(rung)) {
    for (const move of plan.phases[1]!.moves.filter((m) => !m.addon)) {
      const slot = move.slot ?? move.id;
      const allowed = new Set(swapOptionsWith(builder.catalogue, plan, slot, builder.factsOf));
      const to = (harder[move.id] ?? []).find((id) => allowed.has(id));
      if (to) return { from: slot, to, fromId: move.id };
    }
  }
  return undefined;
}

const titleOf = (builder: SessionBuilder, id: string) => builder.catalogue.find((m) => m.id === id)?.title ?? id;

/** The next change on the ladder from `rung`, or none left (with the rungs time ruled out). */
export function nextStep(builder: SessionBuilder, rung: Rung, harder: HarderLinks): Climb {
  const notes: string[] = [];
  const grown = (kind: ChangeKind, to: Rung): Step | undefined => {
    const room = withRoom(builder, rung, to);
    if (!room) {
      notes.push(roomNote(kind, to.sets));
      return undefined;
    }
    const step: Step = { kind, rung: room, what: stepWhat(kind, room, builder.plans(room)[0] as Plan, builder.catalogue) };
    if (room.minutes !== rung.minutes) step.minutes = room.minutes;
    return step;
  };
  if (!rung.moreReps) {
    const step = grown('reps', { ...rung, moreReps: true });
    if (step) return { step, notes };
  }
  if (rung.sets < MAX_SETS) {
    const step = grown('set', { ...rung, sets: rung.sets + 1 });
    if (step) return { step, notes };
  }
  if (!rung.heavier && builder.settings.inputs.equipment.some((item) => LOADABLE_EQUIPMENT_IDS.includes(item))) {
    return { step: { kind: 'heavier', rung: { ...rung, heavier: true }, what: stepWhat('heavier', rung) }, notes };
  }
  const swap = harderSwap(builder, rung, harder);
  if (swap) {
    const step = grown('harder', { ...rung, harder: [...rung.harder, { from: swap.from, to: swap.to }] });
    if (step) return { step: { ...step, what: harderWhat(titleOf(builder, swap.to), titleOf(builder, swap.fromId)) }, notes };
  }
  return { notes };
}
