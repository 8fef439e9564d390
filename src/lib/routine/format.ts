/** Plain words for planned doses and times, and the data-* attributes of the page contract. */
import type { PhaseId, PlannedDose } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 sets × 10 reps, each side", "hold 20 s × 3", "1 set: hold 5 s × 10", "40 s". */
export function formatPlannedDose(dose: PlannedDose, withSets: boolean): string {
  const side = dose.perSide ? ', each side' : '';
  const sets = withSets ? `${plural(dose.sets, 'set')} × ` : '';
  switch (dose.type) {
    case 'reps':
      return `${sets}${plural(dose.reps, 'rep')}${side}`;
    case 'hold':
      return `${sets}hold ${dose.seconds} s, ${plural(dose.repeats, 'time')}${side}`;
    case 'time':
      return `${sets}${dose.seconds} s${side}`;
  }
}

/** Rounded to the minute, at least 1: "5 min". */
export const formatMinutes = (seconds: number) => `${Math.max(1, Math.round(seconds / 60))} min`;

/**
 * The contract for tests and scripts: data-sets + data-reps, or data-hold-seconds + data-repeats,
 * or data-seconds; strength moves (sets by level) always carry data-sets.
 */
export function doseAttributes(dose: PlannedDose, phase: PhaseId): Record<string, string | number | undefined> {
  const hold = dose.type === 'hold';
  return {
    'data-sets': dose.type === 'reps' || phase === 'strength' ? dose.sets : undefined,
    'data-reps': dose.type === 'reps' ? dose.reps : undefined,
    'data-hold-seconds': hold ? dose.seconds : undefined,
    'data-repeats': hold ? dose.repeats : undefined,
    'data-seconds': dose.type === 'time' ? dose.seconds : undefined,
    'data-per-side': dose.perSide ? '' : undefined,
  };
}

export const PHASE_TITLES: Record<PhaseId, string> = { warmup: 'Warm-up', strength: 'Strength', cooldown: 'Cool-down' };
