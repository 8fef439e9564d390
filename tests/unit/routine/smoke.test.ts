import { test, expect } from 'vitest';
import { loadCatalogue } from '../../support/content';
import { buildPlan, check, toRoutineMove, LEVELS, CHOOSABLE, SESSION_MINUTES, FOCUSES, ADDONS, type RoutineInputs } from '../../../src/lib/routine';
const REAL = loadCatalogue().map(toRoutineMove);
test('smoke', () => {
  const bad: Record<string, number> = {};
  let n = 0; let shown = 0;
  const t0 = performance.now();
  for (const level of LEVELS) for (let mask = 0; mask < 1 << CHOOSABLE.length; mask+=3) for (const minutes of SESSION_MINUTES)
    for (const focus of FOCUSES) for (let a = 0; a < 4; a++) {
      const inputs = { level, minutes, focus, equipment: CHOOSABLE.filter((_, i) => mask & (1 << i)), addons: ADDONS.filter((_, i) => a & (1 << i)) } as RoutineInputs;
      const plan = buildPlan(REAL, { inputs, seed: (n++ * 2654435761) >>> 0, swaps: [] });
      const b = check(plan, REAL);
      for (const r of b) bad[r] = (bad[r] ?? 0) + 1;
      if (b.length && shown++ < 1) console.log(b, JSON.stringify(plan.inputs), plan.totalSeconds, plan.notes, plan.phases.map(p => p.moves.map(m => m.id + JSON.stringify(m.dose))));
    }
  console.log(n, bad, (performance.now() - t0) / n);
}, 200000);
