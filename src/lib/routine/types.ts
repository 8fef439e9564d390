/** The routine builder's inputs and plans (rules: docs/routine-rules.md). */
import type { CatalogueMove } from '../catalogue';
import { CHOOSABLE_EQUIPMENT_IDS, LEVELS, type ChoosableEquipmentId, type EquipmentId, type Level } from '../content/vocabulary';

export { LEVELS };
export type { Level, EquipmentId };

/** The part of a catalogue move the builder needs (the island receives only this). */
export type RoutineMove = Pick<
  CatalogueMove,
  'id' | 'kind' | 'title' | 'url' | 'pattern' | 'level' | 'equipment' | 'areas' | 'use' | 'dose' | 'cue'
>;

export const FOCUSES = ['balanced', 'posture', 'strength'] as const;
export type Focus = (typeof FOCUSES)[number];
export const ADDONS = ['core', 'grip'] as const;
export type Addon = (typeof ADDONS)[number];
export const SESSION_MINUTES = [15, 20, 30, 45] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];
export type ChoosableId = ChoosableEquipmentId;
/** The items a person can tick (routine-rules.md "Inputs"), in display and URL order: the vocabulary's. */
export const CHOOSABLE: readonly ChoosableId[] = CHOOSABLE_EQUIPMENT_IDS;

export interface RoutineInputs {
  level: Level;
  /** In CHOOSABLE order, no repeats. */
  equipment: ChoosableId[];
  minutes: SessionMinutes;
  focus: Focus;
  /** In ADDONS order, no repeats. */
  addons: Addon[];
  /**
   * A program's progression (rule K4): strength sets asked for, from the level's (T6) up to
   * MAX_SETS; absent, the level's. Only links that carry `sets` have it.
   */
  sets?: number;
  /** A program's first rung (rule K4): `more`, every strength move at the top of its range (time.ts). */
  reps?: 'more';
}

/** The builder's questions (a program's `sets` and `reps` come from its ladder, never from a control). */
export type AskedInput = Exclude<keyof RoutineInputs, 'sets' | 'reps'>;

export const DEFAULT_INPUTS: RoutineInputs = {
  level: 'beginner',
  equipment: ['band'],
  minutes: 20,
  focus: 'balanced',
  addons: [],
};
/** The seed of the plan rendered at build time (the no-JavaScript plan). */
export const DEFAULT_SEED = 1;
export const MAX_SEED = 0xffffffff;

/**
 * A swap names the SLOT it fills: `from` is the move the unswapped (seeded) plan has in
 * that slot, `to` the move the person chose for it; ids are the moves' page slugs. One swap a slot.
 */
export interface Swap {
  from: string;
  to: string;
}

export interface RoutineRequest {
  inputs: RoutineInputs;
  seed: number;
  swaps: Swap[];
}

export type PhaseId = 'warmup' | 'strength' | 'cooldown';
export const PHASE_ORDER: readonly PhaseId[] = ['warmup', 'strength', 'cooldown'];

/** A planned dose. `sets` is 1 for warm-ups, stretches and the desk break. */
export type { PlannedDose } from '../dose';
import type { PlannedDose } from '../dose';

export interface PlannedMove {
  id: string;
  title: string;
  url: string;
  cue: string;
  /** Set for the add-on moves at the end of the strength phase. */
  addon?: Addon;
  /** The equipment alternative used (for beginners, bands or dumbbells first). */
  equipment: EquipmentId[];
  dose: PlannedDose;
  /** Estimated seconds including rest and the change-over to the next move. */
  seconds: number;
  /** Session moves: the move the unswapped plan has in this slot, the `from` of a swap here. */
  slot?: string;
  /** Why the engine placed it: its own record of the decision ("Why this move?"). */
  why?: MoveReason;
}

/** A decision of the engine in plain words, with the ids of the rules behind it. */
export interface MoveReason {
  rules: RuleId[];
  text: string;
}

export interface Phase {
  id: PhaseId;
  moves: PlannedMove[];
  seconds: number;
}

export type RuleId =
  | 'S1' | 'S2' | 'W1' | 'W2' | 'W3' | 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8'
  | 'C1' | 'C2' | 'C3' | 'M1' | 'K1' | 'K2' | 'K3' | 'P1' | 'X1' | 'U1' | 'U2' | 'U3';

/** A message the rules call for: a rule cannot hold with this equipment, or time is short. */
export interface PlanNote {
  rule: 'X1' | 'M1';
  /** The rules this note explains (they cannot hold, and the note says why). */
  explains: RuleId[];
  text: string;
}

export type ProgressionStepId = 'add-set' | 'heavier' | 'harder';

export interface ProgressionStep {
  id: ProgressionStepId;
  text: string;
  /** True when the level already does it (advanced already does 3 sets). */
  done: boolean;
  moves: { id: string; title: string; url: string }[];
}

export interface Week {
  sessionsPerWeek: { min: number; max: number };
  /** The sessions a week and the progression's lead-in, in words. */
  text: string;
  progression: ProgressionStep[];
}

export interface IgnoredSwap {
  swap: Swap;
  reason: string;
}

export interface Plan {
  inputs: RoutineInputs;
  seed: number;
  /** The swaps that were applied (a link's swaps that could not apply are in ignoredSwaps). */
  swaps: Swap[];
  phases: Phase[];
  totalSeconds: number;
  /** Upper limits for stretch holds the time fitting settled on (15-20 s, 2-3 times allowed). */
  holdCaps: { seconds: number; repeats: number };
  deskBreak: { moves: PlannedMove[]; seconds: number };
  notes: PlanNote[];
  ignoredSwaps: IgnoredSwap[];
}
