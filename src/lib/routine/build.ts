/**
 * Builds a session plan from the inputs, the catalogue and a seed (routine-rules.md).
 *
 * Choosing: each phase draws an ordered list from the moves the person may do. The first picks
 * satisfy the rules (W3 and C3 coverage, a row and a posture move for T2/T3); later picks fill
 * up to 6 warm-ups (their doses scaled to 5 minutes, W2), 5 strength moves and 5 stretches; the
 * strength picks are weighted by focus (T8). Each phase draws from its own seeded stream.
 *
 * Fitting the time (M1), in this order, until the estimate fits the session:
 *   1. stretch repeats 3 -> 2 (C2 allows 2-3);
 *   2. drop a stretch, then a strength move, alternately, down to 3 + 3 (T1, C1);
 *   3. stretch holds 20 s -> 15 s (C2 allows 15-20 s);
 *   4. drop the add-ons (grip first), saying so (M1 note);
 *   5. if even that minimum does not fit, keep it whole and say so plainly (M1 note).
 * Sets are never cut below the level's (T6): the article's progression is built on them.
 */
import type { Area } from '../../schemas/move';
import type { Addon, RuleId, Phase, PhaseId, Plan, PlanNote, PlannedMove, RoutineMove, RoutineRequest, Swap } from './types';
import {
  EQUIPMENT_BY_PRICE, STRETCH_AREAS, WARMUP_AREAS, availableEquipment, canDo, chooseEquipment, isLoaded,
  makeContext, reaches, roleOf, suitsLevel, type Context, type Role,
} from './model';
import { DESK_BREAK_SECONDS, STRETCH_HOLD, WARMUP_SECONDS, fitDoses, moveSeconds, strengthDose, stretchDose } from './time';
import { deriveRandom, weightedPick, type Random } from './random';
import { addonLabel, equipmentName } from './text';

const MAX_MOVES = 5;
const MIN_MOVES = 3;
const WARMUP_MOVES = 6;

function planned(move: RoutineMove, ctx: Context, dose: PlannedMove['dose'], phase: PhaseId | 'desk', addon?: Addon): PlannedMove {
  const item: PlannedMove = {
    id: move.id,
    title: move.title,
    url: move.url,
    cue: move.cue,
    equipment: chooseEquipment(move, ctx.available, ctx.inputs.level),
    dose,
    seconds: moveSeconds(dose, phase),
  };
  if (addon) item.addon = addon;
  return item;
}

function warmupMoves(moves: RoutineMove[], ctx: Context): PlannedMove[] {
  const doses = fitDoses(moves.map((m) => m.dose), 'warmup', WARMUP_SECONDS);
  return moves.map((move, i) => planned(move, ctx, doses[i], 'warmup'));
}

const strengthMove = (move: RoutineMove, ctx: Context, addon?: Addon) =>
  planned(move, ctx, strengthDose(move.dose, ctx.sets), 'strength', addon);

const stretchMove = (move: RoutineMove, ctx: Context, caps: Plan['holdCaps']) =>
  planned(move, ctx, stretchDose(move.dose, caps), 'cooldown');

/** Picks `count` moves, first those that reach the most still-uncovered area groups (W3, C3). */
function coverPick(random: Random, pool: RoutineMove[], groups: Area[][], count: number): RoutineMove[] {
  const picked: RoutineMove[] = [];
  const rest = [...pool];
  while (picked.length < count && rest.length) {
    const open = groups.filter((group) => !picked.some((m) => reaches(m, group)));
    const gain = (m: RoutineMove) => open.filter((group) => reaches(m, group)).length;
    const best = Math.max(...rest.map(gain));
    const move = weightedPick(random, best > 0 ? rest.filter((m) => gain(m) === best) : rest, () => 1)!;
    picked.push(move);
    rest.splice(rest.indexOf(move), 1);
  }
  return picked;
}

/** Rule T8: focus changes the odds of the free picks, never the rules. */
function strengthWeight(move: RoutineMove, ctx: Context): number {
  const { focus } = ctx.inputs;
  if (focus === 'posture') return move.pattern === 'posture' ? 4 : 1;
  if (focus === 'strength') return (move.pattern === 'row' ? 3 : 1) * (isLoaded(move, ctx) ? 2 : 1);
  return 1;
}

