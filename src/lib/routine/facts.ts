/**
 * What a level and an equipment set allow, whatever the seed: the desk break, the notes of the
 * rules that cannot hold, and the warm-up to stand in when the seeded picks cannot fill 5 minutes. buildPlan works them out; the /routine/ page works them out at build
 * time for every level and equipment set and hands the island the table, so the searches behind
 * them never ship as JavaScript.
 */
import { CHOOSABLE, DEFAULT_INPUTS, LEVELS, type Addon, type Plan, type PlanNote, type PlannedMove, type RoutineMove } from './types';
import { equipmentKey, makeContext, type Context } from './model';
import { planDeskBreak } from './deskbreak';
import { equipmentGaps, gapNote, warmupGaps } from './notes';
import { searchWarmup, type WarmupMix } from './warmup';
import type { FactsTable } from './session';

export interface EquipmentFacts {
  deskBreak: Plan['deskBreak'];
  /** Notes in rule order; an add-on's note names it (shown only when that add-on is asked for). */
  notes: { addon?: Addon; note: PlanNote }[];
  /** For a seeded warm-up that misses its window: the searched warm-up (none if none lands) and its notes. */
  warmup: { moves?: PlannedMove[]; notes: PlanNote[] };
}

export function equipmentFacts(ctx: Context, mixes?: Map<string, WarmupMix>): EquipmentFacts {
  const desk = planDeskBreak(ctx);
  const notes = equipmentGaps(ctx, desk.fits).map((gap) => ({ ...(gap.addon && { addon: gap.addon }), note: gapNote(ctx, gap) }));
  let warmup: EquipmentFacts['warmup'] | undefined;
  return {
    deskBreak: desk.deskBreak,
    notes,
    // Searched only when asked for (a seeded warm-up rarely misses); JSON.stringify asks, for the page's table.
    get warmup() {
      return (warmup ??= searchedWarmup(ctx, mixes));
    },
  };
}

/** The facts of every level and equipment set, each distinct answer once: `list[index[equipmentKey(inputs)]]`, as JSON. */
export function factsTable(catalogue: RoutineMove[]): FactsTable {
  const table: FactsTable = { list: [], index: [] };
  const seen = new Map<string, number>();
  const mixes = new Map<string, WarmupMix>();
  for (const level of LEVELS) {
    for (let mask = 0; mask < 1 << CHOOSABLE.length; mask++) {
      const inputs = { ...DEFAULT_INPUTS, level, equipment: CHOOSABLE.filter((_, i) => mask & (1 << i)) };
      const json = JSON.stringify(equipmentFacts(makeContext(catalogue, inputs), mixes));
      if (!seen.has(json)) seen.set(json, table.list.push(JSON.parse(json)) - 1);
      table.index[equipmentKey(inputs)] = seen.get(json)!;
    }
  }
  return table;
}

function searchedWarmup(ctx: Context, mixes?: Map<string, WarmupMix>): EquipmentFacts['warmup'] {
  if (!ctx.pools.warmup.length) return { notes: [] };
  const moves = searchWarmup(ctx, ctx.pools.warmup, mixes);
  const notes = warmupGaps(ctx, moves?.map((m) => ctx.moveById.get(m.id)!)).map((gap) => gapNote(ctx, gap));
  return moves ? { moves, notes } : { notes };
}
