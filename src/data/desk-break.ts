/** The desk-break moves and their doses for the guides (<DeskBreakDoses>), from the moves' own frontmatter. */
import { getMoves } from './content';
import { deskBreakItems, deskRoundText, type DeskBreakItem } from '../lib/coaching';
import { ASSUMED_EQUIPMENT_IDS, equipmentLabel, type EquipmentId } from '../lib/content/vocabulary';

export async function getDeskBreakItems(): Promise<DeskBreakItem[]> {
  return deskBreakItems(
    (await getMoves()).map((move) => ({ id: move.id, title: move.data.title, url: move.url, use: move.data.use, dose: move.data.dose, equipment: move.data.equipment })),
    ASSUMED_EQUIPMENT_IDS,
    (id) => equipmentLabel(id as EquipmentId).toLowerCase(),
  );
}

/** How long one round of the desk-break moves takes, worked out from their doses. */
export async function getDeskRoundText(): Promise<string> {
  return deskRoundText((await getMoves()).filter((move) => move.data.use.includes('desk-break')).map((move) => move.data.dose));
}
