/**
 * Rule U2: swapping one move for another that keeps every rule true. A swap names the slot it
 * fills by the move the unswapped plan has there (`from`) and the move chosen for it (`to`), one
 * swap a slot, so any sequence of swaps (a->b, then c->a, then b->c …) is just the set of slots
 * and their current moves, and the link rebuilds it.
 */
import type { Area } from '../content/vocabulary';
import type { MoveReason, Phase, Plan, PlannedMove, RoutineMove, Swap } from './types';
import { reaches, type Context, type Place } from './model';
import { STRETCH_AREAS, WARMUP_AREAS, reason } from './select';
import { phaseOf, strengthMove, stretchMove, sumSeconds, warmupMoves } from './moves';
import { timeNotes } from './time-notes';
import { WARMUP_SECONDS } from './time';

interface Slot {
  phase: number;
  index: number;
  place: Place;
}

function findSlot(plan: Plan, slot: string): Slot | undefined {
  for (const [phase, p] of plan.phases.entries()) {
    const index = p.moves.findIndex((m) => m.slot === slot);
    if (index < 0) continue;
    const place: Place = p.id === 'warmup' ? 'warmup' : p.id === 'cooldown' ? 'cooldown' : (p.moves[index].addon ?? 'upper-back');
    return { phase, index, place };
  }
  return undefined;
}

/** The slot's own move keeps the engine's reason for it; a move swapped in says whose place it took (U2). */
function whyIn(own: PlannedMove, now: PlannedMove): MoveReason | undefined {
  return own.id === now.id ? own.why : reason(['U2'], `You swapped it in for ${own.title}; it keeps every rule the plan keeps`);
}

/** The unswapped plan with every swap put in its slot (times and notes recomputed), or undefined if one cannot go there. */
function withSwaps(ctx: Context, base: Plan, swaps: Swap[]): Plan | undefined {
  const chosen = base.phases.map((p) => p.moves.map((m) => ctx.moveById.get(m.id)!));
  for (const { from, to } of swaps) {
    const at = findSlot(base, from);
    const move = ctx.moveById.get(to);
    if (!at || !move || !ctx.pools[at.place].includes(move)) return undefined;
    chosen[at.phase][at.index] = move;
  }
  const ids = chosen.flat().map((m) => m.id);
  if (new Set(ids).size !== ids.length) return undefined;
  const phases = base.phases.map((p, i): Phase => {
    const slotted = (moves: PlannedMove[]) => phaseOf(p.id, moves.map((m, j) => ({ ...m, slot: p.moves[j].slot, why: whyIn(p.moves[j], m) })));
    if (p.id === 'warmup') return slotted(warmupMoves(chosen[i], ctx));
    if (p.id === 'cooldown') return slotted(chosen[i].map((m) => stretchMove(m, ctx, base.holdCaps)));
    return slotted(chosen[i].map((m, j) => strengthMove(m, ctx, p.moves[j].addon)));
  });
  const total = sumSeconds(phases);
  const notes = [...base.notes.filter((n) => !n.explains.includes('M1')), ...timeNotes(ctx.inputs.minutes, total, [])];
  return { ...base, phases, totalSeconds: total, notes, swaps };
}

/**
 * What a swap can still change, compared with the unswapped plan: a row and a posture move, the
 * areas covered, the warm-up's 5 minutes and the session length.
 * The rest holds by construction: a move only fills a slot of its own place, and no move twice.
 */
function keepsRules(ctx: Context, base: Plan, after: Plan): boolean {
  const count = (plan: Plan, i: number, test: (m: RoutineMove) => boolean) =>
    plan.phases[i].moves.filter((m) => !m.addon && test(ctx.moveById.get(m.id)!)).length;
  const covered = (plan: Plan, i: number, groups: Area[][]) => groups.filter((g) => count(plan, i, (m) => reaches(m, g)) > 0).length;
  const notWorse = (f: (plan: Plan) => number) => f(after) >= Math.min(1, f(base));
  const inWindow = (plan: Plan) => plan.phases[0].seconds >= WARMUP_SECONDS.min && plan.phases[0].seconds <= WARMUP_SECONDS.max;
  const fits = (plan: Plan) => plan.totalSeconds <= ctx.inputs.minutes * 60;
  return (
    notWorse((p) => count(p, 1, (m) => m.pattern === 'row')) &&
    notWorse((p) => count(p, 1, (m) => m.pattern === 'posture')) &&
    covered(after, 0, WARMUP_AREAS) >= covered(base, 0, WARMUP_AREAS) &&
    covered(after, 2, STRETCH_AREAS) >= covered(base, 2, STRETCH_AREAS) &&
    inWindow(after) === inWindow(base) &&
    (fits(after) || !fits(base))
  );
}

function tryAll(ctx: Context, base: Plan, swaps: Swap[]): Plan | undefined {
  const plan = withSwaps(ctx, base, swaps);
  return plan && keepsRules(ctx, base, plan) ? plan : undefined;
}

const refused = (swap: Swap) => ({ swap, reason: `swap “${swap.from}.${swap.to}” (not in this plan, or it would break a rule)` });

/**
 * Puts a link's swaps into the unswapped plan: all of them if together they keep the rules, else
 * each in turn that does (the rest are reported, never dropped silently).
 */
export function applySwaps(ctx: Context, base: Plan, swaps: Swap[]): Plan {
  const ignoredSwaps: Plan['ignoredSwaps'] = [];
  // One swap a slot, and never a move for itself.
  const once = swaps.filter((swap, i) => {
    const ok = swap.from !== swap.to && swaps.findIndex((s) => s.from === swap.from) === i;
    if (!ok) ignoredSwaps.push(refused(swap));
    return ok;
  });
  let plan = tryAll(ctx, base, once);
  if (!plan) {
    plan = base;
    for (const swap of once) {
      const next = tryAll(ctx, base, [...plan.swaps, swap]);
      if (next) plan = next;
      else ignoredSwaps.push(refused(swap));
    }
  }
  return { ...plan, ignoredSwaps };
}

/** The swaps with slot `slot` now holding `to` (no entry when it holds its own move again). */
export function setSwap(swaps: Swap[], slot: string, to: string): Swap[] {
  const others = swaps.filter((s) => s.from !== slot);
  return to === slot ? others : [...others, { from: slot, to }];
}

/** Moves that may fill `slot` of `plan` (built from `base`) now, in id order: its own move too, unless it is there. */
export function slotOptions(ctx: Context, base: Plan, plan: Plan, slot: string): string[] {
  const at = findSlot(plan, slot);
  if (!at) return [];
  const current = plan.phases[at.phase].moves[at.index].id;
  return ctx.pools[at.place]
    .filter((m) => m.id !== current && tryAll(ctx, base, setSwap(plan.swaps, slot, m.id)))
    .map((m) => m.id);
}
