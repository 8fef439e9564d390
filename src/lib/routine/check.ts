/**
 * Checks a plan against every rule that a plan can show (routine-rules.md) and returns the ids it
 * breaks. A rule that cannot hold with this equipment or time is not broken if, and only if, it
 * really cannot hold and the plan says so (an X1 or M1 note that explains it); a rule that cannot
 * hold without a note breaks X1 (never silently), and a note for a rule that does hold breaks X1 too.
 * K1 and K2 are checked by checkWeek (week.ts). Not checkable on one plan: T8 (a tendency, tested over many plans), P1 (the page shows the
 * safety note whatever the plan: tested in the browser, on screen and in print), U1, U2, U3
 * (tested in the codec and the browser).
 */
import { PHASE_ORDER, type Plan, type PlanNote, type PlannedDose, type PlannedMove, type RoutineMove, type RuleId } from './types';
import { HEAVY_EQUIPMENT, LEVEL_RANK, STRETCH_AREAS, WARMUP_AREAS, canDo, makeContext, reaches, roleOf, type Context } from './model';
import { DESK_BREAK_SECONDS, STRETCH_HOLD, WARMUP_SECONDS, moveSeconds } from './time';

export function check(plan: Plan, catalogue: RoutineMove[]): RuleId[] {
  return checkWith(makeContext(catalogue, plan.inputs), plan);
}

const sameDose = (page: RoutineMove['dose'], dose: PlannedDose) =>
  page.type === dose.type &&
  page.perSide === dose.perSide &&
  (page.type === 'reps' ? dose.type === 'reps' && dose.reps === page.reps : dose.type !== 'reps' && dose.seconds === page.seconds) &&
  (page.type !== 'hold' || (dose.type === 'hold' && dose.repeats === page.repeats));

