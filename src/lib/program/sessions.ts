/**
 * A week's sessions: the engine's plans (planWith) for a rung of the ladder. Two seeds give the
 * alternating plans A and B where the catalogue allows two different sessions. The facts of each
 * level and equipment set come in (facts.ts): worked out at build time, looked up in the browser.
 */
import { planWith, type FactsOf } from '../routine/session';
import { setSwap } from '../routine/swaps';
import { encodeRequest } from '../routine/url';
import type { Plan, RoutineInputs, RoutineMove, Swap } from '../routine/types';
import type { ProgramSettings, Rung } from './types';

/** How far the B seed is looked for past A's. */
const B_SEARCH = 40;

export class SessionBuilder {
  private readonly cache = new Map<string, Plan>();
  readonly seeds: number[];

  constructor(readonly catalogue: RoutineMove[], readonly settings: ProgramSettings, readonly factsOf: FactsOf) {
    this.seeds = [settings.seed >>> 0];
    const a = this.plan(baseRung(settings), this.seeds[0]!);
    const key = (plan: Plan) => strengthSlots(plan).sort().join();
    for (let i = 1; i <= B_SEARCH; i++) {
      const seed = (settings.seed + i) >>> 0;
      if (key(this.plan(baseRung(settings), seed)) !== key(a)) {
        this.seeds.push(seed);
        break;
      }
    }
  }

  /** The plan of `seed` at this rung (swaps whose slot the plan lacks are left out by the engine). */
  plan(rung: Rung, seed: number): Plan {
    const key = `${seed}|${JSON.stringify(rung)}`;
    let plan = this.cache.get(key);
    if (!plan) {
      plan = planWith(this.catalogue, { inputs: inputsAt(this.settings, rung), seed, swaps: swapsOf(rung.harder) }, this.factsOf);
      this.cache.set(key, plan);
    }
    return plan;
  }

  plans(rung: Rung): Plan[] {
    return this.seeds.map((seed) => this.plan(rung, seed));
  }
}

export function baseRung(settings: ProgramSettings): Rung {
  const sets = { beginner: 1, intermediate: 2, advanced: 3 }[settings.inputs.level];
  return { sets, moreReps: false, heavier: false, harder: [], minutes: settings.inputs.minutes };
}

/** The builder's inputs for a rung: the person's, with the rung's sets, reps and minutes. */
export function inputsAt(settings: ProgramSettings, rung: Rung): RoutineInputs {
  const inputs: RoutineInputs = { ...settings.inputs, minutes: rung.minutes as RoutineInputs['minutes'] };
  // Only what changes the plan goes into its link: more sets than the level's, reps at the top.
  if (rung.sets > baseRung(settings).sets) inputs.sets = rung.sets;
  if (rung.moreReps) inputs.reps = 'more';
  return inputs;
}

/** A slot's latest harder variation wins (a move may be made harder twice). */
export function swapsOf(harder: Swap[]): Swap[] {
  return harder.reduce((swaps, swap) => setSwap(swaps, swap.from, swap.to), [] as Swap[]);
}

export const strengthSlots = (plan: Plan) => plan.phases.find((p) => p.id === 'strength')!.moves.map((m) => m.slot ?? m.id);
const allSlots = (plan: Plan) => plan.phases.filter((p) => p.id !== 'warmup').flatMap((p) => p.moves.map((m) => m.slot ?? m.id));

/** The later plan keeps every strength move and stretch of the earlier one (none dropped to fit). */
export function keepsMoves(before: Plan, after: Plan): boolean {
  const kept = new Set(allSlots(after));
  return allSlots(before).every((slot) => kept.has(slot));
}

export const queryOf = (plan: Plan) => encodeRequest(plan);
