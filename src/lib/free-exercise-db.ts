/**
 * Our moves in free-exercise-db's exercise format, so other apps can import them; the format
 * itself (fields and allowed values) is the Zod schema in src/schemas/free-exercise-db.ts. Pure:
 * the mapping reads only the catalogue and the muscles' frontmatter, never a hand list of moves.
 */
import type { CatalogueMove } from './catalogue';
import type { EquipmentId, Level, MuscleRegion, Pattern } from './content/vocabulary';
import type { FedExercise, FedMuscle } from './free-exercise-db-format';

export type { FedExercise, FedMuscle };

/**
 * Each of our muscle regions (muscle frontmatter `region`) in their vocabulary. A muscle whose
 * region is broader than the word their vocabulary has for it names that word in its own
 * frontmatter (`freeExerciseDbMuscle`).
 */
const REGION_MUSCLE: Record<MuscleRegion, FedMuscle> = {
  neck: 'neck',
  'upper-back': 'middle back',
  shoulder: 'shoulders',
  'lower-back': 'lower back',
  trunk: 'abdominals',
  arm: 'forearms',
  chest: 'chest',
  hip: 'glutes',
  thigh: 'hamstrings',
};
export interface MuscleRegionSource {
  id: string;
  region: string;
  freeExerciseDbMuscle?: FedMuscle;
}

/** Our muscle id -> their muscle; an unknown id or region throws rather than guessing. */
export function fedMuscleMap(muscles: MuscleRegionSource[]): Map<string, FedMuscle> {
  const map = new Map<string, FedMuscle>();
  for (const { id, region, freeExerciseDbMuscle } of muscles) {
    const mapped = freeExerciseDbMuscle ?? (REGION_MUSCLE as Record<string, FedMuscle | undefined>)[region];
    if (!mapped) throw new Error(`free-exercise-db: muscle "${id}" has region "${region}", which has no mapping`);
    map.set(id, mapped);
  }
  return map;
}

const THEIR_LEVEL: Record<Level, FedExercise['level']> = { beginner: 'beginner', intermediate: 'intermediate', advanced: 'expert' };

const FORCE: Record<Pattern, NonNullable<FedExercise['force']> | null> = {
  row: 'pull',
  posture: 'pull',
  core: 'static',
  grip: 'static',
  mobility: null,
  stretch: 'static',
};

const MECHANIC: Record<Pattern, FedExercise['mechanic']> = {
  row: 'compound',
  posture: 'isolation',
  core: 'compound',
  grip: 'isolation',
  mobility: null,
  stretch: null,
};

/** Their single equipment value for one of our items; assumed items count as body only. */
const THEIR_EQUIPMENT: Record<EquipmentId, FedExercise['equipment']> = {
  barbell: 'barbell',
  dumbbells: 'dumbbell',
  cable: 'cable',
  band: 'bands',
  'pullup-bar': 'other',
  'stress-ball': 'other',
  table: 'body only',
  bench: 'other',
  wall: 'body only',
  chair: 'body only',
  doorway: 'body only',
  floor: 'body only',
};
/** When a set holds several items, the one that names the move's load wins. */
const EQUIPMENT_PRIORITY: EquipmentId[] = ['barbell', 'dumbbells', 'cable', 'band', 'pullup-bar', 'stress-ball', 'bench'];

export function fedEquipment(alternatives: EquipmentId[][]): FedExercise['equipment'] {
  const first = alternatives[0] ?? [];
  const main = EQUIPMENT_PRIORITY.find((id) => first.includes(id)) ?? first[0];
  return main ? THEIR_EQUIPMENT[main] : 'body only';
}

function mapMuscles(ids: string[], muscles: Map<string, FedMuscle>, moveId: string): FedMuscle[] {
  return [...new Set(ids.map((id) => {
    const mapped = muscles.get(id);
    if (!mapped) throw new Error(`free-exercise-db: move "${moveId}" names muscle "${id}", which has no mapping`);
    return mapped;
  }))];
}

export function toFedExercise(move: CatalogueMove & { steps: string[]; setup?: string }, muscles: Map<string, FedMuscle>): FedExercise {
  const primaryMuscles = mapMuscles(move.muscles.primary, muscles, move.id);
  // Two of our muscles can share one of theirs: a muscle already primary is not also secondary.
  const secondaryMuscles = mapMuscles(move.muscles.secondary, muscles, move.id).filter((m) => !primaryMuscles.includes(m));
  return {
    id: move.id.replace(/[^0-9a-zA-Z_-]/g, '_'),
    name: move.title,
    force: FORCE[move.pattern],
    level: THEIR_LEVEL[move.level],
    mechanic: MECHANIC[move.pattern],
    equipment: fedEquipment(move.equipment),
    primaryMuscles,
    secondaryMuscles,
    instructions: [...(move.setup ? [move.setup] : []), ...move.steps],
    alternateNames: [...move.aliases],
    category: move.kind === 'exercise' ? 'strength' : 'stretching',
    images: [],
  };
}
