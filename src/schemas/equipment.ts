import { z } from 'astro/zod';

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
  { id: 'wall', label: 'Wall', assumed: true },
  { id: 'chair', label: 'Chair', assumed: true },
  { id: 'doorway', label: 'Doorway', assumed: true },
  { id: 'floor', label: 'Floor space', assumed: true },
] as const;

export type EquipmentId = (typeof EQUIPMENT)[number]['id'];
export const EQUIPMENT_IDS = EQUIPMENT.map((item) => item.id) as [EquipmentId, ...EquipmentId[]];
/** Items a person can tick in the builder (the rest are assumed). */
export const CHOOSABLE_EQUIPMENT = EQUIPMENT.filter((item) => !item.assumed);
export const ASSUMED_EQUIPMENT_IDS: EquipmentId[] = EQUIPMENT.filter((item) => item.assumed).map((item) => item.id);

export const equipmentIdSchema = z.enum(EQUIPMENT_IDS, {
  error: (issue) => `unknown equipment "${String(issue.input)}" (expected one of: ${EQUIPMENT_IDS.join(', ')})`,
});

/**
 * A move's equipment: a list of alternatives, each a set of items used together.
 * `[[cable], [band]]` = a cable machine OR a band; `[[]]` = no equipment at all.
 */
export const equipmentAlternativesSchema = z
  .array(z.array(equipmentIdSchema))
  .min(1, 'list at least one alternative; use [[]] for a move that needs no equipment');

export type EquipmentAlternatives = z.infer<typeof equipmentAlternativesSchema>;

export function equipmentLabel(id: EquipmentId): string {
  return EQUIPMENT.find((item) => item.id === id)?.label ?? id;
}
