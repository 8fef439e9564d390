/** Words the plan uses. Kept free of the Zod schemas so the island does not ship them. */
import { EQUIPMENT } from '../content/vocabulary';
import type { Addon, ChoosableId, Focus } from './types';

/** Rule P1, on screen and in print, always. */
export const SAFETY_NOTE =
  'Mild tension that eases as you move is expected. Sharp or worsening pain means stop, and see a doctor or physical therapist before you go on. Start slowly and move with control: a lighter weight beats straining your lower back or shoulders.';

/** For sentences ("Adding a resistance band …"): the vocabulary's label in lower case. */
export function equipmentName(id: ChoosableId): string {
  const label = EQUIPMENT.find((item) => item.id === id)?.label.toLowerCase() ?? id;
  return id === 'dumbbells' ? label : `a ${label}`;
}

export const ADDON_LABELS: Record<Addon, string> = { core: 'core & lower back', grip: 'grip' };
export const addonLabel = (addon: Addon) => ADDON_LABELS[addon];

export const FOCUS_LABELS: Record<Focus, string> = { balanced: 'Balanced', posture: 'Posture (desk worker)', strength: 'Strength' };
