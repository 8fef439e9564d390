/**
 * Builds a session plan from the inputs, the catalogue and a seed (routine-rules.md), one job a
 * module: choose the moves (select.ts), fit the time (fit.ts), the messages (notes.ts), the desk
 * break (deskbreak.ts), the warm-up search (warmup.ts), the swaps (swaps.ts); session.ts puts
 * them together with the facts of the level and equipment (facts.ts).
 */
import type { Plan, RoutineMove, RoutineRequest } from './types';
import { equipmentFacts } from './facts';
import { nextSwapWith, planWith, swapOptionsWith } from './session';
import { setSwap } from './swaps';

export function buildPlan(catalogue: RoutineMove[], request: RoutineRequest): Plan {
  return planWith(catalogue, request, equipmentFacts);
}

/** Moves that may fill the slot `slot` now (rule U2), in id order; the slot's own move when swapped away. */
export function swapOptions(catalogue: RoutineMove[], plan: Plan, slot: string): string[] {
  return swapOptionsWith(catalogue, plan, slot, equipmentFacts);
}

/** The swap button's choice for a slot: the next allowed move after the current one in id order, going round. */
export function nextSwap(catalogue: RoutineMove[], plan: Plan, slot: string): string | undefined {
  return nextSwapWith(catalogue, plan, slot, equipmentFacts);
}

export { setSwap };
