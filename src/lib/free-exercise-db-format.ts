/**
 * free-exercise-db's record format (github.com/yuhonas/free-exercise-db) as plain types and its
 * allowed values (Zod-free): src/schemas/free-exercise-db.ts checks records against them.
 */
export const FED_MUSCLES = [
  'abdominals', 'abductors', 'adductors', 'biceps', 'calves', 'chest', 'forearms', 'glutes', 'hamstrings',
  'lats', 'lower back', 'middle back', 'neck', 'quadriceps', 'shoulders', 'traps', 'triceps',
] as const;
export const FED_FORCES = ['static', 'pull', 'push'] as const;
export const FED_LEVELS = ['beginner', 'intermediate', 'expert'] as const;
export const FED_MECHANICS = ['isolation', 'compound'] as const;
export const FED_EQUIPMENT = [
  'medicine ball', 'dumbbell', 'body only', 'bands', 'kettlebells', 'foam roll', 'cable', 'machine',
  'barbell', 'exercise ball', 'e-z curl bar', 'other',
] as const;
export const FED_CATEGORIES = [
  'powerlifting', 'strength', 'stretching', 'cardio', 'olympic weightlifting', 'strongman', 'plyometrics',
] as const;

export type FedMuscle = (typeof FED_MUSCLES)[number];

export interface FedExercise {
  id: string;
  name: string;
  force?: (typeof FED_FORCES)[number] | null;
  level: (typeof FED_LEVELS)[number];
  mechanic: (typeof FED_MECHANICS)[number] | null;
  equipment: (typeof FED_EQUIPMENT)[number] | null;
  primaryMuscles: FedMuscle[];
  secondaryMuscles: FedMuscle[];
  instructions: string[];
  alternateNames?: string[];
  category: (typeof FED_CATEGORIES)[number];
  images: string[];
}
