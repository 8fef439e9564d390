import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../support/content';
import { HOLD_RESET, MAX_SEED, REST_BETWEEN_SETS, buildPlan, toRoutineMove, type Plan, type RoutineMove } from '../../../src/lib/routine';
import { GET_READY_MIN, toProgram } from '../../../src/lib/player';
import { FIXTURE } from '../routine/fixture';
import { inputsArb } from '../routine/arbitraries';

const REAL = loadCatalogue().map(toRoutineMove);
const catalogueArb = fc.constantFrom<[string, RoutineMove[]]>(['fixture', FIXTURE], ['content', REAL]);
const planArb = fc.tuple(catalogueArb, inputsArb, fc.integer({ min: 0, max: MAX_SEED })).map(([[, catalogue], inputs, seed]) =>
  buildPlan(catalogue, { inputs, seed, swaps: [] }));

/** What the plan asks for, written out from the plan alone: every move, set, side and repeat in order. */
function expectedWork(plan: Plan): string[] {
  const out: string[] = [];
  for (const phase of plan.phases)
    for (const move of phase.moves)
      for (let set = 1; set <= move.dose.sets; set++)
        for (const side of move.dose.perSide ? ['left', 'right'] : ['-'])
          if (move.dose.type === 'hold') for (let r = 1; r <= move.dose.repeats; r++) out.push(`${move.id} set ${set} ${side} repeat ${r}`);
          else out.push(`${move.id} set ${set} ${side} repeat -`);
  return out;
}

describe('a plan becomes steps', () => {
  test('the work and hold steps cover every move, set, side and repeat of the plan, in order', () => {
    fc.assert(fc.property(planArb, (plan) => {
      const program = toProgram(plan);
      const work = program.steps
        .filter((s) => s.kind === 'work' || s.kind === 'hold')
        .map((s) => `${program.moves[s.move]!.id} set ${s.set} ${s.side ?? '-'} repeat ${s.repeat ?? '-'}`);
      expect(work).toEqual(expectedWork(plan));
      expect(program.moves.map((m) => m.id)).toEqual(plan.phases.flatMap((p) => p.moves.map((m) => m.id)));
    }), { numRuns: 150 });
  });

  test('the steps spend exactly the plan\'s own estimate (plan.totalSeconds)', () => {
    fc.assert(fc.property(planArb, (plan) => {
      const program = toProgram(plan);
      expect(program.steps.reduce((sum, s) => sum + s.seconds, 0)).toBe(plan.totalSeconds);
      expect(program.totalSeconds).toBe(plan.totalSeconds);
      // And per move: each move's steps spend that move's own estimate.
      program.moves.forEach((move, index) => {
        const planned = plan.phases.flatMap((p) => p.moves)[index]!;
        expect(program.steps.filter((s) => s.move === index).reduce((sum, s) => sum + s.seconds, 0), move.id).toBe(planned.seconds);
      });
    }), { numRuns: 150 });
  });

  test('each move opens with a get-ready of at least 5 s; each side switch is a short pause; rests are the plan\'s', () => {
    fc.assert(fc.property(planArb, (plan) => {
      const { steps, moves } = toProgram(plan);
      steps.forEach((step, i) => {
        const opens = i === 0 || steps[i - 1]!.move !== step.move;
        expect(step.kind === 'countdown', `step ${i}`).toBe(opens);
        if (step.kind === 'countdown') expect(step.seconds).toBeGreaterThanOrEqual(GET_READY_MIN);
        if (step.kind === 'switch') {
          expect(step.seconds).toBeGreaterThanOrEqual(3);
          expect(step.seconds).toBeLessThanOrEqual(5);
          expect([steps[i - 1]!.side, step.side, steps[i + 1]!.side]).toEqual(['left', 'right', 'right']);
        }
        if (step.kind === 'rest' && !step.letGo) {
          expect(moves[step.move]!.phase).toBe('strength');
          expect([REST_BETWEEN_SETS, REST_BETWEEN_SETS + HOLD_RESET]).toContain(step.seconds);
          expect(steps[i + 1]!.set).toBe(step.set + 1);
        }
        if (step.letGo) expect(step.seconds).toBe(HOLD_RESET);
        expect(step.seconds).toBeGreaterThan(0);
        expect(step.timed).toBe(!(step.kind === 'work' && moves[step.move]!.dose.type === 'reps'));
      });
      const switches = steps.filter((s) => s.kind === 'switch').length;
      expect(switches).toBe(moves.reduce((n, m) => n + (m.dose.perSide ? m.dose.sets : 0), 0));
    }), { numRuns: 150 });
  });

  test('an each-side hold: hold, let go, hold, switch sides, hold, let go, hold; its last let-go joins the get-ready', () => {
    const plan = buildPlan(FIXTURE, { inputs: { level: 'beginner', equipment: [], minutes: 45, focus: 'balanced', addons: [] }, seed: 3, swaps: [] });
    const program = toProgram(plan);
    const index = program.moves.findIndex((m) => m.dose.type === 'hold' && m.dose.perSide);
    expect(index).toBeGreaterThanOrEqual(0);
    const move = program.moves[index]!;
    const steps = program.steps.filter((s) => s.move === index);
    const repeats = move.dose.type === 'hold' ? move.dose.repeats : 0;
    const side = (name: string) => Array.from({ length: repeats }, (_, r) => (r === 0 ? [`hold ${name}`] : ['rest', `hold ${name}`])).flat();
    expect(steps.map((s) => (s.kind === 'hold' ? `hold ${s.side}` : s.kind))).toEqual(['countdown', ...side('left'), 'switch', ...side('right')]);
    expect(steps[0]!.seconds).toBe(10 + HOLD_RESET);
  });
});
