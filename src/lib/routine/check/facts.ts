/**
 * What the checker knows about a plan, read from routine-rules.md alone. It shares no helper with
 * the builder (a bug in a shared helper would pass both): its own equipment test, its own pools,
 * its own time arithmetic. It takes only types and the plain vocabulary lists.
 */
import { EQUIPMENT, LEVELS } from '../../content/vocabulary';
import type { EquipmentId, PhaseId, Plan, PlannedDose, PlannedMove, RoutineInputs, RoutineMove } from '../types';

/**
 * The time model (README, "Routine builder"): about 3 s a rep; 45 s of rest between strength
 * sets; 5 s to let go and settle between the repeats of a hold; "each side" doubles the work;
 * and a change-over per move: 10 s in the warm-up and cool-down, 15 s in the strength phase, 5 s
 * in the desk break.
 */
const REP = 3;
const REST = 45;
const RESET = 5;
const CHANGE_OVER: Record<PhaseId | 'desk', number> = { warmup: 10, strength: 15, cooldown: 10, desk: 5 };

export type Where = PhaseId | 'desk';

export function estimateSeconds(dose: PlannedDose, where: Where): number {
  let once: number;
  if (dose.type === 'reps') once = dose.reps * REP;
  else if (dose.type === 'hold') once = dose.repeats * (dose.seconds + RESET);
  else once = dose.seconds;
  if (dose.perSide) once *= 2;
  const rests = where === 'strength' ? REST * (dose.sets - 1) : 0;
  return once * dose.sets + rests + CHANGE_OVER[where];
}

/**
 * Every total reachable by taking one option of each list (an option is [seconds, area bits]),
 * kept while at most `cap` seconds, as `seconds * 8 + the union of the bits`.
 */
export function reachable(options: [number, number][][], cap: number): Set<number> {
  let mixes = new Set([0]);
  for (const list of options) {
    const next = new Set<number>();
    for (const mix of mixes) {
      for (const [seconds, bits] of list) if ((mix >> 3) + seconds <= cap) next.add((((mix >> 3) + seconds) << 3) | (mix & 7) | bits);
    }
    mixes = next;
  }
  return mixes;
}

export class Facts {
  readonly inputs: RoutineInputs;
  readonly has: Set<EquipmentId>;
  private readonly moves: Map<string, RoutineMove>;

  constructor(readonly plan: Plan, readonly catalogue: RoutineMove[]) {
    this.inputs = plan.inputs;
    const assumed = EQUIPMENT.filter((item) => item.assumed).map((item) => item.id);
    this.has = new Set<EquipmentId>([...assumed, ...plan.inputs.equipment]);
    this.moves = new Map(catalogue.map((m) => [m.id, m]));
  }

  move(id: string): RoutineMove | undefined {
    return this.moves.get(id);
  }

  /** One of the move's equipment options is all at hand (rule T4). */
  doable(move: RoutineMove): boolean {
    return move.equipment.some((option) => option.every((item) => this.has.has(item)));
  }

  /** Not above the person's level (rule T5). */
  atLevel(move: RoutineMove): boolean {
    return LEVELS.indexOf(move.level) <= LEVELS.indexOf(this.inputs.level);
  }

  /** The catalogue's moves this person may do, for a session or the desk break, that pass `test`. */
  possible(use: 'session' | 'desk-break', test: (m: RoutineMove) => boolean): RoutineMove[] {
    return this.catalogue.filter((m) => m.use.includes(use) && this.atLevel(m) && this.doable(m) && test(m));
  }

  phase(id: PhaseId): PlannedMove[] {
    return this.plan.phases.find((p) => p.id === id)?.moves ?? [];
  }

  get upperBack(): PlannedMove[] {
    return this.phase('strength').filter((m) => !m.addon);
  }

  get addons(): PlannedMove[] {
    return this.phase('strength').filter((m) => m.addon);
  }

  /** A catalogue move of this kind (and pattern), for sessions. */
  is(planned: PlannedMove, kind: RoutineMove['kind'], patterns?: readonly string[]): boolean {
    const move = this.move(planned.id);
    return !!move && move.kind === kind && move.use.includes('session') && (!patterns || patterns.includes(move.pattern));
  }

  reaches(planned: PlannedMove | RoutineMove, areas: readonly string[]): boolean {
    const move = this.move(planned.id);
    return !!move && move.areas.some((area) => areas.includes(area));
  }

  /** Apart from add-ons, the plan is as short as the rules allow: 3 + 3 moves, the shortest holds (rule M1). */
  get atMinimum(): boolean {
    const shortest = (m: PlannedMove) => m.dose.type === 'hold' && m.dose.seconds === 15 && m.dose.repeats === 2;
    return this.upperBack.length <= 3 && this.phase('cooldown').length <= 3 && this.phase('cooldown').every(shortest);
  }
}
