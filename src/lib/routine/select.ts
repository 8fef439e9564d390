/**
 * Choosing the moves: each phase draws an ordered list from the moves the person may do, from
 * its own seeded stream. The first picks satisfy the rules, later picks fill up to the most each
 * phase may hold; the time fitting (fit.ts) then keeps as many as the session allows.
 */
import { WEIGHT_EQUIPMENT_IDS, type Area } from '../content/vocabulary';
import type { Addon, MoveReason, RoutineMove, RuleId } from './types';
import { addonLabel } from './text';
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

/** Why a move was picked, by move id: the engine's own record, shown as "Why this move?". */
export type Reasons = Map<string, MoveReason>;

/** A reason in words, closed by the ids of its rules: "Your row: every session has at least one (T2)". */
export const reason = (rules: RuleId[], words: string): MoveReason => ({ rules, text: `${words} (${rules.join(', ')})` });

const areaWords = (groups: Area[][]) => groups.map((g) => g.join(' or ').replace('-', ' ')).join(' and the ');

/** What a covering pick says: the areas it was picked to reach, or that it fills the phase. */
export interface CoverWords {
  rule: 'W3' | 'C3';
  reach: (areas: string) => string;
  fill: MoveReason;
}
export const WARMUP_WORDS: CoverWords = {
  rule: 'W3',
  reach: (areas) => `Warms up the ${areas}: every warm-up covers the neck, the shoulders and the spine`,
  fill: reason(['W2'], 'Fills the warm-up to its 5 minutes of easy, moving work'),
};
const STRETCH_WORDS: CoverWords = {
  rule: 'C3',
  reach: (areas) => `Stretches the ${areas}: together the stretches reach the chest, the shoulders or neck, and the upper back`,
  fill: reason(['C1'], 'One of the 3 to 5 held stretches that end every session'),
};

/** Picks `count` moves, first those that reach the most still-uncovered area groups (W3, C3). */
function coverPick(random: Random, pool: RoutineMove[], groups: Area[][], count: number, words: CoverWords, why: Reasons): RoutineMove[] {
  const picked: RoutineMove[] = [];
  const rest = [...pool];
  while (picked.length < count && rest.length) {
    const open = groups.filter((group) => !picked.some((m) => reaches(m, group)));
    const gain = (m: RoutineMove) => open.filter((group) => reaches(m, group)).length;
    const best = Math.max(...rest.map(gain));
    const move = weightedPick(random, best > 0 ? rest.filter((m) => gain(m) === best) : rest, () => 1)!;
    const reached = open.filter((group) => reaches(move, group));
    why.set(move.id, reached.length ? reason([words.rule], words.reach(areaWords(reached))) : words.fill);
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
  const loaded = chooseEquipment(move, ctx.available, level).some((item) => WEIGHT_EQUIPMENT_IDS.includes(item));
  return (move.pattern === 'row' ? 3 : 1) * (loaded ? 2 : 1);
}

const FILL = 'Fills the strength part: 3 to 5 upper-back moves a session, as time allows';
const FOCUS_WORDS = { posture: 'your posture focus made posture moves likelier', strength: 'your strength focus made rows and loaded moves likelier' };

/** Rules T1-T3: a row first, then a posture move, then any, up to five. */
function strengthOrder(random: Random, ctx: Context, why: Reasons): RoutineMove[] {
  const rest = [...ctx.pools['upper-back']];
  const picked: RoutineMove[] = [];
  const take = (from: RoutineMove[], rule: RuleId, words: string) => {
    const move = weightedPick(random, from, (m) => strengthWeight(m, ctx));
    if (!move) return;
    // Rule T8: where the focus tipped the odds towards this move, it says so.
    const { focus } = ctx.inputs;
    const tipped = focus !== 'balanced' && strengthWeight(move, ctx) > 1;
    why.set(move.id, tipped ? reason([rule, 'T8'], `${words}; ${FOCUS_WORDS[focus]}`) : reason([rule], words));
    picked.push(move);
    rest.splice(rest.indexOf(move), 1);
  };
  take(rest.filter((m) => m.pattern === 'row'), 'T2', 'Your row: every session has at least one');
  take(rest.filter((m) => m.pattern === 'posture'), 'T3', 'Your posture move: every session has at least one');
  while (picked.length < MAX_MOVES && rest.length) take(rest, 'T1', FILL);
  return picked;
}

export interface Selection {
  warmups: RoutineMove[];
  strength: RoutineMove[];
  addons: { addon: Addon; move: RoutineMove }[];
  stretches: RoutineMove[];
  why: Reasons;
}

/** The seeded picks of every phase, before the time fitting. Rule S2: each move once (the places do not overlap). */
export function selectMoves(ctx: Context, seed: number): Selection {
  const addonRandom = deriveRandom(seed, 4);
  const why: Reasons = new Map();
  return {
    warmups: coverPick(deriveRandom(seed, 1), ctx.pools.warmup, WARMUP_AREAS, WARMUP_MOVES, WARMUP_WORDS, why),
    strength: strengthOrder(deriveRandom(seed, 2), ctx, why),
    // Rule T7: one move for each add-on asked for, after the upper-back moves.
    addons: ctx.inputs.addons.flatMap((addon) => {
      const move = weightedPick(addonRandom, ctx.pools[addon], () => 1);
      if (move) why.set(move.id, reason(['T7'], `The ${addonLabel(addon)} add-on you asked for, after the upper-back moves`));
      return move ? [{ addon, move }] : [];
    }),
    stretches: coverPick(deriveRandom(seed, 3), ctx.pools.cooldown, STRETCH_AREAS, MAX_MOVES, STRETCH_WORDS, why),
    why,
  };
}
