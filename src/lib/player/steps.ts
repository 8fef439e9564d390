/**
 * A plan becomes the player's list of steps (issue 13). Every step has a planned length in
 * seconds, and together they spend exactly the plan's own estimate (plan.totalSeconds) under the
 * time model of src/lib/routine/time.ts:
 *
 * - rep set (per side): reps × SECONDS_PER_REP, shown as a "Done" step the person paces;
 * - timed work (per side): its seconds; hold: each repeat's seconds, then HOLD_RESET to let go;
 * - REST_BETWEEN_SETS between strength sets;
 * - the move's change-over, TRANSITION[phase], is spent before the move as its get-ready
 *   countdown, less the "Switch sides" pauses of rep and timed moves, which come out of it.
 *
 * Where a hold's let-go pause would sit next to another pause it merges into it: after the
 * first side's last repeat it is the "Switch sides" pause, before a rest it lengthens the rest,
 * and after the move's last repeat it moves into the move's get-ready (so a stretch's get-ready is
 * TRANSITION + HOLD_RESET). The get-ready is therefore at least GET_READY_MIN seconds, and one
 * longer than the 5 s is the time the model already counts for setting up.
 */
import { HOLD_RESET, REST_BETWEEN_SETS, SECONDS_PER_REP, TRANSITION } from '../routine/time';
import type { Addon, PhaseId, Plan, PlannedDose } from '../routine/types';

/** The shortest get-ready countdown and the longest side switch taken out of the change-over. */
export const GET_READY_MIN = 5;
export const SWITCH_MAX = 5;

export type StepKind = 'countdown' | 'work' | 'hold' | 'switch' | 'rest';
export type Side = 'left' | 'right';

export interface PlayerMove {
  id: string;
  title: string;
  url: string;
  cue: string;
  phase: PhaseId;
  addon?: Addon;
  dose: PlannedDose;
}

export interface Step {
  kind: StepKind;
  /** Index into Program.moves. */
  move: number;
  /** 1-based set of the move (the get-ready belongs to set 1). */
  set: number;
  side?: Side;
  /** 1-based repeat of a hold. */
  repeat?: number;
  /** Planned length; the countdown for timed steps. */
  seconds: number;
  /** False for rep sets: the person says Done. */
  timed: boolean;
  /** A hold's short let-go pause between repeats (a rest without the rest controls' meaning). */
  letGo?: boolean;
}

export interface Program {
  moves: PlayerMove[];
  steps: Step[];
  totalSeconds: number;
}

const sidesOf = (dose: PlannedDose): (Side | undefined)[] => (dose.perSide ? ['left', 'right'] : [undefined]);

/** The steps of one move: its get-ready first. */
export function moveSteps(move: PlayerMove, index: number): Step[] {
  const { dose, phase } = move;
  const sides = sidesOf(dose);
  const rest = phase === 'strength' ? REST_BETWEEN_SETS : 0;
  // Rep and timed moves switch sides once a set, out of the change-over (evenly, at most SWITCH_MAX).
  const switches = dose.type !== 'hold' && dose.perSide ? dose.sets : 0;
  const spare = TRANSITION[phase] - GET_READY_MIN;
  const switchSeconds = switches ? Math.min(SWITCH_MAX, Math.floor(spare / switches)) : 0;
  const ready: Step = { kind: 'countdown', move: index, set: 1, seconds: TRANSITION[phase] - switches * switchSeconds, timed: true };
  const steps: Step[] = [ready];
  const last = () => steps[steps.length - 1];

  for (let set = 1; set <= dose.sets; set++) {
    sides.forEach((side, s) => {
      if (s > 0) {
        // A hold's last let-go pause becomes the switch; rep and timed moves get their own.
        if (last().letGo) Object.assign(last(), { kind: 'switch', letGo: undefined, side, repeat: undefined });
        else steps.push({ kind: 'switch', move: index, set, side, seconds: switchSeconds, timed: true });
      }
      if (dose.type === 'reps') steps.push({ kind: 'work', move: index, set, side, seconds: dose.reps * SECONDS_PER_REP, timed: false });
      else if (dose.type === 'time') steps.push({ kind: 'work', move: index, set, side, seconds: dose.seconds, timed: true });
      else
        for (let repeat = 1; repeat <= dose.repeats; repeat++) {
          steps.push({ kind: 'hold', move: index, set, side, repeat, seconds: dose.seconds, timed: true });
          steps.push({ kind: 'rest', move: index, set, side, repeat, seconds: HOLD_RESET, timed: true, letGo: true });
        }
    });
    if (set < dose.sets && rest > 0) {
      const gap = last().letGo ? steps.pop()!.seconds : 0;
      steps.push({ kind: 'rest', move: index, set, seconds: rest + gap, timed: true });
    }
  }
  // The last let-go pause joins the get-ready (see the header).
  if (last().letGo) ready.seconds += steps.pop()!.seconds;
  return steps;
}

/** The plan's moves in order (warm-up, strength with its add-ons last, cool-down) and their steps. */
export function toProgram(plan: Plan): Program {
  const moves: PlayerMove[] = plan.phases.flatMap((phase) =>
    phase.moves.map((m) => ({ id: m.id, title: m.title, url: m.url, cue: m.cue, phase: phase.id, addon: m.addon, dose: m.dose })),
  );
  const steps = moves.flatMap(moveSteps);
  return { moves, steps, totalSeconds: steps.reduce((sum, step) => sum + step.seconds, 0) };
}
