/**
 * The player's state as kept in localStorage (one entry per plan link), so a reload or a closed
 * tab picks up at the same step. It is stored paused; anything that does not read back as a state
 * for this plan's steps is ignored (the player starts afresh), never trusted.
 */
import { clock, type PlayerState, type Status } from './state';

export const storageKey = (query: string) => `upright-player:${query}`;

/** What to store: the state as of `now`, paused if it was running. */
export function snapshot(state: PlayerState, now: number): PlayerState {
  const { stepMs, totalMs } = clock(state, now);
  return { ...state, stepMs: Math.round(stepMs), totalMs: Math.round(totalMs), since: 0, status: state.status === 'running' ? 'paused' : state.status };
}

const STATUSES: Status[] = ['ready', 'paused', 'done'];
const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** A stored state for a plan of `stepCount` steps, or undefined when it is missing or damaged. */
export function restore(text: string | null, stepCount: number): PlayerState | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const ok =
    STATUSES.includes(v.status as Status) &&
    isCount(v.index, stepCount - 1) &&
    isCount(v.stepMs) && isCount(v.totalMs) &&
    typeof v.extra === 'number' && Number.isInteger(v.extra) && Math.abs(v.extra) <= 3600 &&
    Array.isArray(v.finished) && v.finished.every((i) => isCount(i, stepCount - 1));
  if (!ok) return undefined;
  return {
    status: v.status as Status, index: v.index as number, stepMs: v.stepMs as number, totalMs: v.totalMs as number,
    since: 0, extra: v.extra as number, finished: [...new Set(v.finished as number[])].sort((a, b) => a - b),
  };
}
