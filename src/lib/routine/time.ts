/**
 * Dose and time arithmetic. The estimates are deliberately plain:
 * - a rep takes SECONDS_PER_REP (about 1 s to pull, a brief pause, 2 s to return: slow and controlled);
 * - strength sets are separated by REST_BETWEEN_SETS (none after the last set);
 * - each repeat of a hold adds HOLD_RESET to let go and settle back in;
 * - "per side" doubles the work of a set;
 * - every move adds a change-over (set up, read the cue, move to the next): TRANSITION[phase].
 * Warm-up moves flow without rest between rounds.
 */
import type { Dose } from '../dose';
import type { Level, PhaseId, PlannedDose } from './types';

export const SECONDS_PER_REP = 3;
export const REST_BETWEEN_SETS = 45;
export const HOLD_RESET = 5;
export const TRANSITION: Record<PhaseId | 'desk', number> = { warmup: 10, strength: 15, cooldown: 10, desk: 5 };

/** Rule T6: sets by level. */
export const SETS_BY_LEVEL: Record<Level, number> = { beginner: 1, intermediate: 2, advanced: 3 };
/** Rule K2: a second, then a third set; never more. */
export const MAX_SETS = 3;
/** Rules T6 and K4: the level's sets, or more when a program asked for them (never above MAX_SETS). */
export const setsFor = (inputs: { level: Level; sets?: number }) =>
  Math.min(MAX_SETS, Math.max(SETS_BY_LEVEL[inputs.level], inputs.sets ?? 0));
/** Rule W2: the warm-up lasts 5 minutes, between 4:30 and 5:30. */
export const WARMUP_SECONDS = { target: 300, min: 270, max: 330 };
export const inWarmupWindow = (seconds: number) => seconds >= WARMUP_SECONDS.min && seconds <= WARMUP_SECONDS.max;
/** Rule C2: holds of 15-20 s, 2-3 times (stretchDose below; the time fitting may shorten them within it). */
export const STRETCH_HOLD = { minSeconds: 15, maxSeconds: 20, minRepeats: 2, maxRepeats: 3 };

function setWork(dose: PlannedDose): number {
  const sides = dose.perSide ? 2 : 1;
  switch (dose.type) {
    case 'reps':
      return dose.reps * SECONDS_PER_REP * sides;
    case 'hold':
      return dose.repeats * (dose.seconds + HOLD_RESET) * sides;
    case 'time':
      return dose.seconds * sides;
  }
}

/** Estimated seconds of one planned move, change-over included. */
export function moveSeconds(dose: PlannedDose, phase: PhaseId | 'desk'): number {
  const rest = phase === 'strength' ? REST_BETWEEN_SETS : 0;
  return dose.sets * setWork(dose) + (dose.sets - 1) * rest + TRANSITION[phase];
}

/** A page's starting dose with the plan's sets (upper-back moves and add-ons alike): reps or hold time the page's, or the top of its range (K4). */
export function strengthDose(dose: Dose, sets: number, moreReps = false): PlannedDose {
  return { ...(moreReps ? topOfRange(dose) : dose), sets };
}

/** A page's dose as a stretch hold within STRETCH_HOLD, capped by the time fitting. */
export function stretchDose(dose: Dose, caps: { seconds: number; repeats: number }): PlannedDose {
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
  const seconds = dose.type === 'reps' ? STRETCH_HOLD.maxSeconds : dose.seconds;
  const repeats = dose.type === 'hold' ? dose.repeats : STRETCH_HOLD.maxRepeats;
  return {
    type: 'hold',
    sets: 1,
    seconds: clamp(seconds, STRETCH_HOLD.minSeconds, caps.seconds),
    repeats: clamp(repeats, STRETCH_HOLD.minRepeats, caps.repeats),
    perSide: dose.perSide,
  };
}

/** The number a dose scales by: reps, hold repeats, or seconds. */
export const doseAmount = (dose: Dose | PlannedDose) => (dose.type === 'reps' ? dose.reps : dose.type === 'hold' ? dose.repeats : dose.seconds);

/** A page's dose in one round, with `amount` reps, repeats or seconds (a hold keeps its length). */
export function withAmount(dose: Dose, amount: number): PlannedDose {
  if (dose.type === 'reps') return { ...dose, sets: 1, reps: amount };
  if (dose.type === 'hold') return { ...dose, sets: 1, repeats: amount };
  return { ...dose, sets: 1, seconds: amount };
}

/** What scales in a dose, and its smallest step: one rep, one repeat, or five seconds. */
const unitOf = (dose: Dose | PlannedDose) =>
  dose.type === 'reps' ? (['reps', 1] as const) : dose.type === 'hold' ? (['repeats', 1] as const) : (['seconds', 5] as const);

/**
 * Rule K4's first rung, "more repetitions within the move's range": the range runs from the page's
 * dose to a quarter more (at least one more rep or repeat; timed moves in 5-second steps).
 */
export function topOfRange(dose: Dose): Dose {
  const [key, step] = unitOf(dose);
  const n = doseAmount(dose);
  return { ...dose, [key]: Math.max(n + step, step * Math.round((n * 1.25) / step)) };
}

function scaled(dose: PlannedDose, value: number): PlannedDose | undefined {
  const [key, step] = unitOf(dose);
  return value >= step ? ({ ...dose, [key]: Math.round(value / step) * step } as PlannedDose) : undefined;
}

/**
 * Scales the pages' doses (in one round each) so the warm-up lasts about `target.target`
 * seconds and at least `min`, at most `max`: first in proportion, then one rep / 5 s /
 * one repeat at a time.
 */
export function fitDoses(doses: Dose[], target: { target: number; min: number; max: number }): PlannedDose[] {
  const phase = 'warmup';
  if (doses.length === 0) return [];
  let planned: PlannedDose[] = doses.map((dose) => ({ ...dose, sets: 1 }));
  const total = () => planned.reduce((sum, dose) => sum + moveSeconds(dose, phase), 0);
  const transitions = planned.length * TRANSITION[phase];
  const factor = (target.target - transitions) / Math.max(1, total() - transitions);
  const value = doseAmount;
  planned = planned.map((dose) => scaled(dose, Math.max(unitOf(dose)[1], value(dose) * factor))!);
  // Then one unit at a time, round the moves, never stepping out of the window.
  const slack = Math.min(15, (target.max - target.min) / 4);
  for (let n = 0, i = 0; n < 400; n++, i = (i + 1) % planned.length) {
    const now = total();
    const grow = now < target.target - slack;
    if (!grow && now <= target.target + slack) break;
    const next = scaled(planned[i], value(planned[i]) + (grow ? 1 : -1) * unitOf(planned[i])[1]);
    const after = next && now - moveSeconds(planned[i], phase) + moveSeconds(next, phase);
    if (next && (grow ? after! <= target.max : after! >= target.min)) planned[i] = next;
  }
  return planned;
}
