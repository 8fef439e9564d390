/**
 * Our moves in free-exercise-db's exercise format (github.com/yuhonas/free-exercise-db,
 * schema.json), so other apps can import them. Pure: the mapping reads only the catalogue and the
 * muscles' frontmatter (their `region`), never a hand list of moves.
 */
import type { CatalogueMove } from './catalogue';
import type { EquipmentId } from '../schemas/equipment';
import type { Level } from '../schemas/common';
import type { Pattern } from '../schemas/move';

/** The format's allowed values, as its schema.json lists them. */
export const FED_MUSCLES = [
  'abdominals', 'abductors', 'adductors', 'biceps', 'calves', 'chest', 'forearms', 'glutes', 'hamstrings',
  'lats', 'lower back', 'middle back', 'neck', 'quadriceps', 'shoulders', 'traps', 'triceps',
] as const;
export const FED_FORCES = [null, 'static', 'pull', 'push'] as const;
export const FED_LEVELS = ['beginner', 'intermediate', 'expert'] as const;
export const FED_MECHANICS = ['isolation', 'compound', null] as const;
export const FED_EQUIPMENT = [
  null, 'medicine ball', 'dumbbell', 'body only', 'bands', 'kettlebells', 'foam roll', 'cable', 'machine',
  'barbell', 'exercise ball', 'e-z curl bar', 'other',
] as const;
export const FED_CATEGORIES = [
  'powerlifting', 'strength', 'stretching', 'cardio', 'olympic weightlifting', 'strongman', 'plyometrics',
] as const;
export const FED_ID_PATTERN = /^[0-9a-zA-Z_-]+$/;

export type FedMuscle = (typeof FED_MUSCLES)[number];

export interface FedExercise {
  id: string;
  name: string;
  force: (typeof FED_FORCES)[number];
  level: (typeof FED_LEVELS)[number];
  mechanic: (typeof FED_MECHANICS)[number];
  equipment: (typeof FED_EQUIPMENT)[number];
  primaryMuscles: FedMuscle[];
  secondaryMuscles: FedMuscle[];
  instructions: string[];
  alternateNames: string[];
  category: (typeof FED_CATEGORIES)[number];
  images: string[];
}

/**
 * Each of our muscle regions (muscle frontmatter `region`) in their vocabulary. A muscle whose
 * region is broader than the word their vocabulary has for it names that word in its own
 * frontmatter (`freeExerciseDbMuscle`).
 */
const REGION_MUSCLE: Record<string, FedMuscle> = {
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
    const mapped = freeExerciseDbMuscle ?? REGION_MUSCLE[region];
    if (!mapped) throw new Error(`free-exercise-db: muscle "${id}" has region "${region}", which has no mapping`);
    map.set(id, mapped);
  }
  return map;
}

const LEVEL: Record<Level, FedExercise['level']> = { beginner: 'beginner', intermediate: 'intermediate', advanced: 'expert' };

const FORCE: Record<Pattern, FedExercise['force']> = {
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
const EQUIPMENT: Record<EquipmentId, FedExercise['equipment']> = {
  barbell: 'barbell',
  dumbbells: 'dumbbell',
  cable: 'cable',
  band: 'bands',
  'pullup-bar': 'other',
  'stress-ball': 'other',
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
  return main ? EQUIPMENT[main] : 'body only';
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
    level: LEVEL[move.level],
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

/** Every problem a record has against the format's schema; [] when it is valid. */
export function fedProblems(record: unknown): string[] {
  const problems: string[] = [];
  if (typeof record !== 'object' || record === null) return ['is not an object'];
  const r = record as Record<string, unknown>;
  const oneOf = (field: string, allowed: readonly unknown[]) => {
    if (!allowed.includes(r[field])) problems.push(`${field}: ${JSON.stringify(r[field])} is not one of ${JSON.stringify(allowed)}`);
  };
  const strings = (field: string, allowed?: readonly unknown[], min = 0) => {
    const value = r[field];
    if (!Array.isArray(value)) return void problems.push(`${field}: must be an array`);
    if (value.length < min) problems.push(`${field}: needs at least ${min} item(s)`);
    value.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') problems.push(`${field}[${i}]: must be a non-empty string`);
      else if (allowed && !allowed.includes(item)) problems.push(`${field}[${i}]: "${item}" is not one of their muscles`);
    });
  };
  for (const field of ['id', 'name', 'level', 'mechanic', 'equipment', 'primaryMuscles', 'secondaryMuscles', 'instructions', 'category', 'images']) {
    if (!(field in r)) problems.push(`${field}: is required`);
  }
  if (typeof r.id !== 'string' || !FED_ID_PATTERN.test(r.id)) problems.push(`id: ${JSON.stringify(r.id)} does not match ${FED_ID_PATTERN}`);
  if (typeof r.name !== 'string' || r.name.trim() === '') problems.push('name: must be a non-empty string');
  oneOf('force', FED_FORCES);
  oneOf('level', FED_LEVELS);
  oneOf('mechanic', FED_MECHANICS);
  oneOf('equipment', FED_EQUIPMENT);
  oneOf('category', FED_CATEGORIES);
  strings('primaryMuscles', FED_MUSCLES, 1);
  strings('secondaryMuscles', FED_MUSCLES);
  strings('instructions', undefined, 1);
  strings('images');
  if ('alternateNames' in r) strings('alternateNames');
  const known = new Set(['id', 'name', 'force', 'level', 'mechanic', 'equipment', 'primaryMuscles', 'secondaryMuscles', 'instructions', 'alternateNames', 'category', 'images']);
  for (const key of Object.keys(r)) if (!known.has(key)) problems.push(`${key}: is not a field of the format`);
  return problems;
}
