import { describe, expect, it } from 'vitest';
import { formatDose, formatMinutes, formatSeconds } from '../../../src/lib/dose';
import { plural } from '../../../src/lib/words';

describe('formatDose (the one dose formatter: pages, builder, player, log, calendar)', () => {
  it('says each kind of page dose in plain words', () => {
    expect(formatDose({ type: 'reps', sets: 2, reps: 10, perSide: false })).toBe('2 sets × 10 reps');
    expect(formatDose({ type: 'reps', sets: 1, reps: 8, perSide: true })).toBe('1 set × 8 reps, each side');
    expect(formatDose({ type: 'hold', seconds: 20, repeats: 3, perSide: false })).toBe('hold 20 s, 3 times');
    expect(formatDose({ type: 'time', seconds: 90, perSide: false })).toBe('1 min 30 s');
  });
  it('names a planned dose\'s sets only when asked (a plan\'s strength moves)', () => {
    expect(formatDose({ type: 'reps', sets: 1, reps: 12, perSide: false }, false)).toBe('12 reps');
    expect(formatDose({ type: 'hold', sets: 2, seconds: 5, repeats: 10, perSide: false }, true)).toBe('2 sets × hold 5 s, 10 times');
    expect(formatDose({ type: 'time', sets: 1, seconds: 40, perSide: true }, false)).toBe('40 s, each side');
  });
  it('formats whole minutes without seconds', () => {
    expect(formatSeconds(300)).toBe('5 min');
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatMinutes(20)).toBe('1 min');
    expect(formatMinutes(1290)).toBe('22 min');
  });
});

describe('plural', () => {
  it('says one and many', () => {
    expect(plural(1, 'set')).toBe('1 set');
    expect(plural(0, 'session')).toBe('0 sessions');
    expect(plural(3, 'move', 'moves')).toBe('3 moves');
  });
});
