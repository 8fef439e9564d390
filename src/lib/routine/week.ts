/**
 * Rules K1 and K2: how often to train and how to progress. They depend on the level alone, so the
 * page works them out at build time for each level (kept out of the island's JavaScript).
 * checkWeek (check/week.ts) checks them.
 */
import type { Level, ProgressionStep, RoutineMove, Week } from './types';
import { compareById, levelRank, placeOf } from './model';
import { SETS_BY_LEVEL } from './time';

export function planWeek(catalogue: RoutineMove[], level: Level): Week {
  const sets = SETS_BY_LEVEL[level];
  // Harder variations: the upper-back moves of the levels above, the next level first.
  const harder = catalogue
    .filter((m) => placeOf(m) === 'upper-back' && m.use.includes('session') && levelRank(m.level) > levelRank(level))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || compareById(a, b))
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
