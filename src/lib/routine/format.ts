/** Plain words for planned doses and times, and the data-* attributes of the page contract. */
import type { PhaseId, PlannedDose } from './types';
import { formatDose } from '../dose';

export { formatDose, formatMinutes } from '../dose';

/** A planned move's dose: its sets are named in the strength phase only. */
export const formatPlannedDose = (dose: PlannedDose, phase: PhaseId | 'desk') => formatDose(dose, phase === 'strength');

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
