/**
 * The words a move page uses for its coaching: the tempo, the rest and the sets the routine builder
 * chooses, and the desk-break doses. The numbers come from the builder's own constants and from the
 * moves' frontmatter, so no page states a figure of its own.
 */
import { REST_BETWEEN_SETS, SETS_BY_LEVEL, STRETCH_HOLD, WARMUP_SECONDS, moveSeconds } from './routine/time';
import { DESK_BREAK_SECONDS } from './routine/deskbreak';
import { formatDose, formatSeconds } from './dose';
import { LEVELS, type MoveKind } from './content/vocabulary';
import type { Tempo } from '../schemas/coaching';
import type { Dose } from '../schemas/move';

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** "1 s to the end position, a 1 s pause, 2 s back" (a zero pause reads "no pause"). */
export function formatTempo(tempo: Tempo): string {
  const pause = tempo.hold === 0 ? 'no pause' : `a ${formatSeconds(tempo.hold)} pause`;
  return `${formatSeconds(tempo.out)} to the end position, ${pause}, ${formatSeconds(tempo.back)} back`;
}

/** The rest between sets: the builder's own figure. */
export const REST_TEXT = `${formatSeconds(REST_BETWEEN_SETS)} between sets, none after the last`;

/** "1 set at beginner level, 2 at intermediate, 3 at advanced" (rule T6). */
export function setsByLevelText(): string {
  return LEVELS.map((level, i) => `${i === 0 ? plural(SETS_BY_LEVEL[level], 'set') : SETS_BY_LEVEL[level]} at ${level}${i === 0 ? ' level' : ''}`).join(', ');
}

const minutes = (s: number) => formatSeconds(s).replace(' min', ' minutes').replace(/^1 minutes/, '1 minute');

/** What the routine builder does with this page's dose, by kind (and for desk-break moves). */
export function routineDoseNote(kind: MoveKind, use: readonly string[]): string {
  const desk = use.includes('desk-break')
    ? ` In a desk break it fits the dose into a break of ${minutes(DESK_BREAK_SECONDS.min)} to ${minutes(DESK_BREAK_SECONDS.max)}.`
    : '';
  if (kind === 'exercise') {
    const session = use.includes('session')
      ? `In a routine, the builder sets the number of sets by your level: ${setsByLevelText()}; the reps or hold time are this page's.`
      : 'The routine builder uses this move in desk breaks, not in the strength part of a session.';
    return `${session}${desk}`;
  }
  if (kind === 'warmup') return `In a routine, the builder fits this dose into a warm-up of about ${minutes(WARMUP_SECONDS.target)}, moving from one warm-up to the next without rest.${desk}`;
  return `In a routine, the builder keeps each hold between ${STRETCH_HOLD.minSeconds} and ${STRETCH_HOLD.maxSeconds} seconds, repeated ${STRETCH_HOLD.minRepeats} or ${STRETCH_HOLD.maxRepeats} times.${desk}`;
}

export interface DeskBreakMove {
  id: string;
  title: string;
  url: string;
  use: readonly string[];
  dose: Dose;
  equipment: readonly (readonly string[])[];
}

export interface DeskBreakItem {
  title: string;
  url: string;
  dose: string;
  /** What to have at hand ("Resistance band"), or '' when some way of doing it needs nothing bought. */
  needs: string;
}

/** The desk-break moves with their pages' doses: moves that need nothing first, then by title. */
export function deskBreakItems(moves: DeskBreakMove[], assumed: readonly string[], label: (id: string) => string): DeskBreakItem[] {
  const needsOf = (move: DeskBreakMove) => {
    if (move.equipment.some((set) => set.every((item) => assumed.includes(item)))) return '';
    return (move.equipment[0] ?? []).filter((item) => !assumed.includes(item)).map(label).join(' + ');
  };
  return moves
    .filter((move) => move.use.includes('desk-break'))
    .map((move) => ({ title: move.title, url: move.url, dose: formatDose(move.dose), needs: needsOf(move) }))
    .sort((a, b) => Number(a.needs !== '') - Number(b.needs !== '') || a.title.localeCompare(b.title));
}

/**
 * How long one full round of the desk-break moves takes at their pages' doses (the builder's time
 * model), and what fits a break of the builder's length: so the guide never states a length of its own.
 */
export function deskRoundText(doses: readonly Dose[]): string {
  const seconds = doses.reduce((sum, dose) => sum + moveSeconds({ ...dose, sets: 1 }, 'desk'), 0);
  const { min, max } = DESK_BREAK_SECONDS;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `Done in full at these doses, one round of all ${doses.length} takes about ${plural(minutes, 'minute')}. For a break of ${min / 60} to ${max / 60} minutes, pick one or two of them, or let the routine builder fit a round into that time for you.`;
}
