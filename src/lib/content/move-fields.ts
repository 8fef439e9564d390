/**
 * The frontmatter fields lib code reads, as plain types (Zod-free): src/schemas/move.ts and
 * coaching.ts check against them (`satisfies z.ZodType<…>`), so lib never imports a schema.
 */
import type { Dose } from '../dose';
import type { Area, EquipmentId, Level, Pattern, USES } from './vocabulary';

/** Seconds from the start pose to the end pose, the pause there, and the way back. */
export interface Tempo {
  out: number;
  hold: number;
  back: number;
}

export interface MoveFields {
  title: string;
  summary: string;
  aliases: string[];
  muscles: { primary: string[]; secondary: string[] };
  /** Alternatives, each a set of items used together. */
  equipment: EquipmentId[][];
  level: Level;
  pattern: Pattern;
  areas: Area[];
  use: (typeof USES)[number][];
  dose: Dose;
  cues: string[];
  breathing?: string;
  tempo?: Tempo;
  load?: string;
}
