/** Words the plan uses. Kept free of the Zod schemas so the island does not ship them. */
import type { Addon, ChoosableId, Level, Focus } from './types';

/** Rule P1, on screen and in print, always. */
export const SAFETY_NOTE =
  'Mild tension that eases as you move is expected. Sharp or worsening pain means stop, and see a doctor or physical therapist before you go on. Start slowly and move with control: a lighter weight beats straining your lower back or shoulders.';

/** For sentences ("Adding a resistance band …"); ids match CHOOSABLE_EQUIPMENT. */
export const EQUIPMENT_NAMES: Record<ChoosableId, string> = {
  band: 'resistance band',
  dumbbells: 'dumbbells',
  barbell: 'barbell',
  cable: 'cable machine',
  bench: 'bench',
  'pullup-bar': 'pull-up bar',
  'stress-ball': 'stress ball',
};

export const equipmentName = (id: ChoosableId) => (id === 'dumbbells' ? '' : 'a ') + EQUIPMENT_NAMES[id];

export const ADDON_LABELS: Record<Addon, string> = { core: 'core & lower back', grip: 'grip' };
export const addonLabel = (addon: Addon) => ADDON_LABELS[addon];

export const LEVEL_LABELS: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
export const FOCUS_LABELS: Record<Focus, string> = { balanced: 'Balanced', posture: 'Posture (desk worker)', strength: 'Strength' };
