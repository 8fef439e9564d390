/** The checker catches each rule id on a hand-made bad plan (fixture catalogue). */
import { describe, expect, test } from 'vitest';
import { buildPlan, check, checkWeek, planWeek, moveSeconds, type Plan, type PlannedMove, type RoutineInputs, type RuleId } from '../../../src/lib/routine';
import { FIXTURE } from './fixture';

const INPUTS: RoutineInputs = { level: 'beginner', equipment: ['band'], minutes: 45, focus: 'balanced', addons: ['core'] };
const good = (inputs: Partial<RoutineInputs> = {}, seed = 11) => buildPlan(FIXTURE, { inputs: { ...INPUTS, ...inputs }, seed, swaps: [] });
const catalogueMove = (id: string) => FIXTURE.find((m) => m.id === id)!;

/** Recomputes the times after an edit, so only the rule under test is broken. */
function retime(plan: Plan): Plan {
  const phases = plan.phases.map((p) => {
    const moves = p.moves.map((m) => ({ ...m, seconds: moveSeconds(m.dose, p.id) }));
    return { ...p, moves, seconds: moves.reduce((s, m) => s + m.seconds, 0) };
  });
  return { ...plan, phases, totalSeconds: phases.reduce((s, p) => s + p.seconds, 0) };
}
const edit = (plan: Plan, phase: number, moves: (ms: PlannedMove[]) => PlannedMove[]) =>
  retime({ ...plan, phases: plan.phases.map((p, i) => (i === phase ? { ...p, moves: moves(p.moves) } : p)) });
/** A desk-break move's page dose in one round, with `n` reps or repeats. */
function deskDose(id: string, n: number): PlannedMove['dose'] {
  const dose = catalogueMove(id).dose;
  return dose.type === 'reps' ? { ...dose, sets: 1, reps: n } : dose.type === 'hold' ? { ...dose, sets: 1, repeats: n } : { ...dose, sets: 1 };
}
const desk = (plan: Plan, moves: (ms: PlannedMove[]) => PlannedMove[]): Plan => {
  const next = moves(plan.deskBreak.moves).map((m) => ({ ...m, seconds: moveSeconds(m.dose, 'desk') }));
  return { ...plan, deskBreak: { moves: next, seconds: next.reduce((sum, m) => sum + m.seconds, 0) } };
};
const as = (id: string, like: PlannedMove): PlannedMove => ({ ...like, id, title: catalogueMove(id).title, url: catalogueMove(id).url, equipment: catalogueMove(id).equipment[0] });

test('the good plans break nothing', () => {
  expect(check(good(), FIXTURE)).toEqual([]);
  expect(good().deskBreak.moves.length).toBeGreaterThan(1);
  expect(check(good({ level: 'advanced', equipment: ['dumbbells', 'band'] }), FIXTURE)).toEqual([]);
});

