/**
 * Rule T1-T3 with nothing ticked (issue: a full plan with no equipment). With only a wall, a chair,
 * a doorway and floor space, the real catalogue must give 3 to 5 upper-back moves, a row and a
 * posture move, with no X1 note asking the reader to buy something.
 */
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../support/content';
import { FOCUSES, LEVELS, SESSION_MINUTES, buildPlan, check, toRoutineMove, type RoutineInputs } from '../../../src/lib/routine';

const REAL = loadCatalogue().map(toRoutineMove);
const byId = new Map(REAL.map((move) => [move.id, move]));
const SEEDS = [1, 2, 3, 17, 42, 1234, 99_999, 0xfffffffe];

const cases = LEVELS.flatMap((level) => SESSION_MINUTES.map((minutes) => ({ level, minutes })));

describe('with no equipment at all', () => {
  test.each(cases)('$level, $minutes min: T1, T2 and T3 hold for every focus and seed, with no X1 note', ({ level, minutes }) => {
    for (const focus of FOCUSES) for (const seed of SEEDS) {
      const inputs: RoutineInputs = { level, minutes, focus, equipment: [], addons: [] };
      const plan = buildPlan(REAL, { inputs, seed, swaps: [] });
      const label = `${JSON.stringify(inputs)} seed ${seed}`;
      const upperBack = plan.phases[1].moves.filter((m) => !m.addon).map((m) => byId.get(m.id)!);

      expect(upperBack.length, label).toBeGreaterThanOrEqual(3);
      expect(upperBack.length, label).toBeLessThanOrEqual(5);
      expect(upperBack.some((m) => m.pattern === 'row'), `${label}: a row`).toBe(true);
      expect(upperBack.some((m) => m.pattern === 'posture'), `${label}: a posture move`).toBe(true);
      expect(plan.notes.filter((n) => n.rule === 'X1'), label).toEqual([]);
      for (const move of upperBack) expect(move.equipment.some((set) => set.every((item) => ['wall', 'chair', 'doorway', 'floor'].includes(item))), `${label}: ${move.id} needs nothing bought`).toBe(true);
      const broken = check(plan, REAL).filter((rule) => ['T1', 'T2', 'T3', 'T4', 'X1'].includes(rule));
      expect(broken, label).toEqual([]);
    }
  });
});
