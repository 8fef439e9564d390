/** Rules K1 and K2, checked on a week (planWeek), from routine-rules.md alone. */
import type { Level, RuleId, Week } from '../types';

/** K1: 1-2 sessions a week for beginners, 2-3 for the others; K2: add a set, then heavier, then harder, in that order. */
export function checkWeek(week: Week, level: Level): RuleId[] {
  const broken: RuleId[] = [];
  const { min, max } = week.sessionsPerWeek;
  const expected = level === 'beginner' ? [1, 2] : [2, 3];
  if (min !== expected[0] || max !== expected[1] || !week.text.includes(`${min} to ${max} times a week`)) broken.push('K1');
  const steps = week.progression;
  // An advanced person already does the third set (rule T6), so that step is marked done for them alone.
  if (steps.map((s) => s.id).join() !== 'add-set,heavier,harder' || steps[0].done !== (level === 'advanced')
    || steps.slice(1).some((s) => s.done) || steps[2].moves.some((m) => !m.id)) broken.push('K2');
  return broken;
}