const cases: [RuleId, () => Plan][] = [
  ['S1', () => ({ ...good(), phases: [...good().phases].reverse() })],
  ['S2', () => edit(good(), 1, (ms) => [...ms.slice(0, -1), ms[0], ms.at(-1)!])],
  ['W1', () => edit(good(), 0, (ms) => ms.map((m, i) => (i === 0 ? as('chest-opener', m) : m)))],
  ['W2', () => edit(good(), 0, (ms) => ms.slice(0, 1))],
  ['W3', () => edit(good(), 0, (ms) => ms.filter((m) => m.id !== 'neck-circles'))],
  ['T1', () => edit(good(), 1, (ms) => ms.filter((m) => m.addon || m.id === 'band-row' || m.id === 'blade-squeeze'))],
  ['T1', () => edit(good({ level: 'intermediate', equipment: ['band', 'dumbbells'] }), 1, (ms) => [...ms.filter((m) => !m.addon), ...['wall-slide', 'band-apart', 'cable-row', 'rear-fly', 'dumbbell-row', 'band-row', 'blade-squeeze'].filter((id) => !ms.some((m) => m.id === id)).map((id) => as(id, ms[0])), ...ms.filter((m) => m.addon)])],
  ['T2', () => edit(good(), 1, (ms) => ms.filter((m) => !['band-row', 'cable-row'].includes(m.id)))],
  ['T3', () => edit(good(), 1, (ms) => ms.filter((m) => m.addon || ['band-row', 'cable-row'].includes(m.id)))],
  ['T4', () => edit(good(), 1, (ms) => ms.map((m) => (m.id === 'band-row' ? { ...m, equipment: ['dumbbells'] } : m)))],
  ['T4', () => edit(good(), 2, (ms) => ms.map((m, i) => (i === 0 ? { ...m, equipment: ['barbell'] } : m)))],
  ['T5', () => edit(good({ equipment: ['band', 'dumbbells'] }), 1, (ms) => ms.map((m, i) => (i === 0 ? { ...as('plank-row', m), dose: { ...catalogueMove('plank-row').dose, sets: 1 } as PlannedMove['dose'] } : m)))],
  ['T5', () => edit(good({ equipment: ['band', 'cable'] }), 1, (ms) => ms.map((m) => (m.id === 'cable-row' ? { ...m, equipment: ['cable'] } : m)))],
  ['T6', () => edit(good(), 1, (ms) => ms.map((m) => ({ ...m, dose: { ...m.dose, sets: 2 } })))],
  ['T6', () => edit(good(), 1, (ms) => ms.map((m) => (m.dose.type === 'reps' ? { ...m, dose: { ...m.dose, reps: m.dose.reps + 5 } } : m)))],
  ['T7', () => edit(good(), 1, (ms) => [...ms.filter((m) => m.addon), ...ms.filter((m) => !m.addon)])],
  ['T7', () => edit(good(), 1, (ms) => ms.filter((m) => !m.addon))],
  ['T7', () => good({ addons: [] }).phases[1].moves.length ? edit(good({ addons: [] }), 1, (ms) => [...ms, { ...as('floor-bridge', ms[0]), addon: 'core' }]) : good()],
  ['C1', () => edit(good(), 2, (ms) => ms.slice(0, 2))],
  ['C1', () => edit(good(), 2, (ms) => ms.map((m, i) => (i === ms.length - 1 ? as('arm-swings', m) : m)))],
  ['C2', () => edit(good(), 2, (ms) => ms.map((m, i) => (i === 0 && m.dose.type === 'hold' ? { ...m, dose: { ...m.dose, seconds: 30 } } : m)))],
  ['C2', () => edit(good(), 2, (ms) => ms.map((m, i) => (i === 0 && m.dose.type === 'hold' ? { ...m, dose: { ...m.dose, repeats: 4 } } : m)))],
  ['C3', () => edit(good(), 2, (ms) => ms.filter((m) => m.id !== 'chest-opener'))],
  ['M1', () => ({ ...good(), inputs: { ...good().inputs, minutes: 15 } })],
  ['M1', () => ({ ...good(), totalSeconds: good().totalSeconds - 60 })],
  // K3: a move twice; a dose cut below half its page's; too short when a longer break is possible; a move not for desk breaks.
  ['K3', () => desk(good(), (ms) => [ms[0], ms[0]])],
  ['K3', () => desk(good(), (ms) => ms.map((m) => ({ ...m, dose: deskDose(m.id, 1) })))],
  ['K3', () => desk(good(), (ms) => [{ ...as('band-apart', ms[0]), dose: deskDose('band-apart', 6) }])],
  ['K3', () => desk(good(), (ms) => [...ms.slice(0, 1), { ...as('wall-slide', ms[0]), dose: { type: 'reps', sets: 1, reps: 8, perSide: false } }])],
  ['X1', () => ({ ...good({ equipment: [] }), notes: good({ equipment: [] }).notes.filter((n) => !n.explains.includes('T2')) })],
  ['X1', () => ({ ...good(), notes: [{ rule: 'X1', explains: ['T2'], text: 'No row is possible.' }] })],
];

describe('each rule id is caught on a hand-made bad plan', () => {
  test.each(cases.map(([rule, make], i) => [rule, i, make] as const))('%s (case %i)', (rule, _i, make) => {
    expect(check(make(), FIXTURE)).toContain(rule);
  });
  test('K3: a fourth desk move is one too many, even at real doses', () => {
    const extra = { ...catalogueMove('neck-retraction'), id: 'neck-glide' };
    const plan = desk(good(), () => ['band-apart', 'blade-squeeze', 'neck-retraction', 'neck-glide'].map((id) => ({
      ...as(id === 'neck-glide' ? 'neck-retraction' : id, good().deskBreak.moves[0]), id, dose: deskDose(id === 'neck-glide' ? 'neck-retraction' : id, 5),
    })));
    expect(check(plan, [...FIXTURE, extra])).toEqual(['K3']);
  });
  test('K1 and K2: the week of each level holds, a wrong one is caught', () => {
    for (const level of ['beginner', 'intermediate', 'advanced'] as const) expect(checkWeek(planWeek(FIXTURE, level), level)).toEqual([]);
    const week = planWeek(FIXTURE, 'beginner');
    expect(checkWeek({ ...week, sessionsPerWeek: { min: 2, max: 3 } }, 'beginner')).toContain('K1');
    expect(checkWeek(planWeek(FIXTURE, 'beginner'), 'advanced')).toEqual(['K1', 'K2']);
    expect(checkWeek({ ...week, progression: [...week.progression].reverse() }, 'beginner')).toContain('K2');
  });
  test('every checkable rule has a case', () => {
    const covered = new Set<RuleId>([...cases.map(([rule]) => rule), 'K1', 'K2']);
    for (const rule of ['S1', 'S2', 'W1', 'W2', 'W3', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'C1', 'C2', 'C3', 'M1', 'K1', 'K2', 'K3', 'X1'] as RuleId[])
      expect(covered.has(rule), rule).toBe(true);
  });
});
