import type { Level } from '../../schemas/common';

export const LEVEL_LABEL: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** A move's level is the lowest it suits: a beginner move suits everyone. */
export const LEVEL_SUITS: Record<Level, string> = {
  beginner: 'Beginner and up',
  intermediate: 'Intermediate and up',
  advanced: 'Advanced only',
};
