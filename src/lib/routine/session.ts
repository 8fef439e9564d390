/**
 * A plan from a request and the facts of its level and equipment (facts.ts): what the island runs,
 * with the facts from the page's table; buildPlan (build.ts) runs it with facts it works out.
 */
import type { Plan, RoutineMove, RoutineRequest } from './types';
import { equipmentKey, makeContext, type Context } from './model';
import { selectMoves } from './select';
import { fitSession } from './fit';
import { timeNotes } from './time-notes';
import { applySwaps, slotOptions } from './swaps';
import { inWarmupWindow } from './time';
import { sumSeconds, warmupMoves } from './moves';
import type { EquipmentFacts } from './facts';

export type FactsOf = (ctx: Context) => EquipmentFacts;

/** The facts of every level and equipment set, as the pages hand them to their scripts (factsTable). */
export interface FactsTable {
  list: EquipmentFacts[];
  index: number[];
}

/** Facts looked up in the table worked out at build time: the searches behind them never ship. */
export const factsFrom = (table: FactsTable): FactsOf => ({ inputs }) => table.list[table.index[equipmentKey(inputs)]!]!;

/** The plan of this seed with no swaps: each move marks its slot by its own id. */
function buildUnswapped(ctx: Context, seed: number, facts: EquipmentFacts): Plan {
  const picks = selectMoves(ctx, seed);
  const notes = facts.notes.filter((n) => !n.addon || ctx.inputs.addons.includes(n.addon)).map((n) => n.note);
  let warmup = warmupMoves(picks.warmups, ctx);
  if (warmup.length && !inWarmupWindow(sumSeconds(warmup))) {
    warmup = facts.warmup.moves ?? warmup;
    notes.push(...facts.warmup.notes);
  }
  const { phases, holdCaps, dropped } = fitSession(ctx, picks, warmup);
  const totalSeconds = sumSeconds(phases);
  return {
    inputs: ctx.inputs,
    seed,
    swaps: [],
    phases: phases.map((p) => ({ ...p, moves: p.moves.map((m) => ({ ...m, slot: m.id, why: m.why ?? picks.why.get(m.id) })) })),
    totalSeconds,
    holdCaps,
    deskBreak: facts.deskBreak,
    notes: [...notes, ...timeNotes(ctx.inputs.minutes, totalSeconds, dropped)],
    ignoredSwaps: [],
  };
}

export function planWith(catalogue: RoutineMove[], request: RoutineRequest, factsOf: FactsOf): Plan {
  const ctx = makeContext(catalogue, request.inputs);
  return applySwaps(ctx, buildUnswapped(ctx, request.seed >>> 0, factsOf(ctx)), request.swaps);
}

/** Moves that may fill the slot `slot` now, in id order; the slot's own move when swapped away. */
export function swapOptionsWith(catalogue: RoutineMove[], plan: Plan, slot: string, factsOf: FactsOf): string[] {
  const ctx = makeContext(catalogue, plan.inputs);
  return slotOptions(ctx, buildUnswapped(ctx, plan.seed, factsOf(ctx)), plan, slot);
}

/** The swap button's choice for a slot: the next allowed move after the current one in id order, going round. */
export function nextSwapWith(catalogue: RoutineMove[], plan: Plan, slot: string, factsOf: FactsOf): string | undefined {
  const current = plan.phases.flatMap((p) => p.moves).find((m) => m.slot === slot)?.id ?? slot;
  const options = swapOptionsWith(catalogue, plan, slot, factsOf);
  return options.find((id) => id > current) ?? options[0];
}