export function checkWith(ctx: Context, plan: Plan): RuleId[] {
  const broken = new Set<RuleId>();
  const used = new Set<PlanNote>();
  const { inputs } = ctx;
  /** A shortfall: fine only when it cannot be helped and a note of kind `by` explains it. */
  const shortfall = (rule: RuleId, cannotHold: boolean, by: PlanNote['rule'] = 'X1') => {
    const notes = plan.notes.filter((n) => n.rule === by && n.explains.includes(rule));
    if (cannotHold && notes.length) notes.forEach((n) => used.add(n));
    else broken.add(cannotHold ? by : rule);
  };
  const get = (id: string) => ctx.byId.get(id);
  const phaseMoves = (id: (typeof PHASE_ORDER)[number]) => plan.phases.find((p) => p.id === id)?.moves ?? [];

  // S1: three phases, in order.
  if (plan.phases.map((p) => p.id).join() !== PHASE_ORDER.join()) broken.add('S1');
  const all = plan.phases.flatMap((p) => p.moves);
  // S2: no move twice.
  if (new Set(all.map((m) => m.id)).size !== all.length) broken.add('S2');

  // T4 and T5 hold for every move of the session and the desk break.
  for (const m of [...all, ...plan.deskBreak.moves]) {
    const move = get(m.id);
    const option = move?.equipment.some((o) => o.length === m.equipment.length && o.every((i) => m.equipment.includes(i)));
    if (!move || !option || !m.equipment.every((i) => ctx.available.has(i)) || !canDo(move, ctx.available)) broken.add('T4');
    if (move && LEVEL_RANK[move.level] > LEVEL_RANK[inputs.level]) broken.add('T5');
    // T5: a beginner is steered to bands or light dumbbells when the move allows it.
    const light = move?.equipment.some((o) => o.every((i) => ctx.available.has(i)) && !o.some((i) => HEAVY_EQUIPMENT.includes(i)));
    if (inputs.level === 'beginner' && light && m.equipment.some((i) => HEAVY_EQUIPMENT.includes(i))) broken.add('T5');
  }

  // Times are recomputed, never trusted.
  const recount = (moves: PlannedMove[], phase: (typeof PHASE_ORDER)[number] | 'desk') =>
    moves.reduce((sum, m) => {
      const seconds = moveSeconds(m.dose, phase);
      if (seconds !== m.seconds) broken.add('M1');
      return sum + seconds;
    }, 0);
  let total = 0;
  for (const p of plan.phases) {
    const seconds = recount(p.moves, p.id);
    if (seconds !== p.seconds) broken.add('M1');
    total += seconds;
  }
  if (total !== plan.totalSeconds) broken.add('M1');

  // Warm-up: W1 dynamic moves only; W2 five minutes; W3 neck, shoulders, spine where possible.
  const warmups = phaseMoves('warmup');
  if (warmups.some((m) => get(m.id)?.kind !== 'warmup' || !get(m.id)?.use.includes('session'))) broken.add('W1');
  const warmupSeconds = recount(warmups, 'warmup');
  if (warmupSeconds < WARMUP_SECONDS.min || warmupSeconds > WARMUP_SECONDS.max) shortfall('W2', ctx.pools.warmup.length === 0);
  for (const group of WARMUP_AREAS) {
    const covered = warmups.some((m) => get(m.id) && reaches(get(m.id)!, group));
    if (!covered && ctx.pools.warmup.some((m) => reaches(m, group))) broken.add('W3');
  }

  // Strength: upper-back moves first, add-ons after (T7).
  const strength = phaseMoves('strength');
  const firstAddon = strength.findIndex((m) => m.addon);
  if (firstAddon >= 0 && strength.slice(firstAddon).some((m) => !m.addon)) broken.add('T7');
  const upper = strength.filter((m) => !m.addon);
  const pool = ctx.pools['upper-back'];
  for (const m of upper) {
    const role = get(m.id) && roleOf(get(m.id)!);
    if (role !== 'upper-back' || !get(m.id)!.use.includes('session')) broken.add(role === 'core' || role === 'grip' ? 'T7' : 'T1');
  }
  if (upper.length > 5) broken.add('T1');
  if (upper.length < 3) shortfall('T1', pool.length < 3);
  if (!upper.some((m) => get(m.id)?.pattern === 'row')) shortfall('T2', !pool.some((m) => m.pattern === 'row'));
  if (!upper.some((m) => get(m.id)?.pattern === 'posture')) shortfall('T3', !pool.some((m) => m.pattern === 'posture'));
  // T6: the level's sets; reps or hold time from the move's page.
  for (const m of strength) {
    const move = get(m.id);
    if (m.dose.sets !== ctx.sets || !move || !sameDose(move.dose, m.dose)) broken.add('T6');
  }

  // Cool-down: C1 3-5 static stretches; C2 15-20 s, 2-3 times; C3 chest, shoulders/neck, upper back.
  const stretches = phaseMoves('cooldown');
  if (stretches.some((m) => get(m.id)?.kind !== 'stretch' || !get(m.id)?.use.includes('session'))) broken.add('C1');
  if (stretches.length > 5) broken.add('C1');
  if (stretches.length < 3) shortfall('C1', ctx.pools.cooldown.length < 3);
  for (const { dose } of stretches) {
    if (dose.type !== 'hold' || dose.sets !== 1 || dose.seconds < STRETCH_HOLD.minSeconds || dose.seconds > STRETCH_HOLD.maxSeconds
      || dose.repeats < STRETCH_HOLD.minRepeats || dose.repeats > STRETCH_HOLD.maxRepeats) broken.add('C2');
  }
  const stretchGroupsMissing = STRETCH_AREAS.filter((group) => !stretches.some((m) => get(m.id) && reaches(get(m.id)!, group)));
  for (const group of stretchGroupsMissing) shortfall('C3', !ctx.pools.cooldown.some((m) => reaches(m, group)));

  // M1: the plan fits, or it is the minimum and says so. The minimum: 3 + 3, shortest holds, no add-ons.
  const shortest = upper.length <= 3 && stretches.length <= 3
    && stretches.every(({ dose }) => dose.type === 'hold' && dose.repeats === STRETCH_HOLD.minRepeats && dose.seconds === STRETCH_HOLD.minSeconds);
  if (total > inputs.minutes * 60) shortfall('M1', shortest && firstAddon < 0, 'M1');

  // T7: each add-on asked for is there, or cannot be (no move, X1) or did not fit (M1, at the minimum).
  for (const m of strength.filter((s) => s.addon)) {
    if (!inputs.addons.includes(m.addon!) || (get(m.id) && roleOf(get(m.id)!)) !== m.addon) broken.add('T7');
  }
  for (const addon of inputs.addons) {
    if (strength.some((m) => m.addon === addon)) continue;
    if (ctx.pools[addon].length === 0) shortfall('T7', true);
    else shortfall('T7', shortest, 'M1');
  }

  // K3: the desk break (K1 and K2 depend on the level alone: checkWeek in week.ts).
  const desk = plan.deskBreak.moves;
  const deskSeconds = recount(desk, 'desk');
  if (deskSeconds !== plan.deskBreak.seconds) broken.add('M1');
  if (ctx.deskPool.length === 0) {
    if (desk.length) broken.add('K3');
    shortfall('K3', true);
  } else if (desk.map((m) => m.id).join() !== ctx.deskPool.map((m) => m.id).join()
    || deskSeconds < DESK_BREAK_SECONDS.min || deskSeconds > DESK_BREAK_SECONDS.max) broken.add('K3');

  // X1: a note for a rule that holds is misleading.
  for (const note of plan.notes) if (!used.has(note)) broken.add(note.rule);

  return [...broken].sort();
}
