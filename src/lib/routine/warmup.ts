/**
 * When the seeded warm-up cannot last its 5 minutes: a warm-up of 4:30 to 5:30 that covers the
 * neck, the shoulders and the spine where it can. The seeded picks are scaled to fit first (time.ts); when their doses
 * cannot land in the window (long holds step past it), the warm-up this exact search finds over
 * every warm-up the person may do stands in: doses that land in it, covering as many areas as it can.
 */
import type { PlannedMove, RoutineMove } from './types';
import { reaches, type Context } from './model';
import { plannedMove } from './moves';
import { WARMUP_AREAS, reason } from './select';

const SEARCHED_WHY = reason(['W2', 'W3'], 'Part of the one mix of warm-ups whose doses land in 4½ to 5½ minutes while reaching the most of the neck, shoulders and spine');
import { WARMUP_SECONDS, inWarmupWindow, moveSeconds, withAmount } from './time';

/** A warm-up dose in one round with `n` reps or repeats, or 5 n seconds. */
const dosed = (dose: RoutineMove['dose'], n: number) => withAmount(dose, dose.type === 'time' ? 5 * n : n);

/** The areas a move covers, as bits of WARMUP_AREAS. */
const areaBits = (move: RoutineMove) => WARMUP_AREAS.reduce((bits, group, i) => (reaches(move, group) ? bits | (1 << i) : bits), 0);
const bitCount = (bits: number) => (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);

/** The search's answer for one pool: each chosen move's place in it and its number of units; undefined if none lands. */
export type WarmupMix = { index: number; units: number }[] | undefined;

/**
 * Distinct moves, one dose each, whose time lands in the window: the most areas, then nearest 5 minutes.
 * `mixes` remembers the answer per pool (it depends on the pool alone): the facts table asks for
 * 192 levels and equipment sets, most of which share their warm-ups.
 */
export function searchWarmup(ctx: Context, moves: RoutineMove[], mixes?: Map<string, WarmupMix>): PlannedMove[] | undefined {
  const key = moves.map((move) => move.id).join(' ');
  const mix = mixes?.has(key) ? mixes.get(key) : findMix(moves);
  mixes?.set(key, mix);
  return mix?.map(({ index, units }) => ({ ...plannedMove(moves[index]!, ctx, dosed(moves[index]!.dose, units), 'warmup'), why: SEARCHED_WHY }));
}

function findMix(moves: RoutineMove[]): WarmupMix {
  const { max, target } = WARMUP_SECONDS;
  const key = (seconds: number, bits: number) => seconds * 8 + bits;
  const size = key(max, 7) + 1;
  let reached = new Uint8Array(size);
  reached[0] = 1;
  // For each move, the state each reached state came from and the dose count used (0: left out).
  const from: Int32Array[] = [];
  const count: Int32Array[] = [];
  for (const move of moves) {
    const bits = areaBits(move);
    // The move's time at 1, 2, 3 … units, while it fits at all.
    const times: number[] = [];
    for (let n = 1, t = 0; (t = moveSeconds(dosed(move.dose, n), 'warmup')) <= max; n++) times.push(t);
    const next = reached.slice();
    const prev = new Int32Array(size).fill(-1);
    const used = new Int32Array(size);
    for (let state = 0; state < size; state++) {
      if (!reached[state]) continue;
      if (prev[state] < 0) prev[state] = state;
      const seconds = state >> 3;
      for (let n = 1; n <= times.length && seconds + times[n - 1] <= max; n++) {
        const to = key(seconds + times[n - 1], (state & 7) | bits);
        if (!next[to]) {
          next[to] = 1;
          prev[to] = state;
          used[to] = n;
        }
      }
    }
    from.push(prev);
    count.push(used);
    reached = next;
  }
  let best = -1;
  for (let state = 0; state < size; state++) {
    if (!reached[state] || !inWarmupWindow(state >> 3)) continue;
    const score = (s: number) => bitCount(s & 7) * 1000 - Math.abs((s >> 3) - target);
    if (best < 0 || score(state) > score(best)) best = state;
  }
  if (best < 0) return undefined;
  const chosen: NonNullable<WarmupMix> = [];
  for (let i = moves.length - 1, state = best; i >= 0; i--) {
    const units = count[i]![state]!;
    if (units > 0) chosen.unshift({ index: i, units });
    state = from[i]![state]!;
  }
  return chosen;
}