function strengthOrder(random: Random, ctx: Context): RoutineMove[] {
  const rest = [...ctx.pools['upper-back']];
  const picked: RoutineMove[] = [];
  const take = (from: RoutineMove[]) => {
    const move = weightedPick(random, from, (m) => strengthWeight(m, ctx));
    if (!move) return;
    picked.push(move);
    rest.splice(rest.indexOf(move), 1);
  };
  take(rest.filter((m) => m.pattern === 'row')); // T2
  take(rest.filter((m) => m.pattern === 'posture')); // T3
  while (picked.length < MAX_MOVES && rest.length) take(rest);
  return picked;
}

/** Rule X1: what would unlock `enough` moves of a role: the cheapest single item (a band first), else more equipment. */
function unlockText(ctx: Context, role: Role, wanted: (m: RoutineMove) => boolean, enough: number): string {
  const missing = EQUIPMENT_BY_PRICE.filter((id) => !ctx.inputs.equipment.includes(id));
  for (const extra of [...missing.map((id) => [id]), missing]) {
    const available = availableEquipment([...ctx.inputs.equipment, ...extra]);
    const moves = ctx.catalogue.filter(
      (m) => roleOf(m) === role && m.use.includes('session') && suitsLevel(m, ctx.inputs.level) && wanted(m) && canDo(m, available),
    );
    // Name only the moves the extra equipment adds.
    const added = moves.filter((m) => !canDo(m, ctx.available));
    if (added.length && moves.length >= enough) {
      const what = extra.length > 1 ? 'more equipment' : equipmentName(extra[0]) + (extra[0] === 'band' ? ' (the cheapest option)' : '');
      return ` Adding ${what} would unlock ${added.map((m) => m.title.toLowerCase()).join(', ')}.`;
    }
  }
  return '';
}

/** Rule X1: say which rule cannot hold with this equipment, and what would unlock it. */
function equipmentNotes(ctx: Context): PlanNote[] {
  const upper = ctx.pools['upper-back'];
  const stretches = ctx.pools.cooldown;
  const row = (m: RoutineMove) => m.pattern === 'row';
  const posture = (m: RoutineMove) => m.pattern === 'posture';
  const unreached = STRETCH_AREAS.filter((group) => !stretches.some((m) => reaches(m, group)));
  // [rule, cannot hold, what is missing, role and moves that would fill the gap, how many]
  const gaps: [RuleId, boolean, string, Role?, ((m: RoutineMove) => boolean)?, number?][] = [
    ['T2', !upper.some(row), 'no row', 'upper-back', row, 1],
    ['T3', !upper.some(posture), 'no posture move', 'upper-back', posture, 1],
    ['T1', upper.length < MIN_MOVES, `only ${upper.length} of the 3 strength moves a session needs`, 'upper-back', row, MIN_MOVES],
    ...ctx.inputs.addons.map((addon): (typeof gaps)[number] =>
      ['T7', !ctx.pools[addon].length, `no ${addonLabel(addon)} move, so that add-on is left out`, addon, Boolean, 1]),
    ['W2', !ctx.pools.warmup.length, 'no warm-up move (walk or move easily for 5 minutes instead)'],
    ['C1', stretches.length < MIN_MOVES, `only ${stretches.length} of the 3 stretches a cool-down needs`],
    ['C3', unreached.length > 0, `no stretch for the ${unreached.map((g) => g.join(' or ')).join(', the ')}`],
    ['K3', !ctx.deskPool.length, 'no desk-break move'],
  ];
  return gaps
    .filter(([, cannot]) => cannot)
    .map(([rule, , what, role, wanted, enough]) => ({
      rule: 'X1',
      explains: [rule],
      text: `Your equipment allows ${what} (rule ${rule}).${role ? unlockText(ctx, role, rule === 'T1' ? Boolean : wanted!, enough!) : ''}`,
    }));
}

function totalOf(phases: Phase[]): number {
  return phases.reduce((sum, phase) => sum + phase.seconds, 0);
}

function phase(id: PhaseId, moves: PlannedMove[]): Phase {
  return { id, moves, seconds: moves.reduce((sum, m) => sum + m.seconds, 0) };
}

function deskBreak(ctx: Context): Plan['deskBreak'] {
  const doses = fitDoses(ctx.deskPool.map((m) => m.dose), 'desk', DESK_BREAK_SECONDS);
  const moves = ctx.deskPool.map((move, i) => planned(move, ctx, doses[i], 'desk'));
  return { moves, seconds: moves.reduce((sum, m) => sum + m.seconds, 0) };
}

