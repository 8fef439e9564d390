/**
 * Rules K1 and K2: how often to train and how to progress. They depend on the level alone, so the
 * page works them out at build time for each level (kept out of the island's JavaScript).
 */
import type { Level, ProgressionStep, RoutineMove, RuleId, Week } from './types';
import { LEVEL_RANK, byId, roleOf } from './model';
import { SETS_BY_LEVEL } from './time';

export function planWeek(catalogue: RoutineMove[], level: Level): Week {
  const sets = SETS_BY_LEVEL[level];
  // Harder variations: the upper-back moves of the levels above, the next level first.
  const harder = catalogue
    .filter((m) => roleOf(m) === 'upper-back' && m.use.includes('session') && LEVEL_RANK[m.level] > LEVEL_RANK[level])
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byId(a, b))
    .slice(0, 3)
    .map(({ id, title, url }) => ({ id, title, url }));
  const progression: ProgressionStep[] = [
    {
      id: 'add-set',
      done: sets >= 3,
      text: sets >= 3 ? 'You already do 3 sets of each strength move.' : `Add a set: when ${sets > 1 ? `${sets} sets feel` : '1 set feels'} easy with good form, do ${sets + 1}.`,
      moves: [],
    },
    { id: 'heavier', done: false, text: 'Then choose slightly heavier weights or a stronger band.', moves: [] },
    { id: 'harder', done: false, text: `Then try harder variations${harder.length ? ':' : ' of your moves.'}`, moves: harder },
  ];
  const sessionsPerWeek = level === 'beginner' ? { min: 1, max: 2 } : { min: 2, max: 3 };
  const text = `Do this plan ${sessionsPerWeek.min} to ${sessionsPerWeek.max} times a week, with a rest day in between. Progress one step at a time, never all at once:`;
  return { sessionsPerWeek, text, progression };
}

/** K1: 1-2 sessions a week for beginners, 2-3 for the others; K2: add a set, then heavier, then harder, in that order. */
export function checkWeek(week: Week, level: Level): RuleId[] {
  const broken: RuleId[] = [];
  const { min, max } = week.sessionsPerWeek;
  if (`${min}-${max}` !== (level === 'beginner' ? '1-2' : '2-3') || !week.text.includes(`${min} to ${max} times a week`)) broken.push('K1');
  const steps = week.progression;
  if (steps.map((s) => s.id).join() !== 'add-set,heavier,harder' || steps[0].done !== SETS_BY_LEVEL[level] >= 3
    || steps[2].moves.some((m) => !m.id)) broken.push('K2');
  return broken;
}
