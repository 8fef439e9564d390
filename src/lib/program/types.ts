/**
 * A program (rule K4): weeks of sessions built by the routine engine, climbing K2's ladder one
 * change at a time, paced by the log. Pure types and the settings' limits.
 */
import type { Level, RoutineInputs, Swap } from '../routine/types';

/** Rule K1: sessions a week by level. */
export const DAYS_BY_LEVEL: Record<Level, { min: number; max: number }> = {
  beginner: { min: 1, max: 2 },
  intermediate: { min: 2, max: 3 },
  advanced: { min: 2, max: 3 },
};
export const WEEKS = { min: 4, max: 12, default: 6 } as const;
export const DEFAULT_DAYS = 2;
export const DEFAULT_PROGRAM_SEED = 1;

export interface ProgramSettings {
  /** What the builder asks (sets and reps come from the ladder, never from the settings). */
  inputs: Pick<RoutineInputs, 'level' | 'equipment' | 'minutes' | 'focus' | 'addons'>;
  /** Sessions a week (K1). */
  days: number;
  weeks: number;
  /** The first day, YYYY-MM-DD (local); absent: dates are not shown (the no-JavaScript page). */
  start?: string;
  seed: number;
}

/** Where a program stands on K2's ladder (K4). Each change moves one field. */
export interface Rung {
  sets: number;
  moreReps: boolean;
  heavier: boolean;
  /** Harder variations taken, in order (slot swaps of the sessions' plans). */
  harder: Swap[];
  /** Minutes a session is planned for: the person's, or more when a change needed the room. */
  minutes: number;
}

export type ChangeKind = 'reps' | 'set' | 'heavier' | 'harder' | 'back';

/** Why a week's change came: the plan's pace, or the log's answers. */
export type Cause =
  | { kind: 'planned' }
  | { kind: 'logged'; efforts: Effortish[] }
  | { kind: 'easy' }
  | { kind: 'hurt'; date: string };

export interface Change {
  kind: ChangeKind;
  /** "A second set": the change in a few words (the heading of its reason). */
  title: string;
  /** "A second set of each strength move". */
  what: string;
  /** "Week 3: a second set of each strength move, because week 2's sessions were logged as about right." */
  why: string;
  /** Set when the session needed more time for it. */
  minutes?: number;
  /** A step back after pain links the safety guide. */
  safety?: boolean;
}

/** The log's answers the program reads; "hurt" comes with the end-of-session question's pain answer. */
export type Effortish = 'too-easy' | 'about-right' | 'too-hard' | 'hurt';

export interface ProgramSession {
  /** 1-based within its week. */
  index: number;
  label: 'A' | 'B';
  /** The plan's link on /routine/ (encodeRequest of the built plan): sets, reps and swaps included. */
  query: string;
  /** The engine's estimate, in whole minutes. */
  minutes: number;
  /** YYYY-MM-DD, when the program has a start date. */
  date?: string;
  /** Logged against the program. */
  done: boolean;
}

export type WeekStatus = 'done' | 'current' | 'planned';

export interface ProgramWeek {
  number: number;
  status: WeekStatus;
  rung: Rung;
  sessions: ProgramSession[];
  change?: Change;
  /** Other things the log did to this week (repeated, stepped back), in plain words. */
  notes: string[];
}

export interface Position {
  week: number;
  /** 1-based: the next session to do. */
  session: number;
  /** All weeks done. */
  finished: boolean;
}

export interface Program {
  settings: ProgramSettings;
  weeks: ProgramWeek[];
  position: Position;
  /** The ladder's end or a change the time could not hold, said once. */
  notes: string[];
  /** True when the plans alternate A and B (the catalogue allows two different sessions). */
  alternates: boolean;
}

/** What the program needs of the catalogue beyond the engine's moves: each move's `harder` links. */
export type HarderLinks = Record<string, readonly string[]>;