function minutesText(seconds: number): string {
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Rule M1: when even the minimum does not fit, say so plainly (and only then). */
function timeNote(minutes: number, total: number): PlanNote[] {
  if (total <= minutes * 60) return [];
  return [{
    rule: 'M1',
    explains: ['M1'],
    text: `Even the shortest plan the rules allow (a 5-minute warm-up, 3 strength moves, 3 stretches) takes about ${minutesText(total)}, more than your ${minutes}. We kept it whole rather than break the rules: choose a longer session or set aside the extra time (rule M1).`,
  }];
}

function buildBase(ctx: Context, seed: number): Plan {
  const { inputs } = ctx;
  const warmups = coverPick(deriveRandom(seed, 1), ctx.pools.warmup, WARMUP_AREAS, WARMUP_MOVES);
  const strength = strengthOrder(deriveRandom(seed, 2), ctx);
  const stretches = coverPick(deriveRandom(seed, 3), ctx.pools.cooldown, STRETCH_AREAS, MAX_MOVES);
  const addonRandom = deriveRandom(seed, 4);
  let addons = inputs.addons.flatMap((addon) => {
    const move = weightedPick(addonRandom, ctx.pools[addon], () => 1);
    return move ? [{ addon, move }] : [];
  });

  const warmupPhase = phase('warmup', warmupMoves(warmups, ctx));
  let nStrength = strength.length;
  let nStretch = stretches.length;
  const caps = { seconds: STRETCH_HOLD.maxSeconds, repeats: STRETCH_HOLD.maxRepeats };
  const dropped: Addon[] = [];
  const assemble = (): Phase[] => [
    warmupPhase,
    phase('strength', [
      ...strength.slice(0, nStrength).map((m) => strengthMove(m, ctx)),
      ...addons.map(({ addon, move }) => strengthMove(move, ctx, addon)),
    ]),
    phase('cooldown', stretches.slice(0, nStretch).map((m) => stretchMove(m, ctx, caps))),
  ];
  const limit = inputs.minutes * 60;
  let phases = assemble();
  while (totalOf(phases) > limit) {
    if (caps.repeats > STRETCH_HOLD.minRepeats) caps.repeats = STRETCH_HOLD.minRepeats;
    else if (nStretch > MIN_MOVES && nStretch >= nStrength) nStretch--;
    else if (nStrength > MIN_MOVES) nStrength--;
    else if (nStretch > MIN_MOVES) nStretch--;
    else if (caps.seconds > STRETCH_HOLD.minSeconds) caps.seconds = STRETCH_HOLD.minSeconds;
    else if (addons.length) {
      dropped.unshift(addons[addons.length - 1].addon);
      addons = addons.slice(0, -1);
    } else break;
    phases = assemble();
  }

  const notes = equipmentNotes(ctx);
  if (dropped.length) {
    notes.push({
      rule: 'M1',
      explains: ['T7'],
      text: `No time is left for the ${dropped.map(addonLabel).join(' and ')} add-on in ${inputs.minutes} minutes: choose a longer session for it (rule M1).`,
    });
  }
  const total = totalOf(phases);
  notes.push(...timeNote(inputs.minutes, total));
  return {
    inputs,
    seed,
    swaps: [],
    phases,
    totalSeconds: total,
    holdCaps: caps,
    deskBreak: deskBreak(ctx),
    notes,
    ignoredSwaps: [],
  };
}

/** Adds a swap to a list, folding chains (a->b then b->c is a->c; a->b then b->a is nothing). */
export function addSwap(swaps: Swap[], from: string, to: string): Swap[] {
  const chained = swaps.find((s) => s.to === from);
  if (!chained) return [...swaps, { from, to }];
  return swaps.flatMap((s) => (s !== chained ? [s] : s.from === to ? [] : [{ from: s.from, to }]));
}

function locate(plan: Plan, id: string): { phase: Phase; index: number; role: Role } | undefined {
  for (const p of plan.phases) {
    const index = p.moves.findIndex((m) => m.id === id);
    if (index < 0) continue;
    const move = p.moves[index];
    const role: Role = p.id === 'warmup' ? 'warmup' : p.id === 'cooldown' ? 'cooldown' : (move.addon ?? 'upper-back');
    return { phase: p, index, role };
  }
  return undefined;
}

/** The plan with one move replaced (doses and times recomputed), or undefined if not allowed. */
function replace(ctx: Context, plan: Plan, from: string, to: string): Plan | undefined {
  const at = locate(plan, from);
  const move = ctx.byId.get(to);
  if (!at || !move || locate(plan, to) || !ctx.pools[at.role].includes(move)) return undefined;
  const phases = plan.phases.map((p) => {
    if (p !== at.phase) return p;
    if (p.id === 'warmup') {
      const moves = p.moves.map((m) => (m.id === from ? move : ctx.byId.get(m.id)!));
      return phase('warmup', warmupMoves(moves, ctx));
    }
    const next = p.id === 'cooldown' ? stretchMove(move, ctx, plan.holdCaps) : strengthMove(move, ctx, p.moves[at.index].addon);
    return phase(p.id, p.moves.map((m, i) => (i === at.index ? next : m)));
  });
  const total = totalOf(phases);
  const notes = [...plan.notes.filter((n) => !n.explains.includes('M1')), ...timeNote(ctx.inputs.minutes, total)];
  return { ...plan, phases, totalSeconds: total, notes, swaps: addSwap(plan.swaps, from, to) };
}

/**
 * Rule U2: a replacement keeps every rule true. It comes from the same pool as the move it
 * replaces (so W1, T4-T7, C1, C2 hold by construction, and S2 by `replace`); what it can still
 * change is checked here: a row and a posture move (T2, T3), the areas covered (W3, C3), the
 * warm-up's 5 minutes (W2) and the session length (M1). The unit tests run the full checker on
 * every swap this allows.
 */
function keepsRules(ctx: Context, before: Plan, after: Plan): boolean {
  const count = (plan: Plan, i: number, test: (m: RoutineMove) => boolean) =>
    plan.phases[i].moves.filter((m) => !m.addon && test(ctx.byId.get(m.id)!)).length;
  const covered = (plan: Plan, i: number, groups: Area[][]) => groups.filter((g) => count(plan, i, (m) => reaches(m, g)) > 0).length;
  const notWorse = (f: (plan: Plan) => number) => f(after) >= Math.min(1, f(before));
  const warmup = (plan: Plan) => plan.phases[0].seconds;
  const inWindow = (seconds: number) => seconds >= WARMUP_SECONDS.min && seconds <= WARMUP_SECONDS.max;
  const limit = ctx.inputs.minutes * 60;
  return (
    notWorse((p) => count(p, 1, (m) => m.pattern === 'row')) &&
    notWorse((p) => count(p, 1, (m) => m.pattern === 'posture')) &&
    covered(after, 0, WARMUP_AREAS) >= covered(before, 0, WARMUP_AREAS) &&
    covered(after, 2, STRETCH_AREAS) >= covered(before, 2, STRETCH_AREAS) &&
    (inWindow(warmup(after)) || !inWindow(warmup(before))) &&
    (after.totalSeconds <= limit || before.totalSeconds > limit)
  );
}

function swapped(ctx: Context, plan: Plan, from: string, to: string): Plan | undefined {
  const next = replace(ctx, plan, from, to);
  return next && keepsRules(ctx, plan, next) ? next : undefined;
}

export function buildPlan(catalogue: RoutineMove[], request: RoutineRequest): Plan {
  const ctx = makeContext(catalogue, request.inputs);
  let plan = buildBase(ctx, request.seed >>> 0);
  const ignoredSwaps: Plan['ignoredSwaps'] = [];
  for (const swap of request.swaps) {
    const next = locate(plan, swap.from) ? swapped(ctx, plan, swap.from, swap.to) : undefined;
    // Rule U1: a swap that is not a move of this plan, or that would break a rule, is reported.
    if (next) plan = next;
    else ignoredSwaps.push({ swap, reason: `swap “${swap.from}.${swap.to}” (not in this plan, or it would break a rule)` });
  }
  return { ...plan, ignoredSwaps };
}

/** Moves that may replace `from` (rule U2), in id order. */
export function swapOptions(catalogue: RoutineMove[], plan: Plan, from: string): string[] {
  const ctx = makeContext(catalogue, plan.inputs);
  const at = locate(plan, from);
  if (!at) return [];
  return ctx.pools[at.role].filter((m) => swapped(ctx, plan, from, m.id)).map((m) => m.id);
}

/** The swap button's choice: the next allowed move after `from` in id order, going round. */
export function nextSwap(catalogue: RoutineMove[], plan: Plan, from: string): string | undefined {
  const options = swapOptions(catalogue, plan, from);
  return options.find((id) => id > from) ?? options[0];
}

