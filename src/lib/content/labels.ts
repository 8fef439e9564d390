import type { Level } from './vocabulary';

export { LEVEL_LABEL } from './vocabulary';

/** A move's level is the lowest it suits: a beginner move suits everyone. */
export const LEVEL_SUITS: Record<Level, string> = {
  beginner: 'Beginner and up',
  intermediate: 'Intermediate and up',
  advanced: 'Advanced only',
};
