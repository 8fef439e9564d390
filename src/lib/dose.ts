/**
 * Doses in plain words: the one formatter for move pages, JSON-LD, the builder, the player, the
 * log and the calendar. Zod-free: the schema (src/schemas/move.ts) checks against `Dose`.
 */
import { plural } from './words';

/** A move's starting dose, as its frontmatter gives it. */
export type Dose =
  | { type: 'reps'; sets: number; reps: number; perSide: boolean }
  | { type: 'hold'; seconds: number; repeats: number; perSide: boolean }
  | { type: 'time'; seconds: number; perSide: boolean };

/** A dose in a plan: every kind has its sets (1 for warm-ups, stretches and the desk break). */
export type PlannedDose =
  | { type: 'reps'; sets: number; reps: number; perSide: boolean }
  | { type: 'hold'; sets: number; seconds: number; repeats: number; perSide: boolean }
  | { type: 'time'; sets: number; seconds: number; perSide: boolean };

/** Seconds as "45 s", "1 min" or "1 min 30 s". */
export function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = Math.round(total % 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Rounded to the minute, at least 1: "5 min". */
export const formatMinutes = (seconds: number) => `${Math.max(1, Math.round(seconds / 60))} min`;

/**
 * "2 sets × 10 reps, each side", "hold 20 s, 3 times", "1 min 30 s". `withSets` (by default for
 * rep doses) starts with the sets: a plan passes it for its strength moves only, so a strength
 * hold reads "2 sets × hold 20 s, 3 times" and a warm-up's reps just "12 reps".
 */
export function formatDose(dose: Dose | PlannedDose, withSets: boolean = dose.type === 'reps'): string {
  const side = dose.perSide ? ', each side' : '';
  const sets = withSets && 'sets' in dose ? `${plural(dose.sets, 'set')} × ` : '';
  switch (dose.type) {
    case 'reps':
      return `${sets}${plural(dose.reps, 'rep')}${side}`;
    case 'hold':
      return `${sets}hold ${formatSeconds(dose.seconds)}, ${plural(dose.repeats, 'time')}${side}`;
    case 'time':
      return `${sets}${formatSeconds(dose.seconds)}${side}`;
  }
}

