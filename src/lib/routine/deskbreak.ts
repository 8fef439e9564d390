/**
 * Rule K3: a desk break of 1 to 2 minutes, of up to three moves, each at a real dose. A real dose
 * is the move page's own or scaled down to no less than half of it (reps, repeats or seconds;
 * a hold keeps its length): never a rep or two. Fewer moves beat tiny doses, so the builder tries
 * three moves, then two, then one, in id order, and takes the first group whose doses can
 * land in the window, with the doses closest to the pages' that bring it nearest 1½ minutes.
 */
import type { Plan, PlannedDose, RoutineMove } from './types';
import type { Context } from './model';
import { plannedMove, sumSeconds } from './moves';
import { reason } from './select';

const DESK_WHY = reason(['K3'], 'A desk-break move at a real dose: up to three of them, 1 to 2 minutes in all');
import { doseAmount, moveSeconds, withAmount } from './time';

/** 1 to 2 minutes, aiming at 1½. */
export const DESK_BREAK_SECONDS = { target: 90, min: 60, max: 120 };
export const DESK_BREAK_MOVES = 3;

/** Every real dose of a move, fullest first. */
function realDoses(move: RoutineMove): PlannedDose[] {
  const full = doseAmount(move.dose);
  const doses: PlannedDose[] = [];
  for (let count = full; count >= Math.ceil(full / 2); count--) doses.push(withAmount(move.dose, count));
  return doses;
}

interface Mix {
  doses: PlannedDose[];
  /** The sum of each dose's share of its page's dose: higher is closer to the pages. */
  fullness: number;
}

/** The real doses of `moves` whose time lands in the window nearest its target, or undefined. */
function fitGroup(moves: RoutineMove[]): PlannedDose[] | undefined {
  const { min, max, target } = DESK_BREAK_SECONDS;
  // By total seconds, the fullest mix found so far (the sums stay small: at most `max`).
  let mixes = new Map<number, Mix>([[0, { doses: [], fullness: 0 }]]);
  for (const move of moves) {
    const next = new Map<number, Mix>();
    for (const [seconds, mix] of mixes) {
      for (const dose of realDoses(move)) {
        const total = seconds + moveSeconds(dose, 'desk');
        const fullness = mix.fullness + doseAmount(dose) / doseAmount(move.dose);
        const known = next.get(total);
        if (total <= max && (!known || known.fullness < fullness)) next.set(total, { doses: [...mix.doses, dose], fullness });
      }
    }
    mixes = next;
  }
  const fits = [...mixes].filter(([seconds]) => seconds >= min);
  fits.sort(([a, x], [b, y]) => Math.abs(a - target) - Math.abs(b - target) || y.fullness - x.fullness);
  return fits[0]?.[1].doses;
}

/** Groups of `size` positions out of `n`, in order. */
function* groups(n: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) return yield [];
  for (let i = from; i <= n - size; i++) for (const rest of groups(n, size - 1, i + 1)) yield [i, ...rest];
}

export interface DeskBreak {
  deskBreak: Plan['deskBreak'];
  /** False when no group of real doses lasts 1 to 2 minutes, or there is no move (notes.ts says so). */
  fits: boolean;
}

/** It depends on the level and the equipment alone (never the seed): the page works it out at build time. */
export function planDeskBreak(ctx: Context): DeskBreak {
  const order = ctx.deskPool;
  const make = (moves: RoutineMove[], doses: PlannedDose[]) => {
    const planned = moves.map((move, i) => ({ ...plannedMove(move, ctx, doses[i], 'desk'), why: DESK_WHY }));
    return { moves: planned, seconds: sumSeconds(planned) };
  };
  for (let size = Math.min(DESK_BREAK_MOVES, order.length); size > 0; size--) {
    for (const group of groups(order.length, size)) {
      const moves = group.map((i) => order[i]);
      const doses = fitGroup(moves);
      if (doses) return { deskBreak: make(moves, doses), fits: true };
    }
  }
  // Nothing lands in the window: the first move at its page's dose, and a note (notes.ts).
  const first = order.slice(0, 1);
  return { deskBreak: make(first, first.map((m) => withAmount(m.dose, doseAmount(m.dose)))), fits: false };
}
