/**
 * The compact catalogue of moves that the routine builder and the open-data files use. Built from
 * the content collections at build time (src/data/content.ts), never written by hand.
 */
import type { MoveFields as MoveData } from './content/move-fields';
import type { MoveKind } from './content/vocabulary';

/** The frontmatter fields the catalogue carries over as they are. */
type CarriedFields = 'title' | 'summary' | 'aliases' | 'pattern' | 'level' | 'equipment' | 'areas' | 'use' | 'dose' | 'muscles'
  // Coaching for the player and printed plans (strength moves carry all three; the island does not get them).
  | 'breathing' | 'tempo' | 'load';

export interface CatalogueMove extends Pick<MoveData, CarriedFields> {
  id: string;
  kind: MoveKind;
  url: string;
  /** The move's first cue: the one line a printed plan shows. */
  cue: string;
}

interface MoveSource {
  id: string;
  kind: MoveKind;
  url: string;
  data: Pick<MoveData, CarriedFields | 'cues'>;
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
    ...(data.breathing && { breathing: data.breathing }),
    ...(data.tempo && { tempo: data.tempo }),
    ...(data.load && { load: data.load }),
  };
}

export function toCatalogue(moves: MoveSource[]): CatalogueMove[] {
  return moves.map(toCatalogueMove);
}
