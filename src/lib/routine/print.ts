/**
 * The printed plan as a gym log (rule U3): a tick box per set and, for strength moves, a blank line
 * for the load used, named by what the move is done with. Pure, shared by the server-rendered plan
 * (MoveItem.astro) and the builder's client-side fill (print-log.ts), so both print the same.
 */
import { WEIGHT_EQUIPMENT_IDS, type EquipmentId } from '../content/vocabulary';
import type { PlannedDose } from '../dose';
import type { PhaseId } from './types';

/** One box a set: the dose's sets (1 for warm-ups and stretches), never fewer than one. */
export const setBoxCount = (dose: PlannedDose) => Math.max(1, dose.sets);

/** "Band", "Weight" or "Notes" for a strength move's blank line; undefined for the other phases. */
export function loadLineLabel(phase: PhaseId | 'desk', equipment: readonly EquipmentId[]): string | undefined {
  if (phase !== 'strength') return undefined;
  if (equipment.includes('band')) return 'Band';
  if (equipment.some((item) => WEIGHT_EQUIPMENT_IDS.includes(item))) return 'Weight';
  return 'Notes';
}
