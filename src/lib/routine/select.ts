/**
 * Choosing the moves: each phase draws an ordered list from the moves the person may do, from
 * its own seeded stream. The first picks satisfy the rules, later picks fill up to the most each
 * phase may hold; the time fitting (fit.ts) then keeps as many as the session allows.
 */
import type { Area } from '../content/vocabulary';
import type { Addon, EquipmentId, RoutineMove } from './types';
import { chooseEquipment, reaches, type Context } from './model';
import { deriveRandom, weightedPick, type Random } from './random';

export const MAX_MOVES = 5;
export const MIN_MOVES = 3;
/** Up to six warm-ups share the 5 minutes (their doses are scaled to fit). */
const WARMUP_MOVES = 6;

/** Rule W3: the warm-up covers the neck, the shoulders and the spine. */
export const WARMUP_AREAS: Area[][] = [['neck'], ['shoulders'], ['spine']];
/** Rule C3: the stretches reach the chest, the shoulders/neck and the upper back. */
export const STRETCH_AREAS: Area[][] = [['chest'], ['shoulders', 'neck'], ['upper-back']];

/** "Loaded" moves for the strength focus. */
const LOADS: readonly EquipmentId[] = ['dumbbells', 'barbell', 'cable'];

/** Picks `count` moves, first those that reach the most still-uncovered area groups (W3, C3). */
function coverPick(random: Random, pool: RoutineMove[], groups: Area[][], count: number): RoutineMove[] {
  const picked: RoutineMove[] = [];
  const rest = [...pool];
  while (picked.length < count && rest.length) {
    const open = groups.filter((group) => !picked.some((m) => reaches(m, group)));
    const gain = (m: RoutineMove) => open.filter((group) => reaches(m, group)).length;
    const best = Math.max(...rest.map(gain));
    const move = weightedPick(random, best > 0 ? rest.filter((m) => gain(m) === best) : rest, () => 1)!;
    picked.push(move);
    rest.splice(rest.indexOf(move), 1);
  }
  return picked;
}

/** Rule T8: focus changes the odds of the free picks, never the rules. */
function strengthWeight(move: RoutineMove, ctx: Context): number {
  const { focus, level } = ctx.inputs;
  if (focus === 'posture') return move.pattern === 'posture' ? 4 : 1;
  if (focus !== 'strength') return 1;
  const loaded = chooseEquipment(move, ctx.available, level).some((item) => LOADS.includes(item));
  return (move.pattern === 'row' ? 3 : 1) * (loaded ? 2 : 1);
}

/** Rules T1-T3: a row first, then a posture move, then any, up to five. */
function strengthOrder(random: Random, ctx: Context): RoutineMove[] {
  const rest = [...ctx.pools['upper-back']];
  const picked: RoutineMove[] = [];
  const take = (from: RoutineMove[]) => {
    const move = weightedPick(random, from, (m) => strengthWeight(m, ctx));
    if (!move) return;
    picked.push(move);
    rest.splice(rest.indexOf(move), 1);
  };
  take(rest.filter((m) => m.pattern === 'row'));
  take(rest.filter((m) => m.pattern === 'posture'));
  while (picked.length < MAX_MOVES && rest.length) take(rest);
  return picked;
}

export interface Selection {
  warmups: RoutineMove[];
  strength: RoutineMove[];
  addons: { addon: Addon; move: RoutineMove }[];
  stretches: RoutineMove[];
}

/** The seeded picks of every phase, before the time fitting. Rule S2: each move once (the places do not overlap). */
export function selectMoves(ctx: Context, seed: number): Selection {
  const addonRandom = deriveRandom(seed, 4);
  return {
    warmups: coverPick(deriveRandom(seed, 1), ctx.pools.warmup, WARMUP_AREAS, WARMUP_MOVES),
    strength: strengthOrder(deriveRandom(seed, 2), ctx),
    // Rule T7: one move for each add-on asked for, after the upper-back moves.
    addons: ctx.inputs.addons.flatMap((addon) => {
      const move = weightedPick(addonRandom, ctx.pools[addon], () => 1);
      return move ? [{ addon, move }] : [];
    }),
    stretches: coverPick(deriveRandom(seed, 3), ctx.pools.cooldown, STRETCH_AREAS, MAX_MOVES),
  };
}
