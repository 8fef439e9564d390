import { describe, expect, it } from 'vitest';
import { formatDose, formatSeconds } from '../../../src/lib/dose';

describe('formatDose', () => {
  it('says each kind of dose in plain words', () => {
    expect(formatDose({ type: 'reps', sets: 2, reps: 10, perSide: false })).toBe('2 sets of 10 reps');
    expect(formatDose({ type: 'reps', sets: 1, reps: 8, perSide: true })).toBe('1 set of 8 reps, each side');
    expect(formatDose({ type: 'hold', seconds: 20, repeats: 3, perSide: false })).toBe('hold 20 s, 3 times');
    expect(formatDose({ type: 'time', seconds: 90, perSide: false })).toBe('1 min 30 s');
  });
  it('formats whole minutes without seconds', () => {
    expect(formatSeconds(300)).toBe('5 min');
    expect(formatSeconds(45)).toBe('45 s');
  });
});
