import { z } from 'astro/zod';
import { EQUIPMENT, type EquipmentId } from '../lib/content/vocabulary';

export { EQUIPMENT, type EquipmentId };
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
