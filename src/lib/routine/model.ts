/** What the rules ask of a move: where it may go, whether the person can do it, at what level. */
import type { CatalogueMove } from '../catalogue';
import { ASSUMED_EQUIPMENT_IDS, type Area } from '../content/vocabulary';
import {
  ADDONS,
  CHOOSABLE,
  LEVELS,
  type Addon,
  type EquipmentId,
  type Level,
  type RoutineInputs,
  type RoutineMove,
} from './types';
import { setsFor } from './time';

/** Rule T5: no move above the person's level; beginners are steered to bands or light dumbbells, away from these. */
export const HEAVY_EQUIPMENT: readonly EquipmentId[] = ['barbell', 'cable'];

/** Where a move may be placed in a session. */
export type Place = 'warmup' | 'upper-back' | Addon | 'cooldown';

export function placeOf(move: RoutineMove): Place | undefined {
  if (move.kind === 'warmup') return 'warmup';
  if (move.kind === 'stretch') return 'cooldown';
  if (move.pattern === 'row' || move.pattern === 'posture') return 'upper-back';
  return (ADDONS as readonly string[]).includes(move.pattern) ? (move.pattern as Addon) : undefined;
}

export function toRoutineMove(move: CatalogueMove | RoutineMove): RoutineMove {
  const { id, kind, title, url, pattern, level, equipment, areas, use, dose, cue } = move;
  return { id, kind, title, url, pattern, level, equipment, areas, use, dose, cue };
}

/** A number for a level and an equipment set (one bit per CHOOSABLE item): the index of the page's facts table. */
export function equipmentKey({ level, equipment }: Pick<RoutineInputs, 'level' | 'equipment'>): number {
  return CHOOSABLE.reduce((key, id, i) => (equipment.includes(id) ? key | (1 << i) : key), levelRank(level) << CHOOSABLE.length);
}

export function normalizeInputs(inputs: RoutineInputs): RoutineInputs {
  return {
    ...inputs,
    equipment: CHOOSABLE.filter((id) => inputs.equipment.includes(id)),
    addons: ADDONS.filter((id) => inputs.addons.includes(id)),
  };
}

export interface Context {
  inputs: RoutineInputs;
  /** Sorted by id with plain code-unit comparison, so the order never depends on a locale. */
  catalogue: RoutineMove[];
  moveById: Map<string, RoutineMove>;
  available: Set<EquipmentId>;
  sets: number;
  pools: Record<Place, RoutineMove[]>;
  deskPool: RoutineMove[];
}

export function canDo(move: RoutineMove, available: Set<EquipmentId>): boolean {
  return move.equipment.some((option) => option.every((item) => available.has(item)));
}

export const levelRank = (level: Level) => LEVELS.indexOf(level);

export function suitsLevel(move: RoutineMove, level: Level): boolean {
  return levelRank(move.level) <= levelRank(level);
}

/** The equipment option a plan shows: for beginners a light one if the move has it. */
export function chooseEquipment(move: RoutineMove, available: Set<EquipmentId>, level: Level): EquipmentId[] {
  const options = move.equipment.filter((option) => option.every((item) => available.has(item)));
  const light = options.find((option) => !option.some((item) => HEAVY_EQUIPMENT.includes(item)));
  return (level === 'beginner' ? (light ?? options[0]) : options[0]) ?? [];
}

/** Sorts by id, code unit by code unit. */
export const compareById = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Moves of a place that this person may do in a session (rules W1, T4, T5, C1). */
function eligible(catalogue: RoutineMove[], inputs: RoutineInputs, available: Set<EquipmentId>, place: Place) {
  return catalogue.filter(
    (move) => placeOf(move) === place && move.use.includes('session') && suitsLevel(move, inputs.level) && canDo(move, available),
  );
}

export function availableEquipment(equipment: readonly EquipmentId[]): Set<EquipmentId> {
  return new Set<EquipmentId>([...ASSUMED_EQUIPMENT_IDS, ...equipment]);
}

export function makeContext(catalogue: RoutineMove[], rawInputs: RoutineInputs): Context {
  const inputs = normalizeInputs(rawInputs);
  const sorted = [...catalogue].sort(compareById);
  const available = availableEquipment(inputs.equipment);
  const pool = (place: Place) => eligible(sorted, inputs, available, place);
  return {
    inputs,
    catalogue: sorted,
    moveById: new Map(sorted.map((move) => [move.id, move])),
    available,
    sets: setsFor(inputs),
    pools: {
      warmup: pool('warmup'),
      'upper-back': pool('upper-back'),
      core: pool('core'),
      grip: pool('grip'),
      cooldown: pool('cooldown'),
    },
    deskPool: sorted.filter((move) => move.use.includes('desk-break') && suitsLevel(move, inputs.level) && canDo(move, available)),
  };
}

export const reaches = (move: RoutineMove, group: readonly Area[]) => group.some((area) => move.areas.includes(area));
