/**
 * The content model's fixed vocabularies, free of Zod so that browser code (search, the routine
 * builder) can use them without pulling the schema library into its bundle. The schemas in
 * src/schemas build their enums from these lists.
 */

/**
 * The equipment list of routine-rules.md. `assumed` items (a wall, a chair, a doorway, floor
 * space) are available to everyone, so the routine builder never asks for them.
 */
export const EQUIPMENT = [
  { id: 'band', label: 'Resistance band', assumed: false },
  { id: 'dumbbells', label: 'Dumbbells', assumed: false },
  { id: 'barbell', label: 'Barbell', assumed: false },
  { id: 'cable', label: 'Cable machine', assumed: false },
  { id: 'bench', label: 'Bench', assumed: false },
  { id: 'pullup-bar', label: 'Pull-up bar', assumed: false },
  { id: 'stress-ball', label: 'Stress ball', assumed: false },
  { id: 'table', label: 'Sturdy table', assumed: false },
  { id: 'wall', label: 'Wall', assumed: true },
  { id: 'chair', label: 'Chair', assumed: true },
  { id: 'doorway', label: 'Doorway', assumed: true },
  { id: 'floor', label: 'Floor space', assumed: true },
] as const;
export type EquipmentId = (typeof EQUIPMENT)[number]['id'];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABEL: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

export const MOVE_KINDS = ['warmup', 'exercise', 'stretch'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
export const KIND_LABEL: Record<MoveKind, string> = { warmup: 'Warm-up', exercise: 'Exercise', stretch: 'Stretch' };

/** How a move is used: row and posture are the upper-back strength patterns of rules T2/T3. */
export const PATTERNS = ['row', 'posture', 'core', 'grip', 'mobility', 'stretch'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Body areas a warm-up or stretch reaches (rules W3 and C3). */
export const AREAS = ['neck', 'shoulders', 'upper-back', 'mid-back', 'spine', 'chest', 'hips'] as const;
export type Area = (typeof AREAS)[number];

/** Where the routine builder may place a move: in a session, in the desk break (rule K3), or both. */
export const USES = ['session', 'desk-break'] as const;
