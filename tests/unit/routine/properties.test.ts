/**
 * Properties over catalogues (rules S1-M1, K3, X1): whatever the moves, every rule holds or the
 * plan carries the X1 / M1 note that explains why it cannot (the checker verifies the reason).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { buildPlan, check, toRoutineMove, type Plan, type RoutineMove } from '../../../src/lib/routine';
import { catalogueArb, editedArb, inputsArb, seedArb } from './arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);

function expectLawful(plan: Plan, catalogue: RoutineMove[]) {
  expect(check(plan, catalogue), `${JSON.stringify(plan.inputs)} seed ${plan.seed}`).toEqual([]);
}

const lawful = (catalogue: RoutineMove[], inputs: Plan['inputs'], seed: number) =>
  expectLawful(buildPlan(catalogue, { inputs, seed, swaps: [] }), catalogue);

describe('every rule holds or a note explains it (3,000 cases)', () => {
  test('the real catalogue, any inputs and seed: 800 cases', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => lawful(REAL, inputs, seed)), { numRuns: 800 });
  }, 60_000);

  test('random catalogues within the move schema\'s limits: 1,200 cases', () => {
    fc.assert(fc.property(catalogueArb(), inputsArb, seedArb, lawful), { numRuns: 1200 });
  }, 60_000);

  test('the real catalogue with moves taken out and added: 1,000 cases', () => {
    fc.assert(fc.property(editedArb(REAL), inputsArb, seedArb, lawful), { numRuns: 1000 });
  }, 60_000);
});

test('the same inputs and seed give the same plan, whatever the catalogue order', () => {
  fc.assert(
    fc.property(editedArb(REAL), inputsArb, seedArb, fc.integer(), (catalogue, inputs, seed, salt) => {
      const shuffled = [...catalogue].sort((a, b) => ((a.id.length * salt) % 7) - ((b.id.length * salt) % 7) || (a.id < b.id ? 1 : -1));
      expect(buildPlan(shuffled, { inputs, seed, swaps: [] })).toEqual(buildPlan(catalogue, { inputs, seed, swaps: [] }));
    }),
    { numRuns: 150 },
  );
});
