/**
 * Rule U2 and the link (U1): a swap names the slot it fills, so any sequence of swaps leaves a
 * plan that keeps every rule and shows what the person chose, and the link rebuilds it.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import {
  buildPlan, check, decodeRequest, encodeRequest, nextSwap, setSwap, swapOptions, toRoutineMove,
  type Plan, type RoutineInputs, type RoutineMove,
} from '../../../src/lib/routine';
import { editedArb, inputsArb, seedArb } from './arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);
const INPUTS: RoutineInputs = { level: 'intermediate', equipment: ['band', 'dumbbells'], minutes: 45, focus: 'balanced', addons: [] };

const slots = (plan: Plan) => plan.phases.flatMap((p) => p.moves.map((m) => m.slot!));
const moveIn = (plan: Plan, slot: string) => plan.phases.flatMap((p) => p.moves).find((m) => m.slot === slot)?.id;

/** What the swap button does: the slot's new move, the plan rebuilt from the link's swaps. */
function press(catalogue: RoutineMove[], plan: Plan, slot: string, to: string): Plan {
  return buildPlan(catalogue, { inputs: plan.inputs, seed: plan.seed, swaps: setSwap(plan.swaps, slot, to) });
}

describe('a swap fills a slot', () => {
  test('a->b, then c->a, then b->c leaves c and a in the two slots, in the plan and in the link', () => {
    const plan = buildPlan(REAL, { inputs: INPUTS, seed: 5, swaps: [] });
    const [a, c] = plan.phases[1].moves.map((m) => m.id);
    const b = swapOptions(REAL, plan, a).find((id) => !slots(plan).includes(id))!;
    expect(b).toBeDefined();
    const first = press(REAL, plan, a, b);
    const second = press(REAL, first, c, a);
    const third = press(REAL, second, a, c);
    for (const step of [first, second, third]) {
      expect(step.ignoredSwaps).toEqual([]);
      expect(check(step, REAL)).toEqual([]);
    }
    expect(third.phases[1].moves.slice(0, 2).map((m) => m.id)).toEqual([c, a]);
    expect(third.swaps).toEqual([{ from: c, to: a }, { from: a, to: c }]);
    // The link keeps one swap a slot, `from` being the unswapped plan's move there.
    const link = decodeRequest(encodeRequest(third));
    expect(buildPlan(REAL, { inputs: link.inputs, seed: link.seed!, swaps: link.swaps }).phases).toEqual(third.phases);
  });

  test('pressing swap again and again goes round the options and back to the slot\'s own move', () => {
    let plan = buildPlan(REAL, { inputs: INPUTS, seed: 5, swaps: [] });
    const slot = plan.phases[1].moves[0].slot!;
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      const to = nextSwap(REAL, plan, slot);
      if (!to) break;
      plan = press(REAL, plan, slot, to);
      expect(moveIn(plan, slot)).toBe(to);
      seen.push(to);
      if (to === slot) break;
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(slot);
    expect(plan.swaps).toEqual([]);
  });

  test('a link\'s swap that would break a rule, or names no slot of this plan, is ignored and reported', () => {
    const inputs: RoutineInputs = { ...INPUTS, level: 'beginner', equipment: ['band'], minutes: 20 };
    const plan = buildPlan(REAL, { inputs, seed: 1, swaps: [] });
    const row = plan.phases[1].moves.find((m) => REAL.find((r) => r.id === m.id)?.pattern === 'row')!;
    const result = buildPlan(REAL, { inputs, seed: 1, swaps: [{ from: row.id, to: 'renegade-row' }, { from: 'not-a-move', to: 'band-row' }] });
    expect(result.ignoredSwaps.map((s) => s.swap.from)).toEqual([row.id, 'not-a-move']);
    expect(result.phases).toEqual(plan.phases);
  });
});

describe('any sequence of swaps keeps every rule and shows what was chosen', () => {
  const steps = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });
  const run = (catalogue: RoutineMove[], inputs: RoutineInputs, seed: number, choices: [number, number][]) => {
    let plan = buildPlan(catalogue, { inputs, seed, swaps: [] });
    for (const [pickSlot, pickMove] of choices) {
      const all = slots(plan);
      if (!all.length) return;
      const slot = all[pickSlot % all.length];
      const options = swapOptions(catalogue, plan, slot);
      if (!options.length) continue;
      const to = options[pickMove % options.length];
      const next = press(catalogue, plan, slot, to);
      expect(next.ignoredSwaps).toEqual([]);
      expect(moveIn(next, slot)).toBe(to);
      expect(check(next, catalogue)).toEqual([]);
      plan = next;
    }
    const link = decodeRequest(encodeRequest(plan));
    expect(link.ignored).toEqual([]);
    expect(buildPlan(catalogue, { inputs: link.inputs, seed: link.seed!, swaps: link.swaps })).toEqual(plan);
  };

  test('the real catalogue: 120 sequences', () => {
    fc.assert(fc.property(inputsArb, seedArb, steps, (inputs, seed, choices) => run(REAL, inputs, seed, choices)), { numRuns: 120 });
  }, 60_000);

  test('edited catalogues: 60 sequences', () => {
    fc.assert(fc.property(editedArb(REAL), inputsArb, seedArb, steps, run), { numRuns: 60 });
  }, 60_000);
});
