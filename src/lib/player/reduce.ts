/**
 * The one function that moves the player's state (state.ts). Time comes in with every action as a
 * timestamp, never from counting ticks.
 *
 * Back and Next move exactly one step; the clock moves through every timed step whose time has
 * passed, in order, and stops at a rep set (which waits for Done).
 */
import type { Step } from './steps';
import { clock, initialState, type Action, type PlayerState } from './state';

/** Brings the clock up to `now` (frozen unless running). */
function settle(state: PlayerState, now: number): PlayerState {
  const { stepMs, totalMs } = clock(state, now);
  return { ...state, stepMs, totalMs, since: now };
}

/** Goes to step `index` (or to the end past the last), its clock at `carryMs`. */
function goTo(state: PlayerState, steps: readonly Step[], index: number, carryMs = 0): PlayerState {
  if (index >= steps.length) return { ...state, status: 'done', index: steps.length - 1, stepMs: 0, extra: 0 };
  return { ...state, index: Math.max(0, index), stepMs: carryMs, extra: 0 };
}

const finish = (state: PlayerState) =>
  state.finished.includes(state.index) ? state.finished : [...state.finished, state.index].sort((a, b) => a - b);

/** Runs the clock: every timed step whose time is up ends, its overrun carried into the next. */
function advance(state: PlayerState, steps: readonly Step[]): PlayerState {
  let next = state;
  for (;;) {
    const step = steps[next.index];
    if (next.status !== 'running' || !step?.timed) return next;
    const over = next.stepMs - (step.seconds + next.extra) * 1000;
    if (over < 0) return next;
    next = goTo({ ...next, finished: finish(next) }, steps, next.index + 1, over);
  }
}

export function reduce(state: PlayerState, action: Action, steps: readonly Step[]): PlayerState {
  if (steps.length === 0) return state.status === 'done' ? state : { ...initialState(), status: 'done' };
  if (state.status === 'done') return state;
  const { now } = action;
  const current = settle(state, now);
  // An action that does not apply still lets the clock run (Next, Back and Done act on the step shown).
  const idle = advance(current, steps);
  switch (action.type) {
    case 'start':
      return state.status === 'ready' ? { ...current, status: 'running', since: now } : idle;
    case 'pause':
      return state.status === 'running' ? { ...idle, status: 'paused' } : idle;
    case 'resume':
      return state.status === 'paused' ? { ...current, status: 'running', since: now } : idle;
    case 'tick':
      return idle;
    case 'next':
      return advance(goTo(current, steps, current.index + 1), steps);
    case 'back':
      return goTo(current, steps, current.index - 1);
    case 'done':
      if (state.status !== 'running' || steps[current.index]!.timed) return idle;
      return advance(goTo({ ...current, finished: finish(current) }, steps, current.index + 1), steps);
    case 'adjust': {
      if (steps[current.index]!.kind !== 'rest') return idle;
      // Never below what has already run: −15 s on the last seconds ends the rest now.
      const floor = -steps[current.index]!.seconds + Math.floor(current.stepMs / 1000);
      return advance({ ...current, extra: Math.max(floor, current.extra + action.seconds) }, steps);
    }
    case 'end':
      return { ...current, status: 'done' };
  }
}
