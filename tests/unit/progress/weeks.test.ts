import { describe, expect, test } from 'vitest';
import { countWeeks, localDay, mondayOf, streak, weekTarget } from '../../../src/lib/progress/weeks';

// Local-time dates, so the test means the same in every time zone.
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).toISOString();
const now = new Date(2026, 10, 30, 12); // Monday 30 November 2026

test('weekTarget follows K1', () => {
  expect(weekTarget('beginner')).toEqual({ min: 1, max: 2, label: '1-2' });
  expect(weekTarget('intermediate').label).toBe('2-3');
  expect(weekTarget('advanced').label).toBe('2-3');
});

test('mondayOf: Sunday belongs to the week before, Monday starts one', () => {
  expect(localDay(mondayOf(new Date(2026, 10, 29, 23)))).toBe('2026-11-23');
  expect(localDay(mondayOf(new Date(2026, 10, 30, 0, 1)))).toBe('2026-11-30');
});

describe('countWeeks', () => {
  test('this week and the 8 before it, oldest first', () => {
    const weeks = countWeeks([at(2026, 11, 30), at(2026, 11, 24), at(2026, 11, 26), at(2026, 11, 27), at(2026, 10, 1)], 'beginner', now);
    expect(weeks).toHaveLength(9);
    expect(weeks[0]!.start).toBe('2026-10-05');
    expect(weeks.at(-1)).toEqual({ start: '2026-11-30', count: 1, onTarget: true, current: true });
    // Three sessions in a week is over a beginner's 1-2.
    expect(weeks.at(-2)).toEqual({ start: '2026-11-23', count: 3, onTarget: false, current: false });
    expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(4); // the October 1st session is older than 9 weeks
  });

  test('skips dates that are no dates', () => {
    expect(countWeeks(['nonsense'], 'beginner', now).every((w) => w.count === 0)).toBe(true);
  });
});

describe('streak', () => {
  const weeks = (counts: number[]) => counts.map((count, i) => ({ start: String(i), count, onTarget: count >= 2 && count <= 3, current: i === counts.length - 1 }));
  test('counts this week when it is on target', () => expect(streak(weeks([0, 2, 3, 2]))).toBe(3));
  test('a week under way that is not on target yet does not break it', () => expect(streak(weeks([2, 2, 3, 0]))).toBe(3));
  test('a missed week ends it', () => expect(streak(weeks([2, 0, 2, 1]))).toBe(1));
  test('nothing logged: no streak', () => expect(streak(weeks([0, 0]))).toBe(0));
});
