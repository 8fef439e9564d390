import { z } from 'astro/zod';
import { FED_CATEGORIES, FED_EQUIPMENT, FED_FORCES, FED_LEVELS, FED_MECHANICS, FED_MUSCLES, type FedExercise, type FedMuscle } from '../lib/free-exercise-db-format';

/**
 * One exercise record in free-exercise-db's format (github.com/yuhonas/free-exercise-db), written
 * from the fields and allowed values its published schema.json lists. Where their schema is loose
 * we are stricter, because a record we ship should be one any importer takes: names and steps are
 * non-empty, a record has a primary muscle and an instruction, and no field of ours leaks in.
 * The lists and the record's plain type live in src/lib/free-exercise-db-format.ts.
 */
export { FED_CATEGORIES, FED_EQUIPMENT, FED_FORCES, FED_LEVELS, FED_MECHANICS, FED_MUSCLES, type FedExercise, type FedMuscle };

const text = z.string().trim().min(1, 'must not be empty');
export const fedMuscleSchema = z.enum(FED_MUSCLES);

export const fedExerciseSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-zA-Z_-]+$/, 'may hold only letters, digits, "_" and "-"'),
  name: text,
  /** Optional in their schema; null where a move has no single direction of force. */
  force: z.enum(FED_FORCES).nullable().optional(),
  level: z.enum(FED_LEVELS),
  mechanic: z.enum(FED_MECHANICS).nullable(),
  equipment: z.enum(FED_EQUIPMENT).nullable(),
  primaryMuscles: z.array(fedMuscleSchema).min(1, 'name at least one primary muscle'),
  secondaryMuscles: z.array(fedMuscleSchema),
  instructions: z.array(text).min(1, 'give at least one instruction'),
  alternateNames: z.array(text).optional(),
  category: z.enum(FED_CATEGORIES),
  images: z.array(text),
}) satisfies z.ZodType<FedExercise>;


/** Every problem of every record, as "record-id: field.path: message"; [] when all are valid. */
export function fedExportProblems(records: unknown[]): string[] {
  return records.flatMap((record, index) => {
    const result = fedExerciseSchema.safeParse(record);
    if (result.success) return [];
    const id = (record as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? id : `record ${index}`;
    return result.error.issues.map((issue) => `${name}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  });
}
