/** The time model, pinned by hand: the builder's arithmetic and the checker's own agree with these sums. */
import { expect, test } from 'vitest';
import { moveSeconds, type PhaseId, type PlannedDose } from '../../../src/lib/routine';
import { estimateSeconds } from '../../../src/lib/routine/check';

const reps = (sets: number, n: number, perSide = false): PlannedDose => ({ type: 'reps', sets, reps: n, perSide });
const hold = (seconds: number, repeats: number, perSide = false): PlannedDose => ({ type: 'hold', sets: 1, seconds, repeats, perSide });
const timed = (seconds: number, perSide = false, sets = 1): PlannedDose => ({ type: 'time', sets, seconds, perSide });

// [dose, phase, seconds, how]
const CASES: [PlannedDose, PhaseId | 'desk', number, string][] = [
  [reps(1, 12), 'strength', 51, '12 reps x 3 s = 36 s, + 15 s change-over'],
  [reps(2, 10), 'strength', 120, '2 x 30 s + 45 s rest + 15 s'],
  [reps(3, 8, true), 'strength', 249, '3 x (8 x 3 s x 2 sides) = 144 s + 2 x 45 s rest + 15 s'],
  [timed(30, true), 'strength', 75, '30 s x 2 sides + 15 s'],
  [hold(20, 3), 'cooldown', 85, '3 x (20 s + 5 s reset) + 10 s'],
  [hold(15, 2, true), 'cooldown', 90, '2 x (15 + 5) x 2 sides + 10 s'],
  [timed(40), 'warmup', 50, '40 s + 10 s'],
  [reps(1, 8), 'warmup', 34, '8 x 3 s + 10 s'],
  [hold(5, 10), 'desk', 105, '10 x (5 + 5) + 5 s'],
  [reps(1, 12), 'desk', 41, '12 x 3 s + 5 s'],
];

test.each(CASES)('%j in the %s phase takes %i s (%s)', (dose, phase, seconds) => {
  expect(moveSeconds(dose, phase)).toBe(seconds);
  expect(estimateSeconds(dose, phase)).toBe(seconds);
});
