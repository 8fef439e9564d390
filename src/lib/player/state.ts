/**
 * The player's state and its clock. Time comes in with every action as a
 * timestamp (milliseconds, Date.now()), never from counting ticks: a throttled background tab or a
 * locked phone shows the right step and time as soon as it ticks again.
 *
 * The function that moves it, reduce(), is in reduce.ts: the player's first render needs only
 * what is here, and loads the reducer with the rest of its code on the first tap.
 */
import type { Step } from './steps';

export type Status = 'ready' | 'running' | 'paused' | 'done';

export interface PlayerState {
  status: Status;
  /** The current step. */
  index: number;
  /** Milliseconds of the current step already run, up to `since`. */
  stepMs: number;
  /** Milliseconds of the whole workout already run (pauses excluded), up to `since`. */
  totalMs: number;
  /** When the clock last started running (a timestamp); meaningful while running. */
  since: number;
  /** Seconds added to (or taken from) the current step's countdown with −15 s / +15 s. */
  extra: number;
  /** Steps finished on the clock or with Done (work and hold steps only matter). */
  finished: number[];
}

export type Action =
  | { type: 'start' | 'pause' | 'resume' | 'tick' | 'next' | 'back' | 'done' | 'end'; now: number }
  | { type: 'adjust'; now: number; seconds: number };

export const initialState = (): PlayerState => ({ status: 'ready', index: 0, stepMs: 0, totalMs: 0, since: 0, extra: 0, finished: [] });

/** Milliseconds run in the current step and in all, as of `now`. */
export function clock(state: PlayerState, now: number) {
  const running = state.status === 'running' ? Math.max(0, now - state.since) : 0;
  return { stepMs: state.stepMs + running, totalMs: state.totalMs + running };
}

/** Milliseconds left in the current step's countdown (Infinity for a rep set). */
export function remainingMs(state: PlayerState, steps: readonly Step[], now: number): number {
  const step = steps[state.index];
  if (!step?.timed) return Infinity;
  return (step.seconds + state.extra) * 1000 - clock(state, now).stepMs;
}

/** Whole seconds left, as the timer shows them (rounded up: 0.2 s left shows 1). */
export const remainingSeconds = (state: PlayerState, steps: readonly Step[], now: number) =>
  Math.max(0, Math.ceil(remainingMs(state, steps, now) / 1000));
