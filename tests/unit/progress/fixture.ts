import type { NewSession } from '../../../src/lib/progress/session';
import type { StoredSession } from '../../../src/lib/progress/record';

export const QUERY = 'level=beginner&equipment=band&minutes=20&focus=balanced&seed=7';

export function newSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    date: '2026-11-30T09:00:00.000Z',
    query: QUERY,
    level: 'beginner',
    minutes: 21,
    moves: [
      { id: 'arm-circles', phase: 'warmup', setsPlanned: 1, setsDone: 1, skipped: false },
      { id: 'band-row', phase: 'strength', setsPlanned: 1, setsDone: 1, skipped: false },
      { id: 'band-pull-apart', phase: 'strength', setsPlanned: 1, setsDone: 0, skipped: true },
      { id: 'doorway-chest-stretch', phase: 'cooldown', setsPlanned: 1, setsDone: 1, skipped: false },
    ],
    effort: 'about-right',
    source: 'manual',
    ...overrides,
  };
}

export function stored(id: string, overrides: Partial<StoredSession> = {}): StoredSession {
  return { v: 1, id, ...newSession(), ...overrides };
}
