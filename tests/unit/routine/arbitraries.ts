/** Random inputs and random catalogues within the move schema's limits, for the property tests. */
import fc from 'fast-check';
import { AREAS, EQUIPMENT, LEVELS, MOVE_KINDS, PATTERNS, USES } from '../../../src/lib/content/vocabulary';
import { ADDONS, CHOOSABLE, FOCUSES, SESSION_MINUTES, type RoutineInputs, type RoutineMove } from '../../../src/lib/routine';

/** Any valid set of builder inputs. */
export const inputsArb = fc.record({
  level: fc.constantFrom(...LEVELS),
  equipment: fc.subarray([...CHOOSABLE]),
  minutes: fc.constantFrom(...SESSION_MINUTES),
  focus: fc.constantFrom(...FOCUSES),
  addons: fc.subarray([...ADDONS]),
}) as fc.Arbitrary<RoutineInputs>;

export const seedArb = fc.integer({ min: 0, max: 0xffffffff });

/** The dose limits of src/schemas/move.ts (doseSchema). */
const doseArb: fc.Arbitrary<RoutineMove['dose']> = fc.oneof(
  fc.record({ type: fc.constant('reps' as const), sets: fc.integer({ min: 1, max: 5 }), reps: fc.integer({ min: 1, max: 30 }), perSide: fc.boolean() }),
  fc.record({ type: fc.constant('hold' as const), seconds: fc.integer({ min: 3, max: 120 }), repeats: fc.integer({ min: 1, max: 10 }), perSide: fc.boolean() }),
  fc.record({ type: fc.constant('time' as const), seconds: fc.integer({ min: 5, max: 600 }), perSide: fc.boolean() }),
);

const equipmentIds = EQUIPMENT.map((item) => item.id);

/** A move as the schema allows it (warm-ups and stretches name the areas they reach). */
const moveArb = fc
  .record({
    kind: fc.constantFrom(...MOVE_KINDS),
    pattern: fc.constantFrom(...PATTERNS),
    level: fc.constantFrom(...LEVELS),
    equipment: fc.array(fc.subarray(equipmentIds, { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
    areas: fc.subarray([...AREAS]),
    use: fc.subarray([...USES], { minLength: 1 }),
    dose: doseArb,
  })
  .filter((m) => !(m.pattern === 'mobility' || m.pattern === 'stretch') || m.areas.length > 0);

export function named(move: Omit<RoutineMove, 'id' | 'title' | 'url' | 'cue'>, id: string): RoutineMove {
  return { ...move, id, title: `Move ${id}`, url: `/moves/${id}/`, cue: 'Move with control.' };
}

/** A catalogue of up to `max` random moves. */
export const catalogueArb = (max = 24) =>
  fc.array(moveArb, { maxLength: max }).map((moves) => moves.map((m, i) => named(m, `move-${i}`)));

/** The real catalogue with some moves taken out and random ones added. */
export const editedArb = (real: RoutineMove[]) =>
  fc.tuple(fc.subarray(real), fc.array(moveArb, { maxLength: 8 })).map(([kept, added]) => [
    ...kept,
    ...added.map((m, i) => named(m, `added-${i}`)),
  ]);
