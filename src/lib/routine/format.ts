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

/** Rounded to the half minute: "5 min", "7½ min", "under 1 min". */
export function formatMinutes(seconds: number): string {
  const halves = Math.round(seconds / 30);
  if (halves < 2) return 'under 1 min';
  return `${Math.floor(halves / 2)}${halves % 2 ? '½' : ''} min`;
}

/**
 * The contract for tests and scripts: data-sets + data-reps, or data-hold-seconds + data-repeats,
 * or data-seconds; strength moves (sets by level, rule T6) always carry data-sets.
 */
export function doseAttributes(dose: PlannedDose, phase: PhaseId): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (dose.type === 'reps' || phase === 'strength') attrs['data-sets'] = String(dose.sets);
  if (dose.type === 'reps') attrs['data-reps'] = String(dose.reps);
  if (dose.type === 'hold') {
    attrs['data-hold-seconds'] = String(dose.seconds);
    attrs['data-repeats'] = String(dose.repeats);
  }
  if (dose.type === 'time') attrs['data-seconds'] = String(dose.seconds);
  if (dose.perSide) attrs['data-per-side'] = '';
  return attrs;
}

export const PHASE_TITLES: Record<PhaseId, string> = { warmup: 'Warm-up', strength: 'Strength', cooldown: 'Cool-down' };
