/**
 * One entry per rule id of routine-rules.md that a plan shows. An entry returns what it finds:
 * 'broken', or a shortfall the rule allows only when it cannot hold and the plan says so
 * (`{ unless: 'X1' }`: a note for this equipment; `{ unless: 'M1' }`: a note for the time).
 */
import type { Addon, PlannedDose, PlannedMove, RoutineMove, RuleId } from '../types';
import { Facts, estimateSeconds, reachable, type Where } from './facts';

export type Finding = 'broken' | { unless: 'X1' | 'M1' };
type Rule = (facts: Facts) => Finding[];

const SETS = { beginner: 1, intermediate: 2, advanced: 3 };
const HEAVY = ['barbell', 'cable'];
const UPPER_BACK = ['row', 'posture'];

/**
 * Broken when `bad`; else, when `unmet`, allowed only if it cannot hold and a note of `by` says so
 * (`cannotHold` is asked only then: some answers take a search).
 */
function verdict(bad: boolean, unmet = false, cannotHold: boolean | (() => boolean) = false, by: 'X1' | 'M1' = 'X1'): Finding[] {
  if (bad) return ['broken'];
  if (!unmet) return [];
  return (typeof cannotHold === 'function' ? cannotHold() : cannotHold) ? [{ unless: by }] : ['broken'];
}

/** Two doses alike in all but their sets. */
function sameDoseButSets(a: PlannedDose | RoutineMove['dose'], b: PlannedDose | RoutineMove['dose']): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key !== 'sets'));
  return [...fields].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** The top of a move's range (rule K4), the checker's own arithmetic. */
function rangeTop(dose: RoutineMove['dose']): RoutineMove['dose'] {
  if (dose.type === 'time') return { ...dose, seconds: Math.max(dose.seconds + 5, 5 * Math.round(dose.seconds / 4)) };
  if (dose.type === 'reps') return { ...dose, reps: Math.max(dose.reps + 1, Math.round(dose.reps * 1.25)) };
  return { ...dose, repeats: Math.max(dose.repeats + 1, Math.round(dose.repeats * 1.25)) };
}

/** The number a dose scales by (warm-ups, K3): reps, repeats or seconds. */
const countOf = (dose: PlannedDose | RoutineMove['dose']) => (dose.type === 'reps' ? dose.reps : dose.type === 'hold' ? dose.repeats : dose.seconds);

/** The page's dose in one round, with `n` reps, repeats or seconds (the checker's own: it shares no helper with the builder). */
function withCount(dose: RoutineMove['dose'], n: number): PlannedDose {
  if (dose.type === 'reps') return { ...dose, sets: 1, reps: n };
  if (dose.type === 'hold') return { ...dose, sets: 1, repeats: n };
  return { ...dose, sets: 1, seconds: n };
}

/** Every time a move can take at a real desk dose: from its page's dose down to half of it. */
function deskTimes(move: RoutineMove): number[] {
  const page = countOf(move.dose);
  const times: number[] = [];
  for (let n = Math.ceil(page / 2); n <= page; n++) times.push(estimateSeconds(withCount(move.dose, n), 'desk'));
  return times;
}

/** Some group of up to three desk moves at real doses lasts 1 to 2 minutes. */
function deskBreakPossible(pool: RoutineMove[]): boolean {
  const times = pool.map(deskTimes);
  const lands = (...group: number[][]) => [...reachable(group.map((times) => times.map((t): [number, number] => [t, 0])), 120)].some((mix) => mix >> 3 >= 60);
  for (let a = 0; a < pool.length; a++) {
    if (lands(times[a])) return true;
    for (let b = a + 1; b < pool.length; b++) {
      if (lands(times[a], times[b])) return true;
      for (let c = b + 1; c < pool.length; c++) if (lands(times[a], times[b], times[c])) return true;
    }
  }
  return false;
}

const WARMUP_AREAS = [['neck'], ['shoulders'], ['spine']];

/**
 * The mixes of distinct warm-ups (each at any dose; a timed one in 5-second steps) that last
 * 4:30 to 5:30 (rule W2), as `seconds * 8 + bits of the WARMUP_AREAS they reach` (rule W3).
 */
function warmupMixes(facts: Facts, pool: RoutineMove[]): number[] {
  const options = pool.map((move) => {
    const bits = WARMUP_AREAS.reduce((sum, group, i) => (facts.reaches(move, group) ? sum | (1 << i) : sum), 0);
    const list: [number, number][] = [[0, 0]]; // or left out
    const step = move.dose.type === 'time' ? 5 : 1;
    for (let n = step, t = 0; (t = estimateSeconds(withCount(move.dose, n), 'warmup')) <= 330; n += step) list.push([t, bits]);
    return list;
  });
  return [...reachable(options, 330)].filter((mix) => mix >> 3 >= 270);
}

