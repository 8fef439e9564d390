import type { Dose } from '../schemas/move';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Seconds as "45 s", "1 min" or "1 min 30 s". */
export function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60);
  const seconds = Math.round(total % 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A dose in plain words: "2 sets of 10 reps, each side", "hold 20 s, 3 times". */
export function formatDose(dose: Dose): string {
  const side = dose.perSide ? ', each side' : '';
  switch (dose.type) {
    case 'reps':
      return `${plural(dose.sets, 'set')} of ${plural(dose.reps, 'rep')}${side}`;
    case 'hold':
      return `hold ${formatSeconds(dose.seconds)}, ${plural(dose.repeats, 'time')}${side}`;
    case 'time':
      return `${formatSeconds(dose.seconds)}${side}`;
  }
}
