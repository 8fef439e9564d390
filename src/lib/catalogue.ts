/**
 * The compact catalogue of moves that the routine builder and the open-data files use. Built from
 * the content collections at build time (src/data/content.ts), never written by hand.
 */
import type { Area, Dose, MoveKind, Pattern } from '../schemas/move';
import type { EquipmentId } from '../schemas/equipment';
import type { Level } from '../schemas/common';

export interface CatalogueMove {
  id: string;
  kind: MoveKind;
  title: string;
  summary: string;
  url: string;
  aliases: string[];
  pattern: Pattern;
  level: Level;
  /** Alternatives, each a set of items used together; [[]] = no equipment. */
  equipment: EquipmentId[][];
  areas: Area[];
  use: ('session' | 'desk-break')[];
  dose: Dose;
  /** The move's first cue: the one line a printed plan shows. */
  cue: string;
  muscles: { primary: string[]; secondary: string[] };
}

interface MoveSource {
  id: string;
  kind: MoveKind;
  url: string;
  data: {
    title: string;
    summary: string;
    aliases: string[];
    pattern: Pattern;
    level: Level;
    equipment: EquipmentId[][];
    areas: Area[];
    use: ('session' | 'desk-break')[];
    dose: Dose;
    cues: string[];
    muscles: { primary: string[]; secondary: string[] };
  };
}

export function toCatalogueMove({ id, kind, url, data }: MoveSource): CatalogueMove {
  return {
    id,
    kind,
    title: data.title,
    summary: data.summary,
    url,
    aliases: data.aliases,
    pattern: data.pattern,
    level: data.level,
    equipment: data.equipment,
    areas: data.areas,
    use: data.use,
    dose: data.dose,
    cue: data.cues[0] ?? '',
    muscles: { primary: data.muscles.primary, secondary: data.muscles.secondary },
  };
}

export function toCatalogue(moves: MoveSource[]): CatalogueMove[] {
  return moves.map(toCatalogueMove);
}