const groupCount = (bits: number) => (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);

const areasMissing = (facts: Facts, moves: PlannedMove[], pool: RoutineMove[], groups: string[][]) =>
  groups.flatMap((group) => verdict(false, !moves.some((m) => facts.reaches(m, group)), !pool.some((m) => facts.reaches(m, group))));

export const RULES: Partial<Record<RuleId, Rule>> = {
  // Three phases, always in this order: warm-up, strength, cool-down.
  S1: ({ plan }) => verdict(plan.phases.map((p) => p.id).join() !== 'warmup,strength,cooldown'),

  // No move appears twice in one session.
  S2: ({ plan }) => {
    const ids = plan.phases.flatMap((p) => p.moves.map((m) => m.id));
    return verdict(new Set(ids).size !== ids.length);
  },

  // Only dynamic warm-up moves.
  W1: (facts) => verdict(facts.phase('warmup').some((m) => !facts.is(m, 'warmup'))),

  // Planned warm-up time is 5 minutes (4:30 to 5:30).
  W2: (facts) => {
    const seconds = facts.phase('warmup').reduce((sum, m) => sum + estimateSeconds(m.dose, 'warmup'), 0);
    const pool = facts.possible('session', (m) => m.kind === 'warmup');
    return verdict(false, seconds < 270 || seconds > 330, () => !warmupMixes(facts, pool).length);
  },

  // The warm-up covers the neck, the shoulders and the spine where the equipment allows it: with
  // the moves at hand, and (when a 5-minute warm-up can be had at all, W2) within those 5 minutes.
  W3: (facts) => {
    const pool = facts.possible('session', (m) => m.kind === 'warmup');
    const covered = WARMUP_AREAS.filter((g) => facts.phase('warmup').some((m) => facts.reaches(m, g))).length;
    const coverable = WARMUP_AREAS.filter((g) => pool.some((m) => facts.reaches(m, g))).length;
    const bestInWindow = () => Math.max(-1, ...warmupMixes(facts, pool).map((mix) => groupCount(mix & 7)));
    return verdict(false, covered < coverable, () => {
      const best = bestInWindow();
      return best >= 0 && best <= covered;
    });
  },

  // 3 to 5 upper-back strengthening moves (add-ons apart).
  T1: (facts) => {
    const upper = facts.upperBack;
    const pool = facts.possible('session', (m) => m.kind === 'exercise' && UPPER_BACK.includes(m.pattern));
    const strange = upper.some((m) => !facts.is(m, 'exercise', UPPER_BACK));
    return verdict(strange || upper.length > 5, upper.length < 3, pool.length < 3);
  },

  // At least one row.
  T2: (facts) => verdict(false, !facts.upperBack.some((m) => facts.move(m.id)?.pattern === 'row'),
    !facts.possible('session', (m) => m.kind === 'exercise' && m.pattern === 'row').length),

  // At least one posture move.
  T3: (facts) => verdict(false, !facts.upperBack.some((m) => facts.move(m.id)?.pattern === 'posture'),
    !facts.possible('session', (m) => m.kind === 'exercise' && m.pattern === 'posture').length),

  // Every move (the desk break's too) can be done with the chosen equipment, with an option it lists.
  T4: (facts) => verdict([...facts.plan.phases.flatMap((p) => p.moves), ...facts.plan.deskBreak.moves].some((m) => {
    const move = facts.move(m.id);
    const listed = move?.equipment.some((option) => option.length === m.equipment.length && option.every((item) => m.equipment.includes(item)));
    return !listed || !m.equipment.every((item) => facts.has.has(item));
  })),

  // No move above the level; a beginner is steered to light equipment where the move allows it.
  T5: (facts) => verdict([...facts.plan.phases.flatMap((p) => p.moves), ...facts.plan.deskBreak.moves].some((m) => {
    const move = facts.move(m.id);
    if (!move) return false; // T4 reports it
    const light = move.equipment.some((o) => o.every((item) => facts.has.has(item)) && !o.some((item) => HEAVY.includes(item)));
    return !facts.atLevel(move) || (facts.inputs.level === 'beginner' && light && m.equipment.some((item) => HEAVY.includes(item)));
  })),

  // Sets by level (or, in a program, more, up to 3: K2, K4); reps or hold time from the move's own
  // page, or (K4's first rung) the top of its range: a quarter more, at least one more, timed in 5 s.
  T6: (facts) => {
    const { level, sets, reps } = facts.inputs;
    const expected = Math.min(3, Math.max(SETS[level], sets ?? 0));
    return verdict(facts.phase('strength').some((m) => {
      const move = facts.move(m.id);
      return m.dose.sets !== expected || m.dose.sets > 3 || !move || !sameDoseButSets(reps === 'more' ? rangeTop(move.dose) : move.dose, m.dose);
    }));
  },

  // Add-ons come after the upper-back moves, are the ones asked for, and each asked for is there
  // or cannot be: no such move (X1), or no time left once the rest is at its minimum (M1).
  T7: (facts) => {
    const strength = facts.phase('strength');
    const first = strength.findIndex((m) => m.addon);
    const outOfOrder = first >= 0 && strength.slice(first).some((m) => !m.addon);
    const strange = facts.addons.some((m) => !facts.inputs.addons.includes(m.addon!) || !facts.is(m, 'exercise', [m.addon!]));
    const upperAddon = facts.upperBack.some((m) => facts.is(m, 'exercise', ['core', 'grip']));
    const missing = facts.inputs.addons.filter((addon) => !facts.addons.some((m) => m.addon === addon));
    const none = (addon: Addon) => !facts.possible('session', (m) => m.kind === 'exercise' && m.pattern === addon).length;
    return [
      ...verdict(outOfOrder || strange || upperAddon),
      ...missing.flatMap((addon) => (none(addon) ? verdict(false, true, true) : verdict(false, true, facts.atMinimum, 'M1'))),
    ];
  },

  // 3 to 5 static stretches.
  C1: (facts) => {
    const stretches = facts.phase('cooldown');
    const pool = facts.possible('session', (m) => m.kind === 'stretch');
    return verdict(stretches.some((m) => !facts.is(m, 'stretch')) || stretches.length > 5, stretches.length < 3, pool.length < 3);
  },

  // Holds of 15 to 20 s, 2 to 3 times.
  C2: (facts) => verdict(facts.phase('cooldown').some(({ dose: d }) =>
    d.type !== 'hold' || d.sets !== 1 || d.seconds < 15 || d.seconds > 20 || d.repeats < 2 || d.repeats > 3)),

  // The stretches reach the chest, the shoulders/neck and the upper back.
  C3: (facts) => areasMissing(facts, facts.phase('cooldown'), facts.possible('session', (m) => m.kind === 'stretch'),
    [['chest'], ['shoulders', 'neck'], ['upper-back']]),

  // The estimate (recomputed, never trusted) fits the session, or the minimum plan says it cannot.
  M1: (facts) => {
    const { plan } = facts;
    const wrong = (moves: PlannedMove[], where: Where, seconds: number) =>
      moves.some((m) => m.seconds !== estimateSeconds(m.dose, where)) || moves.reduce((s, m) => s + m.seconds, 0) !== seconds;
    const total = plan.phases.reduce((s, p) => s + p.seconds, 0);
    const miscounted = plan.phases.some((p) => wrong(p.moves, p.id, p.seconds)) || total !== plan.totalSeconds
      || wrong(plan.deskBreak.moves, 'desk', plan.deskBreak.seconds);
    return verdict(miscounted, total > facts.inputs.minutes * 60, facts.atMinimum && !facts.addons.length, 'M1');
  },

  // A desk break of 1 to 2 minutes, up to three desk-break moves, each at a real dose (its page's,
  // or scaled down to no less than half).
  K3: (facts) => {
    const pool = facts.possible('desk-break', () => true);
    const moves = facts.plan.deskBreak.moves;
    if (!pool.length) return verdict(moves.length > 0, true, true);
    const real = (m: PlannedMove) => {
      const move = pool.find((p) => p.id === m.id);
      const n = countOf(m.dose);
      return !!move && sameDoseButSets(withCount(move.dose, n), m.dose) && m.dose.sets === 1
        && n >= Math.ceil(countOf(move.dose) / 2) && n <= countOf(move.dose);
    };
    const bad = moves.length < 1 || moves.length > 3 || new Set(moves.map((m) => m.id)).size !== moves.length || !moves.every(real);
    const seconds = moves.reduce((s, m) => s + estimateSeconds(m.dose, 'desk'), 0);
    return verdict(bad, seconds < 60 || seconds > 120, () => !deskBreakPossible(pool));
  },
};
