/** The printed plan's gym log (src/lib/routine/print.ts): boxes a set, the strength moves' blank line. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { buildPlan, toRoutineMove } from '../../../src/lib/routine';
import { loadLineLabel, setBoxCount } from '../../../src/lib/routine/print';
import { inputsArb, seedArb } from './arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);

describe('the printed gym log', () => {
  test('one box a set, at least one', () => {
    expect(setBoxCount({ type: 'reps', sets: 3, reps: 10, perSide: false })).toBe(3);
    expect(setBoxCount({ type: 'hold', sets: 1, seconds: 20, repeats: 2, perSide: true })).toBe(1);
    expect(setBoxCount({ type: 'time', sets: 0, seconds: 30, perSide: false })).toBe(1);
  });

  test('a blank line for strength moves only, named by what the move is done with', () => {
    expect(loadLineLabel('strength', ['band'])).toBe('Band');
    expect(loadLineLabel('strength', ['dumbbells', 'bench'])).toBe('Weight');
    expect(loadLineLabel('strength', ['cable'])).toBe('Weight');
    expect(loadLineLabel('strength', ['stress-ball'])).toBe('Notes');
    expect(loadLineLabel('strength', [])).toBe('Notes');
    expect(loadLineLabel('warmup', ['band'])).toBeUndefined();
    expect(loadLineLabel('cooldown', [])).toBeUndefined();
  });

  test('every strength move of every plan gets a line and as many boxes as its sets', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => {
      const plan = buildPlan(REAL, { inputs, seed, swaps: [] });
      for (const phase of plan.phases) {
        for (const move of phase.moves) {
          expect(setBoxCount(move.dose)).toBe(move.dose.sets);
          expect(loadLineLabel(phase.id, move.equipment) !== undefined).toBe(phase.id === 'strength');
        }
      }
    }), { numRuns: 100 });
  });
});
