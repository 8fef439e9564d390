import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { CHOOSABLE_EQUIPMENT } from '../../../src/schemas/equipment';
import {
  ADDONS, CHOOSABLE, FOCUSES, LEVELS, LEVEL_LABELS, MAX_SEED, SESSION_MINUTES, EQUIPMENT_NAMES,
  addSwap, buildPlan, check, nextSwap, swapOptions, toRoutineMove,
  type RoutineInputs, type RoutineMove, type Plan,
} from '../../../src/lib/routine';
import { FIXTURE, inputsArb } from './fixture';
import { LEVELS as VOCABULARY_LEVELS, LEVEL_LABEL } from '../../../src/lib/content/vocabulary';

const REAL = loadCatalogue().map(toRoutineMove);

const seedArb = fc.integer({ min: 0, max: MAX_SEED });

const build = (catalogue: RoutineMove[], inputs: RoutineInputs, seed: number, swaps: Plan['swaps'] = []) =>
  buildPlan(catalogue, { inputs, seed, swaps });

/** Every rule holds, or the plan carries the X1 / M1 note that explains why it cannot (the checker verifies the reason). */
function expectLawful(plan: Plan, catalogue: RoutineMove[]) {
  expect(check(plan, catalogue), JSON.stringify(plan.inputs) + ` seed ${plan.seed}`).toEqual([]);
  for (const note of plan.notes) expect(['X1', 'M1']).toContain(note.rule);
}

test('the builder\'s equipment list is the schema\'s choosable list, each with a name', () => {
  expect([...CHOOSABLE]).toEqual(CHOOSABLE_EQUIPMENT.map((item) => item.id));
  expect(Object.keys(EQUIPMENT_NAMES).sort()).toEqual([...CHOOSABLE].sort());
});

// The island keeps its own small copies of these lists (the shared vocabulary would cost its JS
// budget); these checks hold them to the one source.
test("the builder's levels and level names are the content model's", () => {
  expect([...LEVELS]).toEqual([...VOCABULARY_LEVELS]);
  expect(LEVEL_LABELS).toEqual(LEVEL_LABEL);
});

test('the real catalogue has every kind of move the rules need', () => {
  expect(REAL.filter((m) => m.kind === 'warmup').length).toBeGreaterThanOrEqual(4);
  expect(REAL.filter((m) => m.kind === 'stretch').length).toBeGreaterThanOrEqual(3);
  expect(REAL.some((m) => m.pattern === 'row')).toBe(true);
});

describe('every input combination gives a plan that keeps the rules or says why it cannot', () => {
  test('real content: 2,400 generated cases (levels x equipment x lengths x focus x add-ons x seeds)', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => expectLawful(build(REAL, inputs, seed), REAL)), { numRuns: 2400 });
  });

  test('real content: each of the 18,432 input combinations once, with a seed of its own', () => {
    let n = 0;
    for (const level of LEVELS) for (let mask = 0; mask < 1 << CHOOSABLE.length; mask++) for (const minutes of SESSION_MINUTES)
      for (const focus of FOCUSES) for (let a = 0; a < 4; a++) {
        const inputs: RoutineInputs = {
          level, minutes, focus,
          equipment: CHOOSABLE.filter((_, i) => mask & (1 << i)),
          addons: ADDONS.filter((_, i) => a & (1 << i)),
        };
        const plan = build(REAL, inputs, (n++ * 2654435761) >>> 0);
        const broken = check(plan, REAL);
        if (broken.length) expect(broken, JSON.stringify(inputs)).toEqual([]);
      }
    expect(n).toBe(3 * 128 * 4 * 3 * 4);
  }, 120_000);

  test('fixture catalogue: 1,000 generated cases', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => expectLawful(build(FIXTURE, inputs, seed), FIXTURE)), { numRuns: 1000 });
  });

  test('an empty catalogue still gives a plan whose every gap is explained', () => {
    fc.assert(fc.property(inputsArb, seedArb, (inputs, seed) => expectLawful(build([], inputs, seed), [])), { numRuns: 50 });
  });
});

describe('X1 and M1 messages', () => {
  test('no row possible: the plan says a band (the cheapest) unlocks one, and still shows the rest', () => {
    const plan = build(REAL, { level: 'beginner', equipment: [], minutes: 20, focus: 'balanced', addons: [] }, 3);
    const note = plan.notes.find((n) => n.explains.includes('T2'));
    expect(note?.rule).toBe('X1');
    expect(note?.text).toMatch(/resistance band \(the cheapest option\)/);
    expect(plan.phases.map((p) => p.moves.length > 0)).toEqual([true, true, true]);
  });
  test('the minimum does not fit: M1 says so plainly and the plan keeps 3 moves and 3 stretches', () => {
    const plan = build(REAL, { level: 'advanced', equipment: ['band', 'dumbbells'], minutes: 15, focus: 'strength', addons: [] }, 9);
    expect(plan.notes.find((n) => n.rule === 'M1')?.text).toMatch(/more than your 15/);
    expect(plan.phases[1].moves).toHaveLength(3);
    expect(plan.phases[2].moves).toHaveLength(3);
    expect(plan.totalSeconds).toBeGreaterThan(15 * 60);
  });
  test('a plan that fits carries no M1 note', () => {
    const plan = build(REAL, { level: 'beginner', equipment: ['band'], minutes: 45, focus: 'balanced', addons: ['core', 'grip'] }, 4);
    expect(plan.notes.filter((n) => n.rule === 'M1')).toEqual([]);
    expect(plan.totalSeconds).toBeLessThanOrEqual(45 * 60);
  });
});

