/**
 * Rule K1 over time: sessions per week (Monday to Sunday, local time) against the level's target,
 * for this week and the 8 before it, and the streak of weeks on target.
 */
import type { Level } from '../content/vocabulary';

export const WEEKS_SHOWN = 9;

export interface WeekTarget {
  min: number;
  max: number;
  /** "1-2" or "2-3": the contract's `data-week-target`. */
  label: string;
}

export function weekTarget(level: Level): WeekTarget {
  return level === 'beginner' ? { min: 1, max: 2, label: '1-2' } : { min: 2, max: 3, label: '2-3' };
}

export interface WeekCount {
  /** Monday of the week, local date as YYYY-MM-DD. */
  start: string;
  count: number;
  onTarget: boolean;
  current: boolean;
}

/** Midnight of the Monday on or before `date`, local time. */
export function mondayOf(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

export const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Oldest first; the last entry is the current week. */
export function countWeeks(dates: string[], level: Level, now: Date, weeks = WEEKS_SHOWN): WeekCount[] {
  const target = weekTarget(level);
  const counts = new Map<string, number>();
  for (const date of dates) {
    const parsed = new Date(date);
    if (Number.isNaN(parsed.getTime())) continue;
    const key = localDay(mondayOf(parsed));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const thisMonday = mondayOf(now);
  return Array.from({ length: weeks }, (_, i) => {
    const monday = new Date(thisMonday);
    monday.setDate(monday.getDate() - 7 * (weeks - 1 - i));
    const start = localDay(monday);
    const count = counts.get(start) ?? 0;
    return { start, count, onTarget: count >= target.min && count <= target.max, current: i === weeks - 1 };
  });
}

/**
 * Weeks on target in a row, ending with this week if it is on target already, else with last
 * week (a week still under way is not a miss yet).
 */
export function streak(weeks: WeekCount[]): number {
  let end = weeks.length - 1;
  if (end >= 0 && !weeks[end]!.onTarget) end -= 1;
  let run = 0;
  for (let i = end; i >= 0 && weeks[i]!.onTarget; i--) run += 1;
  return run;
}
