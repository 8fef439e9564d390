/**
 * Checks a plan against every rule a plan can show (routine-rules.md), one entry a rule id in
 * RULES (rules.ts), and returns the ids it breaks, sorted.
 *
 * X1 lives here: a rule that falls short is not broken if, and only if, it really cannot hold and
 * the plan carries a note (X1 for the equipment, M1 for the time) that explains it; a shortfall
 * without its note breaks X1 (or M1), and a note that explains no shortfall breaks its own rule.
 *
 * Elsewhere: K1 and K2 (checkWeek, week.ts). Not checkable on one plan: T8 (a tendency, tested
 * over many plans), P1 (the page shows the safety note whatever the plan: tested in the browser),
 * U1, U2, U3 (tested in the codec, the swap properties and the browser).
 */
import type { Plan, PlanNote, RoutineMove, RuleId } from '../types';
import { Facts } from './facts';
import { RULES } from './rules';

export { checkWeek } from './week';
export { estimateSeconds } from './facts';

export function check(plan: Plan, catalogue: RoutineMove[]): RuleId[] {
  const facts = new Facts(plan, catalogue);
  const broken = new Set<RuleId>();
  const explained = new Set<PlanNote>();
  for (const [rule, findings] of Object.entries(RULES).map(([id, entry]) => [id as RuleId, entry(facts)] as const)) {
    for (const finding of findings) {
      if (finding === 'broken') {
        broken.add(rule);
        continue;
      }
      const notes = plan.notes.filter((note) => note.rule === finding.unless && note.explains.includes(rule));
      if (notes.length) notes.forEach((note) => explained.add(note));
      else broken.add(finding.unless);
    }
  }
  for (const note of plan.notes) if (!explained.has(note)) broken.add(note.rule);
  return [...broken].sort();
}
