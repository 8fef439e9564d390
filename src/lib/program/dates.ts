/**
 * The sessions' days: a week's sessions spread with a rest day between (K1), from the start date.
 * A week not yet done never lies in the past: when the log is behind, the weeks from the current
 * one on move to start today (a missed week is repeated, never skipped).
 */
import type { Position, ProgramSettings } from './types';

/** Days after a week's first day for each session, by sessions a week. */
const OFFSETS: Record<number, number[]> = { 1: [0], 2: [0, 3], 3: [0, 2, 4] };

/** Local midnight of a YYYY-MM-DD day. */
export function dayOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "7 Dec" (no locale: the same words in Node and every browser). */
export const shortDate = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]}`;

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** [week][session] → YYYY-MM-DD, or undefined without a start date. */
export function sessionDates(settings: ProgramSettings, position: Position, now?: Date): string[][] | undefined {
  if (!settings.start) return undefined;
  const start = dayOf(settings.start);
  const offsets = OFFSETS[settings.days] ?? OFFSETS[2]!;
  let currentStart = addDays(start, 7 * (position.week - 1));
  if (now && !position.finished) {
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    if (addDays(currentStart, 7) <= today) currentStart = today;
  }
  return Array.from({ length: settings.weeks }, (_, i) => {
    const first = i + 1 < position.week ? addDays(start, 7 * i) : addDays(currentStart, 7 * (i + 1 - position.week));
    return offsets.map((offset) => isoDay(addDays(first, offset)));
  });
}
