/** A chosen move as the plan shows it: its equipment, dose and time in its phase. */
import type { Addon, Phase, PhaseId, Plan, PlannedDose, PlannedMove, RoutineMove } from './types';
import { chooseEquipment, type Context } from './model';
import { WARMUP_SECONDS, fitDoses, moveSeconds, strengthDose, stretchDose } from './time';

export function plannedMove(move: RoutineMove, ctx: Context, dose: PlannedDose, phase: PhaseId | 'desk', addon?: Addon): PlannedMove {
  const item: PlannedMove = {
    id: move.id,
    title: move.title,
    url: move.url,
    cue: move.cue,
    equipment: chooseEquipment(move, ctx.available, ctx.inputs.level),
    dose,
    seconds: moveSeconds(dose, phase),
  };
  if (addon) item.addon = addon;
  return item;
}

/** The warm-up's doses are scaled together to its 5 minutes. */
export function warmupMoves(moves: RoutineMove[], ctx: Context): PlannedMove[] {
  const doses = fitDoses(moves.map((m) => m.dose), WARMUP_SECONDS);
  return moves.map((move, i) => plannedMove(move, ctx, doses[i], 'warmup'));
}

export const strengthMove = (move: RoutineMove, ctx: Context, addon?: Addon) =>
  plannedMove(move, ctx, strengthDose(move.dose, ctx.sets, ctx.inputs.reps === 'more'), 'strength', addon);

export const stretchMove = (move: RoutineMove, ctx: Context, caps: Plan['holdCaps']) =>
  plannedMove(move, ctx, stretchDose(move.dose, caps), 'cooldown');

export const sumSeconds = (items: { seconds: number }[]) => items.reduce((sum, item) => sum + item.seconds, 0);

export function phaseOf(id: PhaseId, moves: PlannedMove[]): Phase {
  return { id, moves, seconds: sumSeconds(moves) };
}
