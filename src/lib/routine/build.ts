/**
 * Builds a session plan from the inputs, the catalogue and a seed (routine-rules.md), one job a
 * module: choose the moves (select.ts), fit the time (fit.ts), the messages (notes.ts), the desk
 * break (deskbreak.ts) and the swaps (swaps.ts).
 */
import type { Plan, RoutineMove, RoutineRequest } from './types';
import { makeContext, type Context } from './model';
import { selectMoves } from './select';
import { fitSession } from './fit';
import { equipmentNotes, timeNotes } from './notes';
import { planDeskBreak } from './deskbreak';
import { applySwaps, setSwap, slotOptions } from './swaps';
import { sumSeconds } from './moves';

/** The plan of this seed with no swaps: each move marks its slot by its own id. */
function buildUnswapped(ctx: Context, seed: number): Plan {
  const { phases, holdCaps, dropped, warmupFits } = fitSession(ctx, selectMoves(ctx, seed));
  const slotted = phases.map((p) => ({ ...p, moves: p.moves.map((m) => ({ ...m, slot: m.id })) }));
  const desk = planDeskBreak(ctx, seed);
  const totalSeconds = sumSeconds(phases);
  return {
    inputs: ctx.inputs,
    seed,
    swaps: [],
    phases: slotted,
    totalSeconds,
    holdCaps,
    deskBreak: desk.deskBreak,
    notes: [...equipmentNotes(ctx, { warmupFits, warmupMoves: phases[0].moves.map((m) => ctx.moveById.get(m.id)!), deskFits: desk.fits }), ...timeNotes(ctx.inputs.minutes, totalSeconds, dropped)],
    ignoredSwaps: [],
  };
}

export function buildPlan(catalogue: RoutineMove[], request: RoutineRequest): Plan {
  const ctx = makeContext(catalogue, request.inputs);
  return applySwaps(ctx, buildUnswapped(ctx, request.seed >>> 0), request.swaps);
}

/** Moves that may fill the slot `slot` now (rule U2), in id order; the slot's own move when swapped away. */
export function swapOptions(catalogue: RoutineMove[], plan: Plan, slot: string): string[] {
  const ctx = makeContext(catalogue, plan.inputs);
  return slotOptions(ctx, buildUnswapped(ctx, plan.seed), plan, slot);
}

/** The swap button's choice for a slot: the next allowed move after the current one in id order, going round. */
export function nextSwap(catalogue: RoutineMove[], plan: Plan, slot: string): string | undefined {
  const current = plan.phases.flatMap((p) => p.moves).find((m) => m.slot === slot)?.id ?? slot;
  const options = swapOptions(catalogue, plan, slot);
  return options.find((id) => id > current) ?? options[0];
}

export { setSwap };
