/** Rule K3: a 1-to-2-minute desk break of up to three moves, each at a real dose. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { buildPlan, check, toRoutineMove, type RoutineInputs, type RoutineMove } from '../../../src/lib/routine';
import { inputsArb, seedArb } from './arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);
const page = (id: string, catalogue: RoutineMove[]) => catalogue.find((m) => m.id === id)!.dose;
/** The number a dose scales by: reps, hold repeats, or seconds. */
const amount = (dose: RoutineMove['dose']) => (dose.type === 'reps' ? dose.reps : dose.type === 'hold' ? dose.repeats : dose.seconds);

/** Up to three moves, 60-120 s, each dose at least half its page's and at most the page's. */
function expectRealDeskBreak(catalogue: RoutineMove[], inputs: RoutineInputs, seed: number) {
  const { deskBreak } = buildPlan(catalogue, { inputs, seed, swaps: [] });
  expect(deskBreak.moves.length).toBeGreaterThanOrEqual(1);
  expect(deskBreak.moves.length).toBeLessThanOrEqual(3);
  expect(deskBreak.seconds).toBeGreaterThanOrEqual(60);
  expect(deskBreak.seconds).toBeLessThanOrEqual(120);
  for (const move of deskBreak.moves) {
    const full = amount(page(move.id, catalogue));
    expect(amount(move.dose), move.id).toBeGreaterThanOrEqual(Math.ceil(full / 2));
    expect(amount(move.dose), move.id).toBeLessThanOrEqual(full);
  }
}

const DESK: RoutineInputs = { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'posture', addons: [] };

describe('K3', () => {
  test('the real catalogue: real doses, never a rep or two', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => expectRealDeskBreak(REAL, inputs, seed)), { numRuns: 200 });
  }, 60_000);

  test('adding desk-break moves in frontmatter keeps it to three moves at real doses', () => {
    const extra = ['chin-tuck', 'scapular-squeeze', 'band-pull-apart'].map((id, i) => ({ ...REAL.find((m) => m.id === id)!, id: `desk-extra-${i}` }));
    const catalogue = [...REAL, ...extra];
    for (let seed = 0; seed < 30; seed++) {
      expectRealDeskBreak(catalogue, DESK, seed);
      expect(check(buildPlan(catalogue, { inputs: DESK, seed, swaps: [] }), catalogue)).toEqual([]);
    }
  });

  test('fewer moves beat tiny doses: three 105 s holds give one or two moves, not three cut short', () => {
    // A 5 s hold 10 times takes 10 x (5 + 5) + 5 = 105 s; half of it 55 s. Three halves are 165 s.
    const hold = (id: string): RoutineMove => ({ ...REAL.find((m) => m.id === 'chin-tuck')!, id, dose: { type: 'hold', seconds: 5, repeats: 10, perSide: false } });
    const catalogue = [...REAL.filter((m) => !m.use.includes('desk-break')), hold('hold-a'), hold('hold-b'), hold('hold-c')];
    const { deskBreak } = buildPlan(catalogue, { inputs: DESK, seed: 3, swaps: [] });
    expect(deskBreak.moves.length).toBe(2);
    expect(deskBreak.moves.every((m) => m.dose.type === 'hold' && m.dose.repeats >= 5)).toBe(true);
  });

  test('a desk move too short to make a minute is said plainly (X1), never stretched or hidden', () => {
    const tiny: RoutineMove = { ...REAL.find((m) => m.id === 'chin-tuck')!, id: 'tiny', dose: { type: 'reps', sets: 1, reps: 4, perSide: false } };
    const catalogue = [...REAL.filter((m) => !m.use.includes('desk-break')), tiny];
    const plan = buildPlan(catalogue, { inputs: DESK, seed: 1, swaps: [] });
    expect(plan.deskBreak.moves.map((m) => m.dose)).toEqual([{ type: 'reps', sets: 1, reps: 4, perSide: false }]);
    expect(plan.notes.find((n) => n.explains.includes('K3'))?.text).toMatch(/1 to 2 minutes/);
    expect(check(plan, catalogue)).toEqual([]);
  });
});
