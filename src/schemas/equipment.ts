import { z } from 'astro/zod';
import { EQUIPMENT_IDS } from '../lib/content/vocabulary';

// The lists and labels live in the Zod-free vocabulary; re-exported for existing importers.
export { EQUIPMENT, EQUIPMENT_IDS, CHOOSABLE_EQUIPMENT, ASSUMED_EQUIPMENT_IDS, equipmentLabel, type EquipmentId } from '../lib/content/vocabulary';

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
