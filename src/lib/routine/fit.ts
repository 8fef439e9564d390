/**
 * Rule M1: fitting the plan to the session length. In this order, until the estimate fits:
 *   1. stretch repeats 3 -> 2 (the stretches allow 2-3);
 *   2. drop a stretch, then a strength move, alternately, down to 3 + 3;
 *   3. stretch holds 20 s -> 15 s (the stretches allow 15-20 s);
 *   4. drop the add-ons (grip first), saying so (notes.ts);
 *   5. if even that minimum does not fit, keep it whole and say so plainly (notes.ts).
 * Sets are never cut below the level's: the article's progression is built on them.
 */
import type { Addon, Phase, Plan, PlannedMove } from './types';
import type { Context } from './model';
import { MIN_MOVES, type Selection } from './select';
import { phaseOf, strengthMove, stretchMove, sumSeconds } from './moves';
import { STRETCH_HOLD } from './time';

export interface Fitted {
  phases: Phase[];
  holdCaps: Plan['holdCaps'];
  /** Add-ons left out for lack of time, in the order asked for. */
  dropped: Addon[];
}

/** The warm-up is already fitted to its 5 minutes: the rest is fitted around it. */
export function fitSession(ctx: Context, picks: Selection, warmupMoves: PlannedMove[]): Fitted {
  const warmup = phaseOf('warmup', warmupMoves);
  let nStrength = picks.strength.length;
  let nStretch = picks.stretches.length;
  let addons = picks.addons;
  const caps = { seconds: STRETCH_HOLD.maxSeconds, repeats: STRETCH_HOLD.maxRepeats };
  // Rule S1: the three phases, in this order.
  const assemble = (): Phase[] => [
    warmup,
    phaseOf('strength', [
      ...picks.strength.slice(0, nStrength).map((m) => strengthMove(m, ctx)),
      ...addons.map(({ addon, move }) => strengthMove(move, ctx, addon)),
    ]),
    phaseOf('cooldown', picks.stretches.slice(0, nStretch).map((m) => stretchMove(m, ctx, caps))),
  ];
  const limit = ctx.inputs.minutes * 60;
  let phases = assemble();
  while (sumSeconds(phases) > limit) {
    if (caps.repeats > STRETCH_HOLD.minRepeats) caps.repeats = STRETCH_HOLD.minRepeats;
    else if (nStretch > MIN_MOVES && nStretch >= nStrength) nStretch--;
    else if (nStrength > MIN_MOVES) nStrength--;
    else if (nStretch > MIN_MOVES) nStretch--;
    else if (caps.seconds > STRETCH_HOLD.minSeconds) caps.seconds = STRETCH_HOLD.minSeconds;
    else if (addons.length) addons = addons.slice(0, -1);
    else break;
    phases = assemble();
  }
  const kept = new Set(addons.map((a) => a.addon));
  return { phases, holdCaps: caps, dropped: picks.addons.map((a) => a.addon).filter((addon) => !kept.has(addon)) };
}
