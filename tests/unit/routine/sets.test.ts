/**
 * A program's sessions (rule K4): the plan codec's optional `sets` and `reps`, and plans with 2 or 3
 * sets or reps at the top of the range that still keep every rule in the independent checker.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { buildPlan, check, decodeRequest, encodeRequest, toRoutineMove, SETS_BY_LEVEL, type PlannedMove } from '../../../src/lib/routine';
import { inputsArb, seedArb } from './arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);
const strength = (moves: { phases: { id: string; moves: PlannedMove[] }[] }) => moves.phases.find((p) => p.id === 'strength')!.moves;
const withSets = inputsArb.chain((inputs) =>
  fc.record({ sets: fc.integer({ min: SETS_BY_LEVEL[inputs.level], max: 3 }), more: fc.boolean() }).map(({ sets, more }) => ({
    ...inputs, sets, ...(more && { reps: 'more' as const }),
  })));

describe('sets and reps in the plan link', () => {
  test('decode(encode(x)) keeps sets and reps, with nothing ignored', () => {
    fc.assert(fc.property(withSets, seedArb, (inputs, seed) => {
      const decoded = decodeRequest(encodeRequest({ inputs, seed, swaps: [] }));
      expect(decoded.ignored).toEqual([]);
      expect(decoded.inputs).toEqual(inputs);
    }), { numRuns: 300 });
  });

  test('a link without them is written as before', () => {
    expect(encodeRequest({ inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] }, seed: 3, swaps: [] }))
      .toBe('level=beginner&equipment=band&minutes=20&focus=balanced&seed=3');
    expect(encodeRequest({ inputs: { level: 'beginner', equipment: ['band'], minutes: 30, focus: 'balanced', addons: [], sets: 2, reps: 'more' }, seed: 3, swaps: [] }))
      .toBe('level=beginner&equipment=band&minutes=30&focus=balanced&sets=2&reps=more&seed=3');
  });

  test('damaged values are dropped and said: more than 3 sets, none, an unknown reps', () => {
    for (const [search, said] of [['sets=4', 'sets “4”'], ['sets=0', 'sets “0”'], ['sets=two', 'sets “two”'], ['reps=lots', 'reps “lots”']] as const) {
      const decoded = decodeRequest(search);
      expect(decoded.inputs.sets, search).toBeUndefined();
      expect(decoded.inputs.reps).toBeUndefined();
      expect(decoded.ignored.join('; '), search).toContain(said);
    }
  });

  test('fewer sets than the level\'s never lower the plan (T6): the level\'s sets are built', () => {
    const decoded = decodeRequest('level=advanced&sets=1&seed=1');
    const plan = buildPlan(REAL, { inputs: decoded.inputs, seed: 1, swaps: [] });
    expect(new Set(strength(plan).map((m) => m.dose.sets))).toEqual(new Set([3]));
    expect(check(plan, REAL)).toEqual([]);
  });
});

describe('the engine builds the sets and reps a program asks for', () => {
  test('every strength move has the asked sets (never above 3) and every rule holds: 400 cases', () => {
    fc.assert(fc.property(withSets, seedArb, (inputs, seed) => {
      const plan = buildPlan(REAL, { inputs, seed, swaps: [] });
      expect(check(plan, REAL), JSON.stringify(inputs)).toEqual([]);
      for (const move of strength(plan)) expect(move.dose.sets).toBe(inputs.sets);
    }), { numRuns: 400 });
  }, 60_000);

  test('reps at the top of the range: a quarter more, at least one more', () => {
    const inputs = { level: 'beginner' as const, equipment: ['band' as const], minutes: 45 as const, focus: 'balanced' as const, addons: [] };
    const plain = strength(buildPlan(REAL, { inputs, seed: 1, swaps: [] }));
    const more = strength(buildPlan(REAL, { inputs: { ...inputs, reps: 'more' as const }, seed: 1, swaps: [] }));
    expect(more.map((m) => m.id)).toEqual(plain.map((m) => m.id));
    for (const [i, move] of more.entries()) {
      const [a, b] = [plain[i]!.dose, move.dose];
      const amount = (d: typeof a) => (d.type === 'reps' ? d.reps : d.type === 'hold' ? d.repeats : d.seconds);
      expect(amount(b)).toBeGreaterThan(amount(a));
      expect(amount(b)).toBeLessThanOrEqual(Math.max(amount(a) + 5, Math.ceil(amount(a) * 1.25)));
    }
  });

  test('the checker refuses sets the link did not ask for, and reps off the range', () => {
    const inputs = { level: 'beginner' as const, equipment: ['band' as const], minutes: 45 as const, focus: 'balanced' as const, addons: [], sets: 2 };
    const plan = buildPlan(REAL, { inputs, seed: 1, swaps: [] });
    expect(check(plan, REAL)).toEqual([]);
    const edited = (dose: (d: PlannedMove['dose']) => PlannedMove['dose']) => ({
      ...plan, phases: plan.phases.map((p) => (p.id === 'strength' ? { ...p, moves: p.moves.map((m) => ({ ...m, dose: dose(m.dose) })) } : p)),
    });
    expect(check(edited((d) => ({ ...d, sets: 3 })), REAL)).toContain('T6');
    expect(check(edited((d) => ({ ...d, sets: 4 })), REAL)).toContain('T6');
    expect(check({ ...plan, inputs: { ...plan.inputs, reps: 'more' as const } }, REAL)).toContain('T6');
  });
});
