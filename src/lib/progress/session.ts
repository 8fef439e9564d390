/**
 * What one finished session hands to the progress log (the player's end screen and the builder's
 * "Log this session" button both produce it). The progress log owns how it is stored; callers only
 * build this record and pass it to `saveSession` (src/components/progress/storage.ts).
 */
import type { Level, PhaseId } from '../routine/types';

/** The answer to "How did it feel?"; "hurt" is "It hurt (sharp, or still there the next morning)". */
export type Effort = 'too-easy' | 'about-right' | 'too-hard' | 'hurt';

export interface SessionMoveRecord {
  /** The move page's slug. */
  id: string;
  phase: PhaseId;
  addon?: 'core' | 'grip';
  /** Sets in the plan (1 for warm-ups and stretches). */
  setsPlanned: number;
  /** Sets finished; 0 with `skipped` when the person skipped the move. */
  setsDone: number;
  skipped: boolean;
}

export interface NewSession {
  /** When the session ended, as an ISO 8601 string. */
  date: string;
  /** The plan's query (encodeRequest), so the log can open the same plan again. */
  query: string;
  level: Level;
  /** Minutes actually taken (rounded), or the plan's estimate when logged by hand. */
  minutes: number;
  moves: SessionMoveRecord[];
  effort: Effort;
  /** Where it was logged from. */
  source: 'player' | 'manual';
}
