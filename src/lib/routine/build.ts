/**
 * Builds a session plan from the inputs, the catalogue and a seed (routine-rules.md), one job a
 * module; session.ts puts them together with the facts of the level and equipment (facts.ts).
 * Where each rule lives:
 *   S2, T1-T3, T7, T8, W3, C3  select.ts (the picks)     W1, T4, T5, C1  model.ts (who may do what)
 *   S1, M1  fit.ts (the phases and the time)              T6, C2, W2  time.ts (doses and windows)
 *   K3  deskbreak.ts    X1  notes.ts    U2  swaps.ts    K1, K2  week.ts    U1  url.ts    P1  text.ts
 */
import type { Plan, RoutineMove, RoutineRequest } from './types';
import { equipmentFacts } from './facts';
import { nextSwapWith, planWith, swapOptionsWith } from './session';
import { setSwap } from './swaps';

export function buildPlan(catalogue: RoutineMove[], request: RoutineRequest): Plan {
  return planWith(catalogue, request, equipmentFacts);
}

/** Moves that may fill the slot `slot` now, in id order; the slot's own move when swapped away. */
export function swapOptions(catalogue: RoutineMove[], plan: Plan, slot: string): string[] {
  return swapOptionsWith(catalogue, plan, slot, equipmentFacts);
}

/** The swap button's choice for a slot: the next allowed move after the current one in id order, going round. */
export function nextSwap(catalogue: RoutineMove[], plan: Plan, slot: string): string | undefined {
  return nextSwapWith(catalogue, plan, slot, equipmentFacts);
}

export { setSwap };