describe('determinism', () => {
  test('the same inputs and seed give the same plan, whatever the catalogue order', () => {
    fc.assert(
      fc.property(inputsArb, seedArb, fc.integer(), (inputs, seed, salt) => {
        const shuffled = [...REAL].sort((a, b) => ((a.id.length * salt) % 7) - ((b.id.length * salt) % 7));
        expect(build(shuffled, inputs, seed)).toEqual(build(REAL, inputs, seed));
      }),
      { numRuns: 200 },
    );
  });
  test('a fixed plan is pinned, so an engine or refactor change that alters plans is noticed', () => {
    const plan = build(FIXTURE, { level: 'intermediate', equipment: ['band', 'dumbbells'], minutes: 30, focus: 'posture', addons: ['core'] }, 42);
    const ids = plan.phases.map((p) => p.moves.map((m) => m.id));
    // Same call, same result: and the result has the rule-given shape.
    expect(build(FIXTURE, plan.inputs, 42).phases.map((p) => p.moves.map((m) => m.id))).toEqual(ids);
    expect(ids[1].at(-1)).toBe('floor-bridge');
  });
  test('different seeds give different plans', () => {
    const inputs: RoutineInputs = { level: 'intermediate', equipment: ['band', 'dumbbells', 'bench'], minutes: 45, focus: 'balanced', addons: [] };
    const keys = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(build(REAL, inputs, seed).phases.map((p) => p.moves.map((m) => m.id)))));
    expect(keys.size).toBeGreaterThan(5);
  });
});

describe('swaps (rule U2)', () => {
  test('every offered swap keeps every rule true, and the link rebuilds the swapped plan', () => {
    fc.assert(
      fc.property(inputsArb, seedArb, fc.nat(), (inputs, seed, pick) => {
        const plan = build(REAL, inputs, seed);
        const moves = plan.phases.flatMap((p) => p.moves);
        const from = moves[pick % moves.length].id;
        for (const to of swapOptions(REAL, plan, from)) {
          const swapped = build(REAL, inputs, seed, [{ from, to }]);
          expect(swapped.ignoredSwaps).toEqual([]);
          expect(check(swapped, REAL)).toEqual([]);
          const ids = swapped.phases.flatMap((p) => p.moves.map((m) => m.id));
          expect(ids).toContain(to);
          expect(ids).not.toContain(from);
        }
      }),
      { numRuns: 600 },
    );
  });
  test('pressing swap again and again goes round the options and back', () => {
    const inputs: RoutineInputs = { level: 'intermediate', equipment: ['band', 'dumbbells'], minutes: 45, focus: 'balanced', addons: [] };
    let plan = build(REAL, inputs, 5);
    const slot = plan.phases[1].moves.findIndex((m) => !m.addon);
    const start = plan.phases[1].moves[slot].id;
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const current = plan.phases[1].moves[slot].id;
      const next = nextSwap(REAL, plan, current);
      if (!next) break;
      plan = buildPlan(REAL, { inputs, seed: 5, swaps: addSwap(plan.swaps, current, next) });
      seen.add(next);
      if (plan.phases[1].moves[slot].id === start) break;
    }
    expect(seen.size).toBeGreaterThan(0);
    expect(plan.phases[1].moves[slot].id).toBe(start);
    expect(plan.swaps).toEqual([]);
  });
  test('a swap that would break a rule, or names a move not in the plan, is ignored and reported', () => {
    const inputs: RoutineInputs = { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] };
    const plan = build(REAL, inputs, 1);
    const row = plan.phases[1].moves.find((m) => REAL.find((r) => r.id === m.id)?.pattern === 'row')!;
    const result = build(REAL, inputs, 1, [{ from: row.id, to: 'renegade-row' }, { from: 'not-a-move', to: 'band-row' }]);
    expect(result.ignoredSwaps.map((s) => s.swap.from)).toEqual([row.id, 'not-a-move']);
    expect(result.phases).toEqual(plan.phases);
  });
});

test('T8: focus changes the mix, never the rules', () => {
  const count = (focus: RoutineInputs['focus'], pattern: string) => {
    let n = 0;
    for (let seed = 0; seed < 300; seed++) {
      const plan = build(REAL, { level: 'intermediate', equipment: ['band', 'dumbbells', 'cable', 'bench'], minutes: 30, focus, addons: [] }, seed);
      expect(check(plan, REAL)).toEqual([]);
      n += plan.phases[1].moves.filter((m) => REAL.find((r) => r.id === m.id)?.pattern === pattern).length;
    }
    return n;
  };
  expect(count('posture', 'posture')).toBeGreaterThan(count('strength', 'posture'));
  expect(count('strength', 'row')).toBeGreaterThan(count('posture', 'row'));
});
